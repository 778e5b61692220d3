package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.convlab.core.EdgeImageOutputs;
import org.convlab.core.KernelPreset;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PresetsTest extends WorkspaceFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void eachKernelPresetGivesItsKnownOutputOnTheEdgeImage(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        for (KernelPreset p : KernelPreset.values()) {
            robot.clickOn("#kernel-presets");
            robot.clickOn("#kernel-preset-" + p.key());
            FMatrixRMaj y = output();
            assertEquals(p.kernel().numRows, workspace.state().kernel().numRows, p.name());
            for (int i = 0; i < y.numRows; i++) {
                float[] row = new float[y.numCols];
                System.arraycopy(y.data, i * y.numCols, row, 0, y.numCols);
                assertArrayEquals(EdgeImageOutputs.ROW.get(p), row, 1e-6f, p + " row " + i);
            }
            assertContains(fx(() -> org.convlab.ui.Texts.of("workspace").get("kernel.preset." + p.key()
                    + ".about")), text("#kernel-about"));
        }
    }

    @Test
    void transposingXReproducesTheChaptersAllZeroOutput(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.clickOn("#input-transpose");
        FMatrixRMaj y = output();
        assertEquals(8, y.numRows);
        assertEquals(5, y.numCols);
        assertArrayEquals(new float[40], java.util.Arrays.copyOf(y.data, 40));
        assertEquals("X 8\u00d76  \u2217  K 1\u00d72  +  b   \u2192   Y 8\u00d75", text(".shape-formula"));
        assertEquals("Y  8\u00d75", text("#output-panel-shape"));
    }

    @Test
    void inputPresetsAndClearReplaceX(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.clickOn("#input-presets");
        robot.clickOn("Checkerboard");
        FMatrixRMaj x = workspace.state().input();
        assertEquals(6, x.numRows);
        assertEquals(1f, x.get(0, 0));
        assertEquals(0f, x.get(0, 1));
        robot.clickOn("#input-clear");
        assertArrayEquals(new float[48], java.util.Arrays.copyOf(workspace.state().input().data, 48));
        robot.clickOn("#input-presets");
        robot.clickOn("Edge image 6\u00d78 (the chapter)");
        assertEquals(1f, output().get(0, 1));
    }

    @Test
    void theChaptersCountingExampleComesWithItsKernel(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        robot.clickOn("#input-presets");
        robot.clickOn("#input-preset-counting");
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, workspace.state().input().data);
        assertArrayEquals(new float[] {0, 1, 2, 3}, workspace.state().kernel().data);
        assertArrayEquals(new float[] {19, 25, 37, 43}, output().data);
        assertEquals("edit.inputPreset", workspace.history().undoDescription().orElseThrow());
    }
}
