package org.convlab.ui.workspace;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.convlab.model.ChannelEdits;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;

/**
 * The Channels menu of X's tool strip (D2L 6.4): add or remove input and output channels, and the
 * book's two examples. Items that cannot apply (a ninth channel, removing the only one) are grayed
 * out, and every change is one undoable step.
 */
final class ChannelMenu extends MenuButton {
    private final Workspace workspace;

    ChannelMenu(Workspace workspace, Texts texts) {
        super(texts.get("channels.menu"));
        this.workspace = workspace;
        setId("channels-menu");
        setTooltip(Controls.tip(texts.get("channels.menu.tooltip")));
        MenuItem addInput = item(texts, "channels.addInput", "edit.channelAdd", ChannelEdits::addInput);
        MenuItem removeInput = item(texts, "channels.removeInput", "edit.channelRemove",
                s -> ChannelEdits.removeInput(s, s.inputChannels() - 1));
        MenuItem addOutput = item(texts, "channels.addOutput", "edit.outputAdd", ChannelEdits::addOutput);
        MenuItem removeOutput = item(texts, "channels.removeOutput", "edit.outputRemove",
                s -> ChannelEdits.removeOutput(s, s.outputChannels() - 1));
        MenuItem single = item(texts, "channels.single", "edit.channelsSingle",
                s -> new WorkspaceState(s.input(), s.kernel(), s.bias(), s.geometry(), s.pooling()));
        MenuItem bookInputs = item(texts, "channels.bookInputs", "edit.channelsExample",
                s -> ChannelEdits.bookInputs());
        MenuItem bookOutputs = item(texts, "channels.bookOutputs", "edit.channelsExample",
                s -> ChannelEdits.bookOutputs());
        getItems().addAll(addInput, removeInput, addOutput, removeOutput, single, new SeparatorMenuItem(),
                bookInputs, bookOutputs);
        setOnShowing(e -> {
            WorkspaceState s = workspace.state();
            addInput.setDisable(!ChannelEdits.canAddInput(s));
            removeInput.setDisable(s.inputChannels() == 1);
            addOutput.setDisable(!ChannelEdits.canAddOutput(s));
            removeOutput.setDisable(s.outputChannels() == 1);
            single.setDisable(s.singleChannel());
        });
    }

    private MenuItem item(Texts texts, String key, String edit, java.util.function.UnaryOperator<WorkspaceState> change) {
        MenuItem item = new MenuItem(texts.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> workspace.change(edit, change));
        return item;
    }
}
