package org.convlab.ui.workspace;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.core.ConvGeometry;
import org.convlab.core.Shapes;
import org.convlab.model.LiveOutput;
import org.convlab.model.ShapeFormula;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.heatmap.CellColors;
import org.convlab.ui.heatmap.ChannelTiles;
import org.convlab.ui.heatmap.ColorLegend;
import org.convlab.ui.heatmap.DivergingColormap;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.Texts;

/**
 * The output Y as live heatmaps, one per output channel, each with its own color scale, or the
 * reason there is no Y.
 */
final class OutputPanel extends VBox {
    private final Texts texts;
    private final ChannelTiles tiles = new ChannelTiles(o -> {
        HeatmapView view = new HeatmapView();
        view.setId(o == 0 ? "output-heatmap" : "output-heatmap-" + o);
        view.setCentered(true);
        view.setFocusTraversable(true);
        view.setMaxCellEms(WorkspaceView.MAX_CELL_EMS);
        return view;
    });
    private final Label problem = Controls.label("", "output-problem");
    private final ColorLegend legend = new ColorLegend(9);
    private final Label shape = Controls.label("", "shape-caption");
    private final Label title;

    OutputPanel(Texts texts) {
        this.texts = texts;
        getStyleClass().addAll("panel", "output-panel");
        problem.setId("output-message");
        problem.setWrapText(true);
        problem.setVisible(false);
        // hidden, it takes no room: its many wrapped lines would set the panel's height for nothing
        problem.managedProperty().bind(problem.visibleProperty());
        StackPane stack = new StackPane(tiles, problem);
        stack.getStyleClass().add("output-stack");
        VBox.setVgrow(stack, Priority.ALWAYS);
        shape.setId("output-panel-shape");
        title = Controls.title(texts.get("output.title"));
        getChildren().addAll(title, stack, legend, Controls.caption(shape));
    }

    /** Output channel 0's heatmap, the whole of Y in a one-channel workspace. */
    HeatmapView view() {
        return tiles.view(0);
    }

    /** One heatmap per output channel. */
    ChannelTiles tiles() {
        return tiles;
    }

    Label problem() {
        return problem;
    }

    void show(LiveOutput.Result r) {
        WorkspaceState s = r.state();
        int channels = s.outputChannels();
        tiles.setCount(channels);
        // several channels: the sum over input channels written in the title, as D2L 6.4 writes it
        title.setText(texts.get(s.singleChannel() ? "output.title" : "output.title.channels"));
        if (r.hasOutput()) {
            CellColors colors = null;
            for (int o = 0; o < channels; o++) {
                double max = DivergingColormap.scaleFor(r.output(o), 0);
                // An all-zero Y is drawn white on the unit scale rather than on a scale of nothing.
                colors = new CellColors.Signed(max > 0 ? max : 1);
                // each output channel on its own scale, so a faint channel is not drawn white beside a strong one
                tiles.show(o, texts.format("output.channel", o), r.output(o), colors);
            }
            legend.show(colors);
            problem.setVisible(false);
            problem.setText("");
            String size = Shapes.of(r.output()).replace('x', '\u00d7');
            shape.setText(channels == 1 ? texts.format("output.shape", size)
                    : texts.format("output.shape.channels", channels + "\u00d7" + size));
        } else {
            for (int o = 0; o < channels; o++) {
                tiles.show(o, texts.format("output.channel", o), null, new CellColors.Signed(1));
            }
            problem.setText(tooLarge(s));
            problem.setVisible(true);
            shape.setText(texts.get("output.shape.none"));
        }
        legend.setVisible(channels == 1);
        legend.setManaged(channels == 1);
    }

    private String tooLarge(WorkspaceState s) {
        if (!s.geometry().isValid()) {
            ConvGeometry g = s.geometry();
            return texts.format("output.empty.geometry", (s.kernel().numRows - 1) * g.dilationRows() + 1,
                    (s.kernel().numCols - 1) * g.dilationCols() + 1, s.input().numRows + 2 * g.padRows(),
                    s.input().numCols + 2 * g.padCols(), ShapeFormula.rows(s), ShapeFormula.cols(s));
        }
        int h = s.kernel().numRows;
        int w = s.kernel().numCols;
        int rows = s.input().numRows;
        int cols = s.input().numCols;
        String key = h > rows && w > cols ? "output.tooLarge.both" : h > rows ? "output.tooLarge.tall"
                : "output.tooLarge.wide";
        return texts.format(key, h + "\u00d7" + w, rows + "\u00d7" + cols, Math.min(h, rows) + "\u00d7"
                + Math.min(w, cols));
    }
}
