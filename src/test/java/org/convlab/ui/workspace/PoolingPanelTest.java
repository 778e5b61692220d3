package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.convlab.core.Chapter;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Reshape;
import org.convlab.model.LiveOutput;
import org.convlab.model.PoolingStage;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PoolingPanelTest extends WorkspaceFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Opens the pooling tab under the panels, scrolled into view as a user does at this window size. */
    private void scrollToPooling() {
        scrollTo(1);
        robot.clickOn("#tab-pooling");
        scrollTo(1);
    }

    private void scrollTo(double position) {
        fx(() -> {
            node(".workspace-page", javafx.scene.control.ScrollPane.class).setVvalue(position);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Presses a button from the keyboard: focus it (as Tab does) and press Space. At 1280x800 the
     * adaptive layout (work in progress on h12a) lets the explanation tabs run under the status
     * bar, where a click does not reach them.
     */
    private void pressByKeyboard(String query) {
        fx(() -> {
            node(query, Node.class).requestFocus();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.SPACE);
    }

    /** Types into a spinner from the keyboard: focus its field, select all, type, Enter. */
    private void typeByKeyboard(String query, String text) {
        fx(() -> {
            node(query, Node.class).requestFocus();
            return null;
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL);
        robot.write(text);
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }

    private boolean zShown() {
        return fx(() -> node(".pooled-row", Node.class).isVisible());
    }

    private HeatmapView pooledView() {
        return node("#pooled-heatmap", HeatmapView.class);
    }

    /** Waits until Z on screen was pooled from the workspace's current state. */
    private FMatrixRMaj pooled() {
        await(() -> {
            LiveOutput.Result r = window.workspaceView().shownProperty().get();
            return r != null && r.state() == workspace.state() && r.hasPooled() && pooledView().matrix() == r.pooled();
        });
        return pooledView().matrix();
    }

    @Test
    void switchingPoolingOnShowsZAndIsOneUndoableStep(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        scrollToPooling();
        assertFalse(zShown(), "Z is hidden while the stage is off");
        robot.clickOn("#pooling-on");
        assertEquals(new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.MAX), workspace.state().pooling());
        FMatrixRMaj z = pooled();
        // 6x7 Y, 2x2 window, stride 1: 5x6, each row the max of neighbouring pairs of [0, 1, 0, 0, 0, -1, 0]
        assertEquals(5, z.numRows);
        assertEquals(6, z.numCols);
        assertArrayEquals(new float[] {1, 1, 0, 0, 0, 0}, java.util.Arrays.copyOf(z.data, 6));
        assertTrue(zShown());
        assertEquals("Z is 5x6", text("#pooled-shape").replace('\u00d7', 'x'));
        assertEquals("edit.pooling", workspace.history().undoDescription().orElseThrow());
        fx(workspace::undo);
        assertEquals(PoolingStage.OFF, workspace.state().pooling());
        await(() -> !node(".pooled-row", Node.class).isVisible());
        // switched on from elsewhere (Redo, a lesson step) the stage brings its tab to the front
        robot.clickOn("#tab-where");
        fx(workspace::redo);
        assertTrue(fx(() -> node("#tab-pooling", Node.class) != null
                && robot.lookup(".explain-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                        .getSelectedItem().getId().equals("tab-pooling")));
    }

    @Test
    void zWritesItsNumbersInTheDefaultWindow(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        fx(() -> {
            workspace.change("test", s -> s.withPooling(new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.MAX)));
            return null;
        });
        assertEquals(5, pooled().numRows);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> pooledView().numberFontSize()) >= org.convlab.ui.LayoutFaults.LEGIBLE_PX,
                "Z's 5x6 cells of " + fx(() -> pooledView().cellSize()) + " px write their numbers");
    }

    @Test
    void hoveringZOutlinesItsWindowInYAndMarksTheWinnerOrWritesTheMean(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        scrollToPooling();
        robot.clickOn("#pooling-on");
        pooled();
        // the tab grows to hold Z: scroll it into view again
        scrollTo(1);
        robot.moveTo(cell(pooledView(), 0, 0));
        assertEquals(List.of(new CellRange(0, 0, 2, 2, true), new CellRange(0, 1, 1, 1, false)),
                outputView().highlightsProperty().get());
        assertEquals("Z[0, 0] = max of Y[0:2, 0:2] = 1, taken from Y[0, 1] (marked)", text("#pooling-caption"));
        pressByKeyboard("#pooling-avg");
        assertEquals(PoolMode.AVG, workspace.state().pooling().mode());
        pooled();
        robot.moveTo(cell(pooledView(), 0, 0));
        assertEquals(List.of(new CellRange(0, 0, 2, 2, true)), outputView().highlightsProperty().get());
        assertEquals("Z[0, 0] = mean of Y[0:2, 0:2] = (0 + 1 + 0 + 1) / 4 = 0.50", text("#pooling-caption"));
        // Y[0, 1] lies in the windows of Z[0, 0] and Z[0, 1]
        scrollTo(0);
        robot.moveTo(cell(outputView(), 0, 1));
        assertEquals(List.of(new CellRange(0, 0, 1, 2, true)), pooledView().highlightsProperty().get());
        assertEquals("Y[0, 1] is in the windows of 2 cells of Z (outlined)", text("#pooling-caption"));
    }

    @Test
    void theDemonstrationAndTheShiftShowYChangingMoreThanZ(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        fx(() -> {
            workspace.change("edit.bias", s -> s.withBias(2f));
            return null;
        });
        scrollToPooling();
        robot.clickOn("#pooling-demo");
        assertEquals(0f, workspace.state().bias());
        assertEquals(new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.MAX), workspace.state().pooling());
        pooled();
        robot.clickOn("#pooling-shift");
        assertArrayEquals(Reshape.rollColumns(Chapter.edgeImage(), 1).data, workspace.state().input().data);
        pooled();
        // Y's edges move a column (24 of 42 cells); Z keeps its middle column of 1s (10 of 30 change)
        await(() -> text("#pooling-shift-result").contains("24"));
        assertEquals("The shift changed 24 of Y's 42 cells and 10 of Z's 30 cells.", text("#pooling-shift-result"));
        assertEquals("edit.shiftInput", workspace.history().undoDescription().orElseThrow());
        fx(workspace::undo);
        assertArrayEquals(Chapter.edgeImage().data, workspace.state().input().data);
        // the count was about the shifted X: after the undo it is gone, not left describing another state
        pooled();
        await(() -> text("#pooling-shift-result").isEmpty());
    }

    @Test
    void paddingMoreThanHalfTheWindowIsRefusedWithPyTorchsRule(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        scrollToPooling();
        robot.clickOn("#pooling-on");
        scrollTo(1);
        typeByKeyboard("#pooling-padding-rows .text-field", "2");
        assertEquals(0, workspace.state().pooling().window().padRows());
        assertEquals("Padding 2,0 is more than half the 2\u00d72 window; PyTorch allows at most 1,1.",
                text("#pooling-message"));
        typeByKeyboard("#pooling-padding-rows .text-field", "1");
        assertEquals(new PoolWindow(2, 2, 1, 1, 1, 0), workspace.state().pooling().window());
        assertEquals("", text("#pooling-message"));
        // a padded row above and below Y's 6: (6 + 2 - 2) / 1 + 1 = 7 rows of Z
        assertEquals(7, pooled().numRows);
    }
}
