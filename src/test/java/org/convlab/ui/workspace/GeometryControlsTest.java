package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.convlab.core.ConvGeometry;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GeometryControlsTest extends WorkspaceFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theButtonOnTheShapeLineStatesTheValues(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        javafx.scene.control.MenuButton button = node("#geometry-pane", javafx.scene.control.MenuButton.class);
        assertEquals("Padding 0,0 \u00b7 stride 1,1 \u00b7 dilation 1,1", button.getText());
        fx(() -> {
            workspace.change("edit.geometry", s -> s.withGeometry(new ConvGeometry(2, 1, 1, 1, 1, 1)));
            return null;
        });
        assertEquals("Padding 2,1 \u00b7 stride 1,1 \u00b7 dilation 1,1", button.getText());
    }

    /** Opens the geometry's menu on the shape line, unless it is open already. */
    private void unfold() {
        if (!node("#geometry-pane", javafx.scene.control.MenuButton.class).isShowing()) {
            robot.clickOn("#geometry-pane");
        }
    }

    @Test
    void paddingIsOneUndoableStepThatGrowsTheOutputAndStatesTheFormula(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        unfold();
        replaceText("#padding-rows .text-field", "1");
        replaceText("#padding-cols .text-field", "1");
        assertEquals(new ConvGeometry(1, 1, 1, 1, 1, 1), workspace.state().geometry());
        FMatrixRMaj y = output();
        // the chapter's 6x8 image and 1x2 kernel with padding 1: (6 + 2 - 1 + 1) x (8 + 2 - 2 + 1)
        assertEquals(8, y.numRows);
        assertEquals(9, y.numCols);
        assertEquals("edit.geometry", workspace.history().undoDescription().orElseThrow());
        assertContains("OH = \u230a(6 + 2\u00b71 \u2212 1 + 1) / 1\u230b = 8", text(".shape-formula"));
        assertContains("OW = \u230a(8 + 2\u00b71 \u2212 2 + 1) / 1\u230b = 9", text(".shape-formula"));
        fx(workspace::undo);
        assertEquals(new ConvGeometry(1, 0, 1, 1, 1, 1), workspace.state().geometry());
        fx(workspace::undo);
        assertEquals(ConvGeometry.VALID, workspace.state().geometry());
        assertEquals(7, output().numCols);
    }

    @Test
    void hoveringABorderCellNamesThePaddedZeroAndStrideSkipsWindows(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        unfold();
        replaceText("#padding-cols .text-field", "1");
        replaceText("#stride-cols .text-field", "3");
        // OW = floor((8 + 2 - 2) / 3) + 1 = 3; Y[0, 0] reads the left border and X[0, 0] = 1
        assertEquals(3, output().numCols);
        robot.moveTo(cell(outputView(), 0, 0));
        assertEquals("(pad 0)\u00d71 + 1\u00d7(\u22121) + bias 0 = \u22121", text("#arithmetic"));
        // windows start at padded columns 0, 3, 6: X's columns 1 and 4 are skipped, and 7 lies past the last window
        List<CellRange> skipped = List.of(new CellRange(0, 1, 6, 1, false), new CellRange(0, 4, 6, 1, false),
                new CellRange(0, 7, 6, 1, false));
        // the window reaches into the drawn border: padded column -1 and X's column 0
        assertEquals(concat(List.of(new CellRange(0, -1, 1, 2, true)), skipped), inputView().highlightsProperty().get());
        assertContains("read by no window", text("#explain-caption"));
        // Y[0, 1] starts at padded column 3, X's column 2: its window is X[0, 2:4]
        robot.moveTo(cell(outputView(), 0, 1));
        assertEquals(concat(List.of(new CellRange(0, 2, 1, 2, true)), skipped), inputView().highlightsProperty().get());
        assertContains("Y[0, 1] = (Xp[0:1, 3:5] * K).sum() + b", text("#explain-caption"));
        assertContains("OW = \u230a(8 + 2\u00b71 \u2212 2 + 3) / 3\u230b = 3", text(".shape-formula"));
        assertEquals("Padding 0,1 \u00b7 stride 1,3 \u00b7 dilation 1,1",
                node("#geometry-pane", javafx.scene.control.MenuButton.class).getText());
    }

    @Test
    void sameNeedsStrideOneAndAnOddKernelAndSaysWhy(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        unfold();
        robot.clickOn("#geometry-same");
        assertContains("needs odd kernel sizes", text("#kernel-message"));
        replaceText("#kernel-rows .text-field", "5");
        replaceText("#kernel-cols .text-field", "5");
        unfold();
        replaceText("#dilation-rows .text-field", "40");
        robot.clickOn("#geometry-same");
        // (5 - 1) 40 / 2 = 80 padded rows: refused rather than saved into a session no reader opens
        assertContains("would be 80,2 here, more than the 64 ConvLab takes", text("#kernel-message"));
        assertEquals(new ConvGeometry(0, 0, 1, 1, 40, 1), workspace.state().geometry());
        unfold();
        replaceText("#dilation-rows .text-field", "1");
        assertEquals(ConvGeometry.VALID, workspace.state().geometry());
        replaceText("#kernel-rows .text-field", "3");
        replaceText("#kernel-cols .text-field", "3");
        unfold();
        robot.clickOn("#geometry-same");
        assertEquals(new ConvGeometry(1, 1, 1, 1, 1, 1), workspace.state().geometry());
        FMatrixRMaj y = output();
        assertTrue(y.numRows == 6 && y.numCols == 8, "'same' keeps X's 6x8");
    }

    private static List<CellRange> concat(List<CellRange> a, List<CellRange> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
