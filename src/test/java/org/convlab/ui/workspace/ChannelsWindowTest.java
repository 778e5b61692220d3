package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.model.LiveOutput;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.heatmap.HeatmapView;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Several input and output channels in the window (D2L 6.4), through the menus, cells and pointer a user uses. */
@ExtendWith(ApplicationExtension.class)
class ChannelsWindowTest extends WorkspaceFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void choose(String itemId) {
        robot.clickOn("#channels-menu");
        robot.clickOn("#" + itemId);
    }

    @Test
    void theBooksTwoInputChannelsGiveItsOutputAndEachChannelHasAPanel(FxRobot robot) {
        this.robot = robot;
        choose("channels-bookInputs");
        LiveOutput.Result r = awaitOutput();
        assertEquals(2, r.state().inputChannels());
        assertArrayEquals(new float[] {56, 72, 104, 120}, r.output().data, 0f);
        assertTrue(robot.lookup("#input-heatmap-1").tryQuery().isPresent(), "a heatmap for channel 1");
        HeatmapView second = node("#input-heatmap-1", HeatmapView.class);
        assertEquals(r.state().input(1), second.matrix());
        // the bank's editors replace the single kernel: K[0, 1] is [[1, 2], [3, 4]]
        assertEquals("4", node("#kernel-0-1-cell-1-1", TextField.class).getText());
    }

    @Test
    void paintingOneChannelUpdatesEveryOutputChannelAsTheCorePassDoes(FxRobot robot) {
        this.robot = robot;
        choose("channels-bookOutputs");
        awaitOutput();
        HeatmapView second = node("#input-heatmap-1", HeatmapView.class);
        robot.clickOn(cell(second, 1, 1));
        WorkspaceState s = workspace.state();
        assertEquals(1f, s.input(1).get(1, 1), "the brush paints 1 into channel 1 only");
        assertEquals(4f, s.input(0).get(1, 1), "channel 0 is untouched");
        LiveOutput.Result r = awaitOutput();
        ChannelStack expected = ChannelCorrelation.corr2d(s.stack(), s.bank(), s.biasArray(), s.geometry());
        assertEquals(3, r.outputs().size());
        for (int o = 0; o < 3; o++) {
            assertArrayEquals(expected.channel(o).data, r.output(o).data, 0f, "output channel " + o);
            assertEquals(r.output(o), node(o == 0 ? "#output-heatmap" : "#output-heatmap-" + o, HeatmapView.class)
                    .matrix(), "output channel " + o + " is on screen");
        }
        assertEquals("edit.paintStroke", workspace.history().undoDescription().orElseThrow());
    }

    @Test
    void hoveringAnOutputCellWritesEachChannelsPartialSumAndTheirTotal(FxRobot robot) {
        this.robot = robot;
        choose("channels-bookInputs");
        awaitOutput();
        robot.moveTo(cell(outputView(), 0, 0));
        String arithmetic = text("#arithmetic");
        // the book: channel 0 gives 19, channel 1 gives 37, and 19 + 37 = 56
        assertContains("c0: 0\u00d70 + 1\u00d71 + 3\u00d72 + 4\u00d73 = 19", arithmetic);
        assertContains("c1: 1\u00d71 + 2\u00d72 + 4\u00d73 + 5\u00d74 = 37", arithmetic);
        assertContains("= 19 + 37 + bias 0 = 56", arithmetic);
        assertEquals("Y[0, 0] = 56", fx(() -> window.workspaceView().statusProperty().get()));
    }

    @Test
    void aKernelCellOfTheBankAndAnOutputChannelsBiasAreEditedAndUndone(FxRobot robot) {
        this.robot = robot;
        choose("channels-bookOutputs");
        awaitOutput();
        replaceText("#kernel-2-1-cell-0-0", "10");
        assertEquals(10f, workspace.state().kernel(2, 1).get(0, 0));
        assertEquals(2f, workspace.state().kernel(2, 0).get(0, 0), "its neighbours keep their values");
        replaceText("#bias-1", "0.5");
        assertEquals(0.5f, workspace.state().bias(1));
        assertEquals(0f, workspace.state().bias(0));
        FMatrixRMaj y1 = awaitOutput().output(1);
        assertEquals(76.5f, y1.get(0, 0), "the book's 76 plus the bias");
        robot.interact(() -> workspace.undo());
        robot.interact(() -> workspace.undo());
        assertEquals(3f, workspace.state().kernel(2, 1).get(0, 0), "K + 2 of the book again");
        assertEquals(0f, workspace.state().bias(1));
    }

    @Test
    void aBadBankEntryIsRefusedWithAMessageAndChangesNothing(FxRobot robot) {
        this.robot = robot;
        choose("channels-bookInputs");
        awaitOutput();
        WorkspaceState before = workspace.state();
        replaceText("#kernel-0-1-cell-0-0", "abc");
        assertEquals(before, workspace.state());
        assertContains("abc", text("#kernel-message"));
        // a new document forgets the refused entry: the cell shows the kernel's value again
        robot.interact(() -> window.workspaceView().forgetMessages());
        TextField cell = node("#kernel-0-1-cell-0-0", TextField.class);
        assertEquals("1", cell.getText());
        assertTrue(cell.getPseudoClassStates().stream().noneMatch(p -> p.getPseudoClassName().equals("invalid")));
    }

    @Test
    void channelsAreAddedAndRemovedAsUndoableSteps(FxRobot robot) {
        this.robot = robot;
        choose("channels-addInput");
        assertEquals(2, workspace.state().inputChannels());
        choose("channels-addOutput");
        assertEquals(2, workspace.state().outputChannels());
        LiveOutput.Result r = awaitOutput();
        // the new input channel is zero with zero kernels, and the new output copies the chapter's kernel
        assertArrayEquals(r.output(0).data, r.output(1).data, 0f);
        assertTrue(robot.lookup("#output-heatmap-1").tryQuery().isPresent());
        choose("channels-single");
        assertTrue(workspace.state().singleChannel());
        assertTrue(robot.lookup("#input-heatmap-1").tryQuery().isEmpty(), "one channel, one heatmap");
        robot.interact(() -> workspace.undo());
        assertEquals(2, workspace.state().inputChannels());
    }
}
