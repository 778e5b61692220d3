package org.convlab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.core.KernelPreset;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;

/**
 * The kernel bank K of a workspace with several channels (D2L 6.4): a grid of C_out x C_in small
 * kernel editors, one row per output channel and one column per input channel, headed by the
 * input channels' names. Each row starts with its output channel's bias and a preset menu for the
 * whole row; each kernel has a preset menu of its own on the secondary button.
 */
final class KernelBankGrid extends GridPane {
    private final Workspace workspace;
    private final Texts texts;
    private final StringProperty message;
    private final List<List<KernelGrid>> kernels = new ArrayList<>();
    private final List<TextField> biases = new ArrayList<>();
    private List<String> names = List.of();

    KernelBankGrid(Workspace workspace, Texts texts, StringProperty message) {
        this.workspace = workspace;
        this.texts = texts;
        this.message = message;
        getStyleClass().add("kernel-bank");
    }

    /** Shows the bank, rebuilding the editors when the channel counts or names changed. */
    void show(WorkspaceState s) {
        if (kernels.size() != s.outputChannels() || kernels.get(0).size() != s.inputChannels()
                || !names.equals(s.channelNames())) {
            rebuild(s);
        }
        for (int o = 0; o < s.outputChannels(); o++) {
            for (int c = 0; c < s.inputChannels(); c++) {
                kernels.get(o).get(c).show(s.kernel(o, c));
            }
            TextField bias = biases.get(o);
            if (!bias.getPseudoClassStates().contains(KernelGrid.INVALID)) {
                bias.setText(NumberEntry.editable(s.bias(o)));
            }
        }
    }

    /**
     * Drops the entries that were refused, as a new document does: every kernel and bias shows its
     * value again.
     *
     * @param s the state shown
     */
    void forgetInvalid(WorkspaceState s) {
        if (kernels.size() != s.outputChannels() || kernels.get(0).size() != s.inputChannels()) {
            return;
        }
        for (int o = 0; o < kernels.size(); o++) {
            for (int c = 0; c < kernels.get(o).size(); c++) {
                kernels.get(o).get(c).forgetInvalid(s.kernel(o, c));
            }
            biases.get(o).pseudoClassStateChanged(KernelGrid.INVALID, false);
            biases.get(o).setText(NumberEntry.editable(s.bias(o)));
        }
    }

    /**
     * The editor of one kernel.
     *
     * @param o the output channel
     * @param c the input channel
     * @return its grid of cells
     */
    KernelGrid kernel(int o, int c) {
        return kernels.get(o).get(c);
    }

    /**
     * The bias field of one output channel.
     *
     * @param o the output channel
     * @return the field
     */
    TextField bias(int o) {
        return biases.get(o);
    }

    private void rebuild(WorkspaceState s) {
        getChildren().clear();
        kernels.clear();
        biases.clear();
        names = s.channelNames();
        for (int c = 0; c < s.inputChannels(); c++) {
            Label head = Controls.label(texts.format("kernel.bank.column", c, names.get(c)), "bank-head");
            GridPane.setHalignment(head, HPos.CENTER);
            add(head, c + 1, 0);
        }
        for (int o = 0; o < s.outputChannels(); o++) {
            add(rowHead(o), 0, o + 1);
            List<KernelGrid> row = new ArrayList<>();
            for (int c = 0; c < s.inputChannels(); c++) {
                KernelGrid grid = new KernelGrid(workspace, texts, message, o, c);
                grid.getStyleClass().add("bank-kernel");
                grid.setId("kernel-" + o + "-" + c);
                int output = o;
                int input = c;
                ContextMenu presets = new ContextMenu();
                presets.getItems().addAll(presetItems(st -> List.of(new int[] {output, input})));
                grid.setOnContextMenuRequested(e -> presets.show(grid, e.getScreenX(), e.getScreenY()));
                row.add(grid);
                add(grid, c + 1, o + 1);
            }
            kernels.add(row);
        }
    }

    /** "Y0", its bias and a preset menu for the row's kernels. */
    private VBox rowHead(int o) {
        TextField bias = new TextField();
        bias.setId("bias-" + o);
        bias.getStyleClass().addAll("kernel-cell", "bank-bias");
        bias.setTooltip(Controls.tip(texts.format("kernel.bank.bias.tooltip", o)));
        bias.setOnAction(e -> commitBias(o));
        bias.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitBias(o);
            }
        });
        biases.add(bias);
        MenuButton presets = new MenuButton(texts.get("kernel.bank.rowPresets"));
        presets.setTooltip(Controls.tip(texts.format("kernel.bank.rowPresets.tooltip", o)));
        presets.setId("kernel-row-presets-" + o);
        presets.getItems().addAll(presetItems(st -> {
            List<int[]> cells = new ArrayList<>();
            for (int c = 0; c < st.inputChannels(); c++) {
                cells.add(new int[] {o, c});
            }
            return cells;
        }));
        bias.setPrefColumnCount(3);
        javafx.scene.layout.HBox biasLine = new javafx.scene.layout.HBox(
                Controls.label(texts.get("kernel.bank.bias"), "tool-label"), bias);
        biasLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        biasLine.setSpacing(4);
        javafx.scene.layout.HBox nameLine = new javafx.scene.layout.HBox(
                Controls.label(texts.format("kernel.bank.row", o), "bank-head"), presets);
        nameLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        nameLine.setSpacing(4);
        VBox head = new VBox(nameLine, biasLine);
        head.getStyleClass().add("bank-row-head");
        return head;
    }

    /** One menu item per preset, putting it into the kernels the target names. */
    private List<MenuItem> presetItems(java.util.function.Function<WorkspaceState, List<int[]>> target) {
        List<MenuItem> items = new ArrayList<>();
        for (KernelPreset p : KernelPreset.values()) {
            MenuItem item = new MenuItem(texts.get("kernel.preset." + p.key()));
            item.setOnAction(e -> workspace.change("edit.kernelPreset", st -> {
                WorkspaceState next = st.withKernelShape(p.kernel().numRows, p.kernel().numCols);
                for (int[] at : target.apply(st)) {
                    next = next.withKernel(at[0], at[1], p.kernel());
                }
                return next;
            }));
            items.add(item);
        }
        return items;
    }

    private void commitBias(int o) {
        if (o >= biases.size()) {
            return;
        }
        TextField field = biases.get(o);
        String shownText = NumberEntry.editable(workspace.state().bias(o));
        if (field.getText().equals(shownText)) {
            markBias(field, false);
            return;
        }
        float v = NumberEntry.parse(field.getText());
        if (Float.isNaN(v)) {
            markBias(field, true);
            message.set(texts.format(NumberEntry.tooLarge(field.getText()) ? "bias.tooLarge" : "bias.invalid",
                    field.getText().trim(), shownText));
            return;
        }
        markBias(field, false);
        workspace.change("edit.bias", st -> st.withBias(o, v));
        field.setText(NumberEntry.editable(workspace.state().bias(o)));
    }

    private void markBias(TextField field, boolean invalid) {
        if (field.getPseudoClassStates().contains(KernelGrid.INVALID) && !invalid) {
            message.set("");
        }
        field.pseudoClassStateChanged(KernelGrid.INVALID, invalid);
    }
}
