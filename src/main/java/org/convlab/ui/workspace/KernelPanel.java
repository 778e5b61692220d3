package org.convlab.ui.workspace;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.convlab.core.KernelPreset;
import org.convlab.core.Reshape;
import org.convlab.core.Shapes;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * The kernel K and the bias b: size, presets, transpose and flip, the cells, the bias field; with
 * several channels, the bank of C_out x C_in kernels with a bias per output channel. Size, presets,
 * transpose and flip apply to every kernel of the bank.
 */
final class KernelPanel extends VBox {
    private final Subscription watching;
    private static final int MAX_SIDE = 15;
    /** Large kernels scroll below this height, in em, so that they leave room for the controls below. */
    private static final double MIN_GRID_EMS = 5;
    private final Workspace workspace;
    private final Texts texts;
    private final StringProperty message = new SimpleStringProperty("");
    private final KernelGrid grid;
    private final KernelBankGrid bank;
    private final ScrollPane gridScroll;
    private final HBox biasRow;
    private final Spinner<Integer> rows;
    private final Spinner<Integer> cols;
    private final TextField bias = new TextField();
    private final Label about = Controls.label("", "preset-about");
    private final Label shape = Controls.label("", "shape-caption");
    private final GeometryControls geometry;
    private boolean updating;
    /** The preset last chosen from the menu, explained while the kernel is that preset. */
    private String chosen;

    KernelPanel(Workspace workspace, Texts texts) {
        this.workspace = workspace;
        this.texts = texts;
        getStyleClass().addAll("panel", "kernel-panel");
        grid = new KernelGrid(workspace, texts, message);
        bank = new KernelBankGrid(workspace, texts, message);
        WorkspaceState s = workspace.state();
        rows = Controls.sizeSpinner(MAX_SIDE, s.kernel().numRows, texts, "kernel.rows.tooltip");
        cols = Controls.sizeSpinner(MAX_SIDE, s.kernel().numCols, texts, "kernel.cols.tooltip");
        rows.setId("kernel-rows");
        cols.setId("kernel-cols");
        rows.valueProperty().addListener((o, a, b) -> resize());
        cols.valueProperty().addListener((o, a, b) -> resize());

        FlowPane tools = new FlowPane(Controls.label(texts.get("kernel.size"), "tool-label"), rows,
                Controls.label("\u00d7", "tool-label"), cols, presets(),
                Controls.button(texts, "kernel.transpose", () -> workspace.change("edit.kernelTranspose",
                        st -> st.withEachKernel(Reshape::transpose))),
                Controls.button(texts, "kernel.flip", () -> workspace.change("edit.kernelFlip",
                        st -> st.withEachKernel(Reshape::rotate180))));
        tools.getStyleClass().add("toolbar");

        gridScroll = new ScrollPane(grid);
        gridScroll.getStyleClass().add("kernel-scroll");
        gridScroll.setFitToHeight(true);
        gridScroll.setMaxHeight(Region.USE_PREF_SIZE);
        // Small kernels are never squeezed into a scroll pane; large ones scroll, in both directions, below
        // this height and beyond the panel's width, which stays the same whatever the kernel's shape.
        gridScroll.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MIN_GRID_EMS * shape.getFont().getSize(),
                        ((Region) gridScroll.getContent()).prefHeight(-1) + 4),
                grid.layoutBoundsProperty(), bank.layoutBoundsProperty(), gridScroll.contentProperty(),
                shape.fontProperty()));
        gridScroll.setPrefViewportWidth(1);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);

        bias.setId("bias");
        bias.getStyleClass().add("kernel-cell");
        bias.setTooltip(Controls.tip(texts.get("bias.tooltip")));
        bias.setOnAction(e -> commitBias());
        bias.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitBias();
            }
        });
        biasRow = new HBox(Controls.label(texts.get("bias.label"), "tool-label"), bias);
        biasRow.getStyleClass().add("bias-row");

        Label error = Controls.label("", "message-error");
        error.setId("kernel-message");
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.setId("kernel-about");

        biasRow.setMinHeight(Region.USE_PREF_SIZE);
        tools.setMinHeight(Region.USE_PREF_SIZE);
        geometry = new GeometryControls(workspace, texts, message);
        getChildren().addAll(Controls.title(texts.get("kernel.title")), tools, gridScroll,
                biasRow, error, about, spacer, Controls.caption(shape));
        watching = workspace.stateProperty().subscribe((a, b) -> show(b));
        show(s);
    }

    /** Stops following the workspace. */
    void dispose() {
        watching.unsubscribe();
        geometry.dispose();
    }

    /** Padding, stride and dilation, placed by the workspace on the shape line; its refusals show here. */
    GeometryControls geometry() {
        return geometry;
    }

    /** A new document: entries refused in the old one and their message go. */
    void forgetMessages() {
        grid.forgetInvalid(workspace.state().kernel());
        bank.forgetInvalid(workspace.state());
        setBiasInvalid(false);
        bias.setText(NumberEntry.editable(workspace.state().bias()));
        message.set("");
    }

    KernelGrid grid() {
        return grid;
    }

    /** The bank's editors, shown while the workspace has several channels. */
    KernelBankGrid bank() {
        return bank;
    }

    private MenuButton presets() {
        MenuButton menu = Controls.withTip(new MenuButton(), texts, "kernel.presets");
        menu.setId("kernel-presets");
        for (KernelPreset p : KernelPreset.values()) {
            Label name = Controls.label(texts.get("kernel.preset." + p.key()), "preset-name");
            Label line = Controls.label(texts.get("kernel.preset." + p.key() + ".about"), "preset-line");
            VBox content = new VBox(name, line);
            content.setId("kernel-preset-" + p.key());
            CustomMenuItem item = new CustomMenuItem(content);
            item.setOnAction(e -> {
                chosen = p.key();
                workspace.change("edit.kernelPreset", st -> st.withEachKernel(k -> p.kernel()));
                // choosing the preset the kernel already is changes nothing but the explanation
                describe(workspace.state().kernel());
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private void resize() {
        if (!updating && rows.getValue() != null && cols.getValue() != null) {
            workspace.change("edit.kernelSize", st -> st.withEachKernel(k -> Reshape.resize(k, rows.getValue(),
                    cols.getValue())));
        }
    }

    private void commitBias() {
        String shownText = NumberEntry.editable(workspace.state().bias());
        if (bias.getText().equals(shownText)) {
            setBiasInvalid(false);
            return;
        }
        float v = NumberEntry.parse(bias.getText());
        if (Float.isNaN(v)) {
            setBiasInvalid(true);
            message.set(texts.format(NumberEntry.tooLarge(bias.getText()) ? "bias.tooLarge" : "bias.invalid",
                    bias.getText().trim(), shownText));
            return;
        }
        setBiasInvalid(false);
        workspace.change("edit.bias", st -> st.withBias(v));
        bias.setText(NumberEntry.editable(workspace.state().bias()));
    }

    private void setBiasInvalid(boolean invalid) {
        PseudoClass pc = KernelGrid.INVALID;
        if (bias.getPseudoClassStates().contains(pc) && !invalid) {
            message.set("");
        }
        bias.pseudoClassStateChanged(pc, invalid);
    }

    private void show(WorkspaceState s) {
        updating = true;
        try {
            rows.getValueFactory().setValue(s.kernel().numRows);
            cols.getValueFactory().setValue(s.kernel().numCols);
        } finally {
            updating = false;
        }
        boolean single = s.singleChannel();
        if (single) {
            getStyleClass().remove("bank");
        } else if (!getStyleClass().contains("bank")) {
            getStyleClass().add("bank");
        }
        biasRow.setVisible(single);
        biasRow.setManaged(single);
        if (single) {
            gridScroll.setContent(grid);
            gridScroll.prefViewportWidthProperty().unbind();
            gridScroll.prefViewportHeightProperty().unbind();
            gridScroll.setPrefViewportWidth(1);
            gridScroll.setPrefViewportHeight(0);
            grid.show(s.kernel());
            if (!bias.getPseudoClassStates().contains(KernelGrid.INVALID)) {
                bias.setText(NumberEntry.editable(s.bias()));
            }
            describe(s.kernel());
            shape.setText(texts.format("kernel.shape", Shapes.of(s.kernel()).replace('x', '\u00d7'),
                    NumberEntry.editable(s.bias())));
        } else {
            // the bank's editors replace the single kernel's, and the chapter's kernel goes out of the scene
            gridScroll.setContent(bank);
            bank.show(s);
            // the panel asks for the bank's width (the row gives it at most its share): it changes with
            // the channel counts and the kernel's shape, not with the values typed
            if (!gridScroll.prefViewportWidthProperty().isBound()) {
                gridScroll.prefViewportWidthProperty().bind(Bindings.createDoubleBinding(() -> bank.prefWidth(-1),
                        bank.layoutBoundsProperty()));
                // the bank asks for its whole height too; the panel's spacer gives way, and a bank taller
                // than the panel scrolls
                gridScroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                        () -> bank.prefHeight(-1), bank.layoutBoundsProperty()));
            }
            about.setText("");
            about.setTooltip(null);
            shape.setText(texts.format("kernel.shape.bank", s.outputChannels() + "\u00d7" + s.inputChannels()
                    + "\u00d7" + Shapes.of(s.kernel()).replace('x', '\u00d7'), s.outputChannels()));
        }
    }

    /**
     * Names the preset the kernel is: a preset just chosen from the menu is explained, one the
     * kernel merely is gets its name in one line, any other kernel nothing.
     */
    private void describe(FMatrixRMaj k) {
        if (!workspace.state().singleChannel()) {
            // a bank holds many kernels: the row and column heads say what each is, no one preset's name
            about.setText("");
            about.setTooltip(null);
            return;
        }
        String preset = presetOf(k);
        String name = preset == null ? "" : texts.get("kernel.preset." + preset);
        String explained = preset == null ? "" : name + ": " + texts.get("kernel.preset." + preset + ".about");
        about.setText(preset != null && preset.equals(chosen) ? explained : name);
        about.setTooltip(preset == null ? null : Controls.tip(explained));
    }

    /**
     * The key of the preset the kernel is, or null for any other kernel. Read from the kernel
     * itself, so a flip, a transpose, a resize, a paste or an undo never leaves a stale name.
     */
    private static String presetOf(FMatrixRMaj k) {
        for (KernelPreset p : KernelPreset.values()) {
            FMatrixRMaj preset = p.kernel();
            if (preset.numRows == k.numRows && preset.numCols == k.numCols
                    && Arrays.equals(preset.data, 0, preset.getNumElements(), k.data, 0, k.getNumElements())) {
                return p.key();
            }
        }
        return null;
    }
}
