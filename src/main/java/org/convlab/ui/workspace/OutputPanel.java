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
import org.convlab.ui.heatmap.ColorLegend;
import org.convlab.ui.heatmap.DivergingColormap;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.Texts;

/** The output Y as a live heatmap with its color scale, or the reason there is no Y. */
final class OutputPanel extends VBox {
    private final Texts texts;
    private final HeatmapView view = new HeatmapView();
    private final Label problem = Controls.label("", "output-problem");
    private final ColorLegend legend = new ColorLegend(9);
    private final Label shape = Controls.label("", "shape-caption");

    OutputPanel(Texts texts) {
        this.texts = texts;
        getStyleClass().addAll("panel", "output-panel");
        view.setId("output-heatmap");
        view.setCentered(true);
        view.setFocusTraversable(true);
        view.setMaxCellEms(WorkspaceView.MAX_CELL_EMS);
        problem.setId("output-message");
        problem.setWrapText(true);
        problem.setVisible(false);
        // hidden, it takes no room: its many wrapped lines would set the panel's height for nothing
        problem.managedProperty().bind(problem.visibleProperty());
        StackPane stack = new StackPane(view, problem);
        stack.getStyleClass().add("output-stack");
        VBox.setVgrow(stack, Priority.ALWAYS);
        shape.setId("output-panel-shape");
        getChildren().addAll(Controls.title(texts.get("output.title")), stack, legend, Controls.caption(shape));
    }

    HeatmapView view() {
        return view;
    }

    Label problem() {
        return problem;
    }

    void show(LiveOutput.Result r) {
        WorkspaceState s = r.state();
        if (r.hasOutput()) {
            double max = DivergingColormap.scaleFor(r.output(), 0);
            // An all-zero Y is drawn white on the unit scale rather than on a scale of nothing.
            double scale = max > 0 ? max : 1;
            view.show(r.output(), scale);
            legend.show(new CellColors.Signed(scale));
            problem.setVisible(false);
            problem.setText("");
            shape.setText(texts.format("output.shape", Shapes.of(r.output()).replace('x', '\u00d7')));
        } else {
            view.show(null, 1);
            problem.setText(tooLarge(s));
            problem.setVisible(true);
            shape.setText(texts.get("output.shape.none"));
        }
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
