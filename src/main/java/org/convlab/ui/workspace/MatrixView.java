package org.convlab.ui.workspace;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.convlab.core.CorrelationMatrix;
import org.convlab.model.LiveOutput;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.DivergingColormap;
import org.convlab.ui.GridCell;
import org.convlab.ui.HeatmapView;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * Cross-correlation as a matrix multiplication: the matrix W with vec(Y) = W vec(X), the row of the
 * explained output cell and the column of the explained input cell outlined. Only small outputs
 * are shown; for larger ones a sentence says why.
 */
final class MatrixView extends HBox {
    /** The most output cells (rows of W) drawn. */
    static final int MAX_OUTPUT_CELLS = 64;
    /** The most input cells (columns of W) drawn. */
    static final int MAX_INPUT_CELLS = 1024;
    private final Texts texts;
    private final HeatmapView view = new HeatmapView();
    private final Label text = Controls.label("", "matrix-text");
    private WorkspaceState state;
    private FMatrixRMaj w;

    MatrixView(Texts texts) {
        this.texts = texts;
        getStyleClass().add("matrix-view");
        view.setId("matrix-heatmap");
        view.setMaxCellSize(14);
        text.setId("matrix-text");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(view, text);
    }

    void show(LiveOutput.Result r) {
        state = r.state();
        w = null;
        if (r.hasOutput()) {
            int outputs = r.output().getNumElements();
            int inputs = state.input().getNumElements();
            if (outputs <= MAX_OUTPUT_CELLS && inputs <= MAX_INPUT_CELLS) {
                w = CorrelationMatrix.of(state.input().numRows, state.input().numCols, state.kernel());
            } else {
                text.setText(texts.format("matrix.tooLarge", outputs, inputs, MAX_OUTPUT_CELLS, MAX_INPUT_CELLS));
            }
        } else {
            text.setText(texts.get("matrix.none"));
        }
        view.setVisible(w != null);
        view.setManaged(w != null);
        if (w != null) {
            view.show(w, DivergingColormap.scaleFor(w, 1e-6));
        }
        explain(null, null);
    }

    /** Outlines the row of an output cell and the column of an input cell (either may be null). */
    void explain(GridCell output, GridCell input) {
        if (w == null) {
            return;
        }
        int outCols = state.input().numCols - state.kernel().numCols + 1;
        int inCols = state.input().numCols;
        String base = texts.format("matrix.about", w.numRows, w.numCols);
        if (output != null) {
            int row = output.row() * outCols + output.column();
            view.highlightsProperty().set(List.of(new HeatmapView.CellRange(row, 0, 1, w.numCols, true)));
            text.setText(base + "\n" + texts.format("matrix.row", row, output.row(), output.column()));
        } else if (input != null) {
            int col = input.row() * inCols + input.column();
            view.highlightsProperty().set(List.of(new HeatmapView.CellRange(0, col, w.numRows, 1, true)));
            text.setText(base + "\n" + texts.format("matrix.column", col, input.row(), input.column()));
        } else {
            view.highlightsProperty().set(List.of());
            text.setText(base);
        }
    }
}
