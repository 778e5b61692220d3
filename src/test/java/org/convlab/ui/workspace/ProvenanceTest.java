package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.convlab.core.KernelPreset;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ProvenanceTest extends WorkspaceFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void pointingAtAnOutputCellWritesItsArithmeticAndOutlinesItsWindow(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.moveTo(cell(outputView(), 0, 1));
        await(() -> !text("#arithmetic").isEmpty());
        assertEquals("1\u00d71 + 0\u00d7(\u22121) + bias 0 = 1", text("#arithmetic"));
        assertContains("Y[0, 1] = (X[0:1, 1:3] * K).sum() + b", text("#explain-caption"));
        assertEquals(List.of(new CellRange(0, 1, 1, 2, true)), inputView().highlightsProperty().get());
        assertEquals(List.of(new CellRange(0, 1, 1, 1, true)), outputView().highlightsProperty().get());
        assertEquals("Y[0, 1] = 1", fx(() -> window.workspaceView().statusProperty().get()));

        robot.moveTo(cell(outputView(), 3, 5));
        await(() -> text("#arithmetic").endsWith("\u22121"));
        assertEquals("0\u00d71 + 1\u00d7(\u22121) + bias 0 = \u22121", text("#arithmetic"));
    }

    @Test
    void largeKernelArithmeticEndsWithAnEllipsisAndTheSum(FxRobot robot) {
        this.robot = robot;
        robot.interact(() -> workspace.change("test", s -> s.withKernel(KernelPreset.SOBEL_X.kernel())));
        awaitOutput();
        robot.moveTo(cell(outputView(), 0, 0));
        await(() -> !text("#arithmetic").isEmpty());
        assertEquals("1\u00d7(\u22121) + 1\u00d70 + 0\u00d71 + 1\u00d7(\u22122) + 1\u00d70 + \u2026 + 0\u00d71"
                + " + bias 0 = \u22124", text("#arithmetic"));
    }

    @Test
    void slideStepsTheWindowInReadingOrderAndRevealsYCellByCell(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.moveTo(node("#slide-step", javafx.scene.Node.class));
        robot.clickOn("#slide-step");
        assertEquals(List.of(new CellRange(0, 0, 1, 2, true)), inputView().highlightsProperty().get());
        assertEquals("1\u00d71 + 1\u00d7(\u22121) + bias 0 = 0", text("#arithmetic"));
        robot.clickOn("#slide-step");
        assertEquals(List.of(new CellRange(0, 1, 1, 2, true)), inputView().highlightsProperty().get());
        assertEquals("1\u00d71 + 0\u00d7(\u22121) + bias 0 = 1", text("#arithmetic"));

        javafx.scene.control.Slider position = node("#slide-position", javafx.scene.control.Slider.class);
        assertEquals(41, position.getMax());
        robot.interact(() -> position.setValue(8));
        assertEquals(List.of(new CellRange(1, 1, 1, 2, true)), inputView().highlightsProperty().get());

        robot.clickOn("#slide-reset");
        assertEquals("", text("#arithmetic"));
        assertTrue(inputView().highlightsProperty().get().isEmpty());
    }

    @Test
    void playFillsTheOutputToTheLastCellAndStops(FxRobot robot) {
        this.robot = robot;
        robot.interact(() -> workspace.change("test", s -> s.withInput(new FMatrixRMaj(2, 3))));
        awaitOutput();
        robot.interact(() -> node("#slide-speed", javafx.scene.control.Slider.class).setValue(20));
        robot.clickOn("#slide-play");
        javafx.scene.control.ToggleButton play = node("#slide-play", javafx.scene.control.ToggleButton.class);
        await(() -> !play.isSelected());
        assertEquals(List.of(new CellRange(1, 1, 1, 2, true)), inputView().highlightsProperty().get());
    }

    @Test
    void matrixViewShowsWAndTheRowOfThePointedOutputCell(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.clickOn("#tab-matrix");
        HeatmapView w = node("#matrix-heatmap", HeatmapView.class);
        await(() -> w.matrix() != null);
        assertEquals(42, w.matrix().numRows);
        assertEquals(48, w.matrix().numCols);
        // Row 1 of W is Y[0, 1]: K = [1, -1] at X[0, 1] and X[0, 2].
        assertEquals(1f, w.matrix().get(1, 1));
        assertEquals(-1f, w.matrix().get(1, 2));
        robot.moveTo(cell(outputView(), 0, 1));
        await(() -> !w.highlightsProperty().get().isEmpty());
        assertEquals(List.of(new CellRange(1, 0, 1, 48, true)), w.highlightsProperty().get());
        HeatmapView vecY = node("#matrix-vec-y", HeatmapView.class);
        assertEquals(List.of(new CellRange(1, 0, 1, 1, true)), vecY.highlightsProperty().get());
        assertEquals(1f, vecY.matrix().get(1, 0));
        assertContains("row 1 computes Y[0, 1]", text("#matrix-text"));

        robot.interact(() -> workspace.change("test", s -> s.withInput(new FMatrixRMaj(20, 8))));
        awaitOutput();
        javafx.scene.Node product = node("#matrix-product", javafx.scene.Node.class);
        await(() -> !product.isVisible());
        assertFalse(product.isVisible());
        assertContains("Y has 140 cells", text("#matrix-text"));
    }
}
