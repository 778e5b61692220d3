package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class KernelEditingTest extends WorkspaceFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void typedValueIsAppliedOnEnterAndChangesTheOutput(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        replaceText("#kernel-cell-0-1", "0.5");
        assertArrayEquals(new float[] {1, 0.5f}, workspace.state().kernel().data);
        // Y[0, 0] = 1*1 + 1*0.5
        assertEquals(1.5f, output().get(0, 0));
        assertEquals("edit.kernelCell", workspace.history().undoDescription().orElseThrow());
    }

    @Test
    void invalidValueIsMarkedExplainedAndKeepsTheLastGoodValue(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        int revision = workspace.history().revisionProperty().get();
        replaceText("#kernel-cell-0-1", "abc");
        assertArrayEquals(new float[] {1, -1}, workspace.state().kernel().data);
        assertEquals(revision, workspace.history().revisionProperty().get());
        TextField cell = node("#kernel-cell-0-1", TextField.class);
        assertTrue(cell.getPseudoClassStates().contains(KernelGrid.INVALID));
        Label message = node("#kernel-message", Label.class);
        assertTrue(message.isVisible());
        assertEquals("\u201cabc\u201d is not a finite number. K[0, 1] keeps its value -1.", message.getText());

        replaceText("#kernel-cell-0-1", "1/4");
        assertArrayEquals(new float[] {1, 0.25f}, workspace.state().kernel().data);
        assertFalse(cell.getPseudoClassStates().contains(KernelGrid.INVALID));
        assertFalse(message.isVisible());
    }

    @Test
    void fixingOneInvalidCellKeepsTheOtherCellsMessage(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        replaceText("#kernel-cell-0-0", "x");
        replaceText("#kernel-cell-0-1", "y");
        replaceText("#kernel-cell-0-1", "2");
        assertArrayEquals(new float[] {1, 2}, workspace.state().kernel().data);
        Label message = node("#kernel-message", Label.class);
        assertTrue(message.isVisible());
        assertEquals("\u201cx\u201d is not a finite number. K[0, 0] keeps its value 1.", message.getText());
        replaceText("#kernel-cell-0-0", "3");
        assertFalse(message.isVisible());
    }

    @Test
    void aNumberBeyondAFloatIsCalledTooLarge(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        replaceText("#kernel-cell-0-0", "1e40");
        assertArrayEquals(new float[] {1, -1}, workspace.state().kernel().data);
        assertEquals("\u201c1e40\u201d is too large for a float (the largest is about 3.4e38). K[0, 0] keeps its "
                + "value 1.", text("#kernel-message"));
        replaceText("#kernel-cell-0-0", "1");
        replaceText("#bias", "-1e99");
        assertEquals("\u201c-1e99\u201d is too large for a float (the largest is about 3.4e38). The bias keeps its "
                + "value 0.", text("#kernel-message"));
    }

    @Test
    void kernelLargerThanTheInputShowsWhyThereIsNoOutput(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        replaceText("#kernel-rows .text-field", "7");
        assertEquals(7, workspace.state().kernel().numRows);
        assertFalse(awaitOutput().hasOutput());
        Label message = node("#output-message", Label.class);
        assertTrue(message.isVisible());
        assertEquals("The kernel K 7\u00d72 is taller than the input X 6\u00d78, so it fits nowhere and Y has no "
                + "cells. Make K at most 6\u00d72, or give X more rows.", message.getText());
        assertContains("no output", text(".shape-formula"));

        replaceText("#kernel-rows .text-field", "2");
        assertTrue(awaitOutput().hasOutput());
        assertFalse(message.isVisible());
    }

    @Test
    void biasIsAddedToEveryOutputCell(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        replaceText("#bias", "\u22120.5");
        assertEquals(-0.5f, workspace.state().bias());
        FMatrixRMaj y = output();
        assertEquals(0.5f, y.get(0, 1));
        assertEquals(-0.5f, y.get(0, 0));
        assertEquals(-1.5f, y.get(0, 5));
    }

    @Test
    void arrowKeysMoveBetweenKernelCells(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.clickOn("#kernel-cell-0-0");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.RIGHT);
        assertTrue(node("#kernel-cell-0-1", TextField.class).isFocused());
        robot.type(KeyCode.HOME, KeyCode.LEFT);
        assertTrue(node("#kernel-cell-0-0", TextField.class).isFocused());
    }

    @Test
    void transposeAndFlipRearrangeTheKernel(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.clickOn("#kernel-flip");
        assertArrayEquals(new float[] {-1, 1}, workspace.state().kernel().data);
        robot.clickOn("#kernel-transpose");
        assertEquals(2, workspace.state().kernel().numRows);
        assertEquals(5, output().numRows);
    }

    @Test
    void theKernelsDescriptionFollowsFlipTransposeAndResize(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.clickOn("#kernel-presets");
        robot.clickOn("#kernel-preset-edge");
        Label about = node("#kernel-about", Label.class);
        assertContains("Edge [1, \u22121] (the chapter): Difference", about.getText());
        assertContains("vertical edges", about.getTooltip().getText());
        robot.clickOn("#kernel-flip");
        assertArrayEquals(new float[] {-1, 1}, workspace.state().kernel().data);
        assertEquals("", about.getText());
        robot.clickOn("#kernel-flip");
        assertContains("Edge [1, \u22121] (the chapter): Difference", about.getText());
        robot.clickOn("#kernel-transpose");
        assertEquals("Edge transposed [[1], [\u22121]]", about.getText());
        robot.clickOn("#kernel-transpose");
        replaceText("#kernel-cols .text-field", "3");
        assertEquals(3, workspace.state().kernel().numCols);
        assertEquals("", about.getText());
    }
}
