package org.convlab.ui.workspace;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Reshape;
import org.convlab.model.PoolingStage;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;

/**
 * The pooling stage's controls (D2L 6.5, PyTorch's {@code nn.MaxPool2d} and {@code nn.AvgPool2d}
 * rules): on or off, the window, its stride and padding, max or average, the section's
 * demonstration in one click and the one-pixel shift of X it makes. Every change is one undoable
 * step; a window PyTorch refuses (padding more than half of it) is refused with its reason.
 */
final class PoolingControls extends VBox {
    /** Spinners go up to this: a window larger than Y gives no Z, and the stage is for small examples. */
    static final int MAX = 8;
    /** Wide enough for the switch and both buttons on one row. */
    private static final double WIDE = 4000;
    /** While the stage is on the actions wrap to the settings' width, beside Z. */
    private static final double NARROW = 400;
    private final Workspace workspace;
    private final Texts texts;
    private final CheckBox on;
    private final Spinner<Integer> rows;
    private final Spinner<Integer> cols;
    private final Spinner<Integer> strideRows;
    private final Spinner<Integer> strideCols;
    private final Spinner<Integer> padRows;
    private final Spinner<Integer> padCols;
    private final ToggleButton max;
    private final ToggleButton avg;
    private final Label message = Controls.label("", "pooling-message");
    private final GridPane settings;
    private final FlowPane actions;
    private final Subscription watching;
    private boolean updating;
    private Runnable beforeShift = () -> { };

    PoolingControls(Workspace workspace, Texts texts) {
        this.workspace = workspace;
        this.texts = texts;
        getStyleClass().add("pooling-controls");
        PoolingStage p = workspace.state().pooling();
        on = Controls.withTip(new CheckBox(), texts, "pooling.on");
        on.setId("pooling-on");
        on.setSelected(p.on());
        on.selectedProperty().addListener((o, a, b) -> apply());
        rows = spinner(1, p.window().rows(), "pooling-rows", "pooling.window.tooltip");
        cols = spinner(1, p.window().cols(), "pooling-cols", "pooling.window.tooltip");
        strideRows = spinner(1, p.window().strideRows(), "pooling-stride-rows", "pooling.stride.tooltip");
        strideCols = spinner(1, p.window().strideCols(), "pooling-stride-cols", "pooling.stride.tooltip");
        padRows = spinner(0, p.window().padRows(), "pooling-padding-rows", "pooling.padding.tooltip");
        padCols = spinner(0, p.window().padCols(), "pooling-padding-cols", "pooling.padding.tooltip");
        ToggleGroup modes = new ToggleGroup();
        max = Controls.withTip(new ToggleButton(), texts, "pooling.max");
        max.setId("pooling-max");
        avg = Controls.withTip(new ToggleButton(), texts, "pooling.avg");
        avg.setId("pooling-avg");
        max.setToggleGroup(modes);
        avg.setToggleGroup(modes);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                // a mode is always chosen: clicking the chosen one again keeps it
                (a == null ? max : a).setSelected(true);
            } else {
                apply();
            }
        });
        HBox modeButtons = new HBox(max, avg);
        modeButtons.getStyleClass().add("pooling-pair");
        // two columns keep the panel short: the explanation tab it sits in must fit under X | K | Y
        settings = new GridPane();
        settings.addRow(0, pair("pooling.window", rows, cols), pair("pooling.stride", strideRows, strideCols));
        settings.addRow(1, pair("pooling.padding", padRows, padCols), modeButtons);
        settings.getStyleClass().add("pooling-settings");
        Button demo = Controls.button(texts, "pooling.demo", this::demonstrate);
        Button shift = Controls.button(texts, "pooling.shift", this::shift);
        message.setId("pooling-message");
        Controls.caption(message);
        // an empty message takes no room
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        // while the stage is off the panel is one row: the switch and the demonstration
        actions = new FlowPane(on, demo, shift);
        actions.getStyleClass().add("toolbar");
        getChildren().addAll(actions, settings, message);
        watching = workspace.stateProperty().subscribe((a, b) -> show(b));
        show(workspace.state());
    }

    /** Stops following the workspace. */
    void dispose() {
        watching.unsubscribe();
    }

    /** Runs just before the shift edits X, so the panel can keep the Y and Z it is compared with. */
    void setBeforeShift(Runnable action) {
        beforeShift = action;
    }

    private Spinner<Integer> spinner(int min, int value, String id, String tooltipKey) {
        Spinner<Integer> s = Controls.countSpinner(min, MAX, value, texts, tooltipKey);
        s.setId(id);
        s.valueProperty().addListener((o, a, b) -> apply());
        return s;
    }

    private HBox pair(String key, Spinner<Integer> first, Spinner<Integer> second) {
        HBox pair = new HBox(Controls.label(texts.get(key), "tool-label"), first, Controls.label(",", "tool-label"),
                second);
        pair.getStyleClass().add("pooling-pair");
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private void apply() {
        if (updating) {
            return;
        }
        PoolWindow window;
        try {
            window = new PoolWindow(rows.getValue(), cols.getValue(), strideRows.getValue(), strideCols.getValue(),
                    padRows.getValue(), padCols.getValue());
        } catch (IllegalArgumentException e) {
            message.setText(texts.format("pooling.paddingTooLarge", padRows.getValue(), padCols.getValue(),
                    rows.getValue(), cols.getValue(), rows.getValue() / 2, cols.getValue() / 2));
            show(workspace.state());
            return;
        }
        message.setText("");
        PoolingStage next = new PoolingStage(on.isSelected(), window, avg.isSelected() ? PoolMode.AVG : PoolMode.MAX);
        workspace.change("edit.pooling", s -> s.withPooling(next));
    }

    /** The section's demonstration: the edge image, [1, -1], and 2x2 max pooling with stride 1. */
    private void demonstrate() {
        message.setText("");
        workspace.change("edit.poolingDemo", s -> new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0f,
                ConvGeometry.VALID, new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.MAX)));
    }

    /** Moves X one pixel right, as torch.roll does: the edges in X move, and with them Y's. */
    private void shift() {
        beforeShift.run();
        workspace.change("edit.shiftInput", s -> s.withEachInput(x -> Reshape.rollColumns(x, 1)));
    }

    private void show(WorkspaceState s) {
        updating = true;
        try {
            PoolingStage p = s.pooling();
            on.setSelected(p.on());
            rows.getValueFactory().setValue(p.window().rows());
            cols.getValueFactory().setValue(p.window().cols());
            strideRows.getValueFactory().setValue(p.window().strideRows());
            strideCols.getValueFactory().setValue(p.window().strideCols());
            padRows.getValueFactory().setValue(p.window().padRows());
            padCols.getValueFactory().setValue(p.window().padCols());
            (p.mode() == PoolMode.MAX ? max : avg).setSelected(true);
            settings.setVisible(p.on());
            settings.setManaged(p.on());
            actions.setPrefWrapLength(p.on() ? NARROW : WIDE);
        } finally {
            updating = false;
        }
    }
}
