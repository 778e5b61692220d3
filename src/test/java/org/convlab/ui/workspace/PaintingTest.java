package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.convlab.core.Chapter;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PaintingTest extends WorkspaceFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void paintingOneCellChangesExactlyTheOutputCellsWhoseWindowCoversIt(FxRobot robot) {
        this.robot = robot;
        FMatrixRMaj before = output().copy();
        robot.clickOn(cell(inputView(), 2, 3));
        assertEquals(1f, workspace.state().input().get(2, 3));
        FMatrixRMaj after = output();
        for (int i = 0; i < after.numRows; i++) {
            for (int j = 0; j < after.numCols; j++) {
                // X[2, 3] is the right term of Y[2, 2] = X[2,2] - X[2,3] and the left of Y[2, 3].
                float expected = i == 2 && j == 2 ? -1 : i == 2 && j == 3 ? 1 : before.get(i, j);
                assertEquals(expected, after.get(i, j), "Y[" + i + ", " + j + "]");
            }
        }
        assertEquals("edit.paintStroke", workspace.history().undoDescription().orElseThrow());
    }

    @Test
    void aClickWithNoMoveBeforeItPointsAtItsCellNotTheFirst(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        HeatmapView x = inputView();
        robot.interact(() -> {
            // as a real window delivers a click when the pointer was already over the cell
            Node surface = x.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.layout.Pane)
                    .findFirst().orElseThrow();
            Point2D at = x.localToScene(x.cellCenter(4, 6));
            for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED)) {
                Event.fireEvent(surface, new MouseEvent(type, at.getX(), at.getY(), 0, 0, MouseButton.PRIMARY, 1,
                        false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false, false, false,
                        true, null));
            }
        });
        assertTrue(x.isFocused());
        assertEquals(new GridCell(4, 6), x.hoveredProperty().get());
        assertEquals("X[4, 6] = 1", fx(() -> window.workspaceView().statusProperty().get()));
    }

    @Test
    void rightButtonPaintsZero(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.clickOn(cell(inputView(), 4, 0), MouseButton.SECONDARY);
        assertEquals(0f, workspace.state().input().get(4, 0));
        assertEquals(-1f, output().get(4, 0));
    }

    @Test
    void aDragIsOneStrokeThatUndoAndRedoTakeAsOneStep(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        Slider brush = node("#brush-value", Slider.class);
        robot.interact(() -> brush.setValue(-0.5));
        robot.drag(cell(inputView(), 0, 2), MouseButton.PRIMARY).moveTo(cell(inputView(), 0, 3))
                .moveTo(cell(inputView(), 0, 5)).drop();
        for (int j = 2; j <= 5; j++) {
            assertEquals(-0.5f, workspace.state().input().get(0, j), "X[0, " + j + "]");
        }
        assertEquals("Undo paint stroke", fx(() -> undoItem().getText()));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertTrue(sameValues(Chapter.edgeImage(), workspace.state().input()), "one undo restores the image");
        assertEquals("Redo paint stroke", fx(() -> redoItem().getText()));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertEquals(-0.5f, workspace.state().input().get(0, 4));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(-0.5f, workspace.state().input().get(0, 2));
        assertEquals(1.5f, output().get(0, 1), "Y[0, 1] = X[0, 1] - X[0, 2] = 1 - (-0.5)");
    }

    @Test
    void pointingAtAnInputCellOutlinesTheOutputsItFeeds(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.moveTo(cell(inputView(), 2, 3));
        await(() -> !outputView().highlightsProperty().get().isEmpty());
        assertEquals(List.of(new CellRange(2, 2, 1, 2, true)), outputView().highlightsProperty().get());
        assertEquals(List.of(new CellRange(2, 3, 1, 1, true)), inputView().highlightsProperty().get());
        assertEquals("X[2, 3] = 0", fx(() -> window.workspaceView().statusProperty().get()));
    }

    @Test
    void theKeyboardMovesACursorOverXAndPaintsWithSpaceAndDelete(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.interact(() -> inputView().requestFocus());
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE);
        assertEquals(1f, workspace.state().input().get(1, 2));
        assertEquals("X[1, 2] = 1", fx(() -> window.workspaceView().statusProperty().get()));
        robot.type(KeyCode.LEFT, KeyCode.DELETE);
        assertEquals(0f, workspace.state().input().get(1, 1));
        assertEquals(2, fx(() -> undoSteps()));
    }

    private int undoSteps() {
        int n = 0;
        while (workspace.undo()) {
            n++;
        }
        return n;
    }

    private javafx.scene.control.MenuItem undoItem() {
        return editMenu().getItems().get(0);
    }

    private javafx.scene.control.MenuItem redoItem() {
        return editMenu().getItems().get(1);
    }

    private javafx.scene.control.Menu editMenu() {
        return node(".menu-bar", javafx.scene.control.MenuBar.class).getMenus().get(1);
    }

    private static boolean sameValues(FMatrixRMaj a, FMatrixRMaj b) {
        return a.numRows == b.numRows && a.numCols == b.numCols
                && java.util.Arrays.equals(a.data, 0, a.getNumElements(), b.data, 0, b.getNumElements());
    }
}
