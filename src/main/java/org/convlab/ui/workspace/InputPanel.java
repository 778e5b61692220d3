package org.convlab.ui.workspace;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SegmentedButton;
import org.convlab.core.InputPreset;
import org.convlab.core.Reshape;
import org.convlab.core.Shapes;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.ValueText;
import org.convlab.ui.heatmap.CellColors;
import org.convlab.ui.heatmap.ChannelTiles;
import org.convlab.ui.heatmap.ColorLegend;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * The input X: painting tools, size, presets, transpose, clear, image import, channels, and one
 * paintable heatmap per channel. Size, presets, transpose and clear apply to every channel.
 */
final class InputPanel extends VBox {
    /** Import: a picture small enough to paint on, or a large one to look at (sizes over 64 are for viewing). */
    private MenuButton importMenu() {
        MenuItem paint = new MenuItem(texts.get("input.import.paint"));
        paint.setId("input-import-paint");
        paint.setOnAction(e -> imageImport.choose(getScene().getWindow(), ImageImport.MAX_SIDE));
        MenuItem view = new MenuItem(texts.get("input.import.view"));
        view.setId("input-import-view");
        view.setOnAction(e -> imageImport.choose(getScene().getWindow(), ImageImport.MAX_VIEW_SIDE));
        MenuItem color = new MenuItem(texts.get("input.import.color"));
        color.setId("input-import-color");
        color.setOnAction(e -> imageImport.chooseColor(getScene().getWindow()));
        MenuButton menu = new MenuButton(texts.get("input.import"), null, paint, view, color);
        menu.setId("input-import");
        menu.setTooltip(Controls.tip(texts.get("input.import.tooltip")));
        return menu;
    }

    /** The largest side the size spinners offer for painting; imported images may be larger. */
    private static final int PAINT_MAX_SIDE = 64;
    private final Workspace workspace;
    private final Texts texts;
    private final ChannelTiles tiles;
    private final ToggleButton brushTool;
    private final Slider brush = new Slider(-1, 1, 1);
    private final Spinner<Integer> rows;
    private final Spinner<Integer> cols;
    private final Label shape = Controls.label("", "shape-caption");
    private final Label message = Controls.label("", "message-info");
    private final ColorLegend legend = new ColorLegend(9);
    private final Label negative = Controls.label("", "legend-note");
    private final ImageImport imageImport;
    private final Subscription watching;
    private final FlowPane toolStrip;
    private boolean updating;

    InputPanel(Workspace workspace, Texts texts) {
        this.workspace = workspace;
        this.texts = texts;
        getStyleClass().addAll("panel", "input-panel");
        imageImport = new ImageImport(workspace, texts, this::info, this::error);

        brushTool = Controls.withTip(new ToggleButton(), texts, "input.tool.brush");
        ToggleButton eraser = Controls.withTip(new ToggleButton(), texts, "input.tool.eraser");
        brushTool.setId("tool-brush");
        eraser.setId("tool-eraser");
        SegmentedButton tools = new SegmentedButton(brushTool, eraser);
        brushTool.setSelected(true);
        // One tool is always chosen: clicking the chosen one again keeps it.
        tools.getToggleGroup().selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true);
            }
        });
        brush.setId("brush-value");
        brush.setMajorTickUnit(1);
        brush.setMinorTickCount(3);
        brush.setSnapToTicks(true);
        brush.setBlockIncrement(0.25);
        brush.setTooltip(Controls.tip(texts.get("input.brush.tooltip")));
        Label brushValue = Controls.label("", "brush-value");
        brushValue.textProperty().bind(brush.valueProperty().asString("%.2f"));
        brushValue.setMinWidth(Region.USE_PREF_SIZE);

        WorkspaceState s = workspace.state();
        rows = Controls.sizeSpinner(Math.max(PAINT_MAX_SIDE, s.input().numRows), s.input().numRows, texts,
                "input.rows.tooltip");
        cols = Controls.sizeSpinner(Math.max(PAINT_MAX_SIDE, s.input().numCols), s.input().numCols, texts,
                "input.cols.tooltip");
        rows.setId("input-rows");
        cols.setId("input-cols");
        rows.valueProperty().addListener((o, a, b) -> resize());
        cols.valueProperty().addListener((o, a, b) -> resize());

        // X's tools run in one strip across the workspace, above the panels: in the narrow panel they took
        // so many rows that X was left a thumbnail beside a large Y
        Label stripTitle = Controls.label(texts.get("input.title"), "tool-strip-title");
        toolStrip = new FlowPane(stripTitle, tools, Controls.label(texts.get("input.brush"), "tool-label"), brush,
                brushValue, Controls.label(texts.get("input.size"), "tool-label"), rows,
                Controls.label("\u00d7", "tool-label"), cols, presets(),
                Controls.button(texts, "input.transpose", () -> workspace.change("edit.inputTranspose",
                        st -> st.withEachInput(Reshape::transpose))),
                Controls.button(texts, "input.clear", () -> workspace.change("edit.inputClear",
                        st -> st.withEachInput(x -> new FMatrixRMaj(x.numRows, x.numCols)))),
                importMenu(), new ChannelMenu(workspace, texts));
        toolStrip.getStyleClass().addAll("toolbar", "tool-strip");

        tiles = new ChannelTiles(c -> {
            HeatmapView view = new HeatmapView();
            view.setId(c == 0 ? "input-heatmap" : "input-heatmap-" + c);
            view.setCentered(true);
            view.setMaxCellEms(WorkspaceView.MAX_CELL_EMS);
            view.setFocusTraversable(true);
            new InputPainter(view, c, workspace, () -> brushTool.isSelected() ? brush.getValue() : 0);
            return view;
        });
        VBox.setVgrow(tiles, Priority.ALWAYS);

        message.setId("input-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        legend.setId("input-legend");
        negative.setId("input-negative");
        // always in place with a text of about the same length: a note appearing mid-stroke must not
        // move the cells under the brush
        Controls.caption(negative);
        getChildren().addAll(Controls.title(texts.get("input.title")), tiles, legend, negative, Controls.caption(shape),
                message);
        // a message about X (an import, a refused file) is about the X it was said of: another X,
        // painted, chosen or a new document's, makes it stale, on screen and in exported pictures
        watching = workspace.stateProperty().subscribe((before, after) -> {
            if (!after.inputs().equals(before.inputs())) {
                clearMessage();
            }
        });
        show(s);
    }

    /** Stops following the workspace. */
    void dispose() {
        watching.unsubscribe();
    }

    /** Hides the message under X. */
    void clearMessage() {
        message.setVisible(false);
        message.setText("");
    }

    /** The strip of X's painting and editing tools, shown above the panels. */
    FlowPane toolStrip() {
        return toolStrip;
    }

    /** Input channel 0's heatmap, the whole of X in a one-channel workspace. */
    HeatmapView view() {
        return tiles.view(0);
    }

    /** One heatmap per input channel. */
    ChannelTiles tiles() {
        return tiles;
    }

    ImageImport imageImport() {
        return imageImport;
    }

    /** Shows X; called at most once a frame while the user paints. */
    void show(WorkspaceState s) {
        FMatrixRMaj x = s.input();
        int channels = s.inputChannels();
        tiles.setCount(channels);
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        CellColors.Gray gray = null;
        for (int c = 0; c < channels; c++) {
            tiles.view(c).setBorder(s.geometry().padRows(), s.geometry().padCols());
            // an image, in gray levels as the chapter draws it: 0 black, 1 white; each channel on its own range
            gray = CellColors.Gray.of(s.input(c));
            tiles.show(c, texts.format("input.channel", c, s.channelNames().get(c)), s.input(c), gray);
            low = Math.min(low, (float) gray.low());
            high = Math.max(high, (float) gray.high());
        }
        // several channels carry a legend each; one channel keeps the panel's own
        legend.setVisible(channels == 1);
        legend.setManaged(channels == 1);
        legend.show(gray);
        negative.setText(low < 0 ? texts.format("input.legend.negative", ValueText.result(low),
                ValueText.result(high))
                : high > 1 ? texts.format("input.legend.wide", ValueText.result(high))
                : texts.get("input.legend.gray"));
        updating = true;
        try {
            syncSpinner(rows, x.numRows);
            syncSpinner(cols, x.numCols);
        } finally {
            updating = false;
        }
        String size = Shapes.of(x).replace('x', '\u00d7');
        shape.setText(channels == 1 ? texts.format("input.shape", size)
                : texts.format("input.shape.channels", channels + "\u00d7" + size));
    }

    private MenuButton presets() {
        MenuButton menu = Controls.withTip(new MenuButton(), texts, "input.presets");
        menu.setId("input-presets");
        for (InputPreset p : InputPreset.values()) {
            String key = "input.preset." + p.name().toLowerCase(java.util.Locale.ROOT);
            MenuItem item = new MenuItem(texts.get(key));
            item.setId(key.replace('.', '-'));
            item.setOnAction(e -> workspace.change("edit.inputPreset", st -> {
                long seed = System.nanoTime();
                WorkspaceState next = st.withEachInput(x -> p.create(x.numRows, x.numCols, seed));
                return p.chapterKernel() == null ? next : next.withEachKernel(k -> p.chapterKernel());
            }));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void resize() {
        if (!updating && rows.getValue() != null && cols.getValue() != null) {
            workspace.change("edit.inputSize", st -> st.withEachInput(x -> Reshape.resize(x, rows.getValue(),
                    cols.getValue())));
        }
    }

    private static void syncSpinner(Spinner<Integer> spinner, int value) {
        IntegerSpinnerValueFactory f = (IntegerSpinnerValueFactory) spinner.getValueFactory();
        f.setMax(Math.max(PAINT_MAX_SIDE, value));
        Controls.fitDigits(spinner, f.getMax());
        f.setValue(value);
    }

    private void info(String text) {
        message.getStyleClass().setAll("label", "message-info");
        message.setText(text);
        message.setVisible(true);
    }

    private void error(String text) {
        message.getStyleClass().setAll("label", "message-error");
        message.setText(text);
        message.setVisible(true);
    }
}
