package org.convlab.ui.workspace;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.core.CorrelationMatrix;
import org.convlab.model.LiveOutput;
import org.convlab.model.ValueText;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.heatmap.CellColors;
import org.convlab.ui.heatmap.DivergingColormap;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * Cross-correlation as a matrix multiplication: W · vec(X) = vec(Y), drawn as three heatmaps, with
 * the row of the explained output cell and the column of the explained input cell outlined. Only
 * small outputs are drawn; for larger ones a sentence says why. A state of several channels is
 * drawn as the bank's product instead ({@link BankProduct}).
 *
 * <p>The three share one cell size, large enough for their numbers, so that row r of W sits beside
 * row r of vec(Y); what does not fit scrolls. Pointing at a cell of W names it and its value.
 */
final class MatrixView extends HBox {
    /** The most output cells (rows of W) drawn. */
    static final int MAX_OUTPUT_CELLS = 64;
    /** The most input cells (columns of W) drawn. */
    static final int MAX_INPUT_CELLS = 1024;
    /** The side of a cell, in em: the numbers in it are readable and follow zoom. */
    private static final double CELL_EMS = 1.8;
    private final Texts texts;
    private final HeatmapView w = vector("matrix-heatmap");
    private final HeatmapView vecX = vector("matrix-vec-x");
    private final HeatmapView vecY = vector("matrix-vec-y");
    private final HBox product;
    private final BankProduct bank;
    private final Label text = Controls.label("", "matrix-text");
    private WorkspaceState state;
    private FMatrixRMaj weights;

    MatrixView(Texts texts) {
        this.texts = texts;
        getStyleClass().add("matrix-view");
        text.setId("matrix-text");
        text.setWrapText(true);
        product = new HBox(labelled(w, "W"), Controls.label("\u00b7", "matrix-operator"), labelled(vecX, "vec(X)"),
                Controls.label("=", "matrix-operator"), labelled(vecY, "vec(Y)"));
        product.getStyleClass().add("matrix-product");
        product.setId("matrix-product");
        product.setAlignment(Pos.TOP_LEFT);
        bank = new BankProduct(texts, text::setText);
        bank.setVisible(false);
        bank.setManaged(false);
        ScrollPane scroll = new ScrollPane(new VBox(product, bank));
        scroll.getStyleClass().add("matrix-scroll");
        // the tab's height comes from the stylesheet; the product scrolls inside it rather than set it
        scroll.setPrefViewportHeight(1);
        scroll.setPrefViewportWidth(1);
        scroll.visibleProperty().bind(product.visibleProperty().or(bank.visibleProperty()));
        scroll.managedProperty().bind(scroll.visibleProperty());
        // the product takes the width the sentence (a column of its own width, from the stylesheet) leaves:
        // a sentence that grew instead squeezed W into a sliver beside one long line
        HBox.setHgrow(scroll, Priority.ALWAYS);
        text.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(scroll, text);
        w.hoveredProperty().addListener((o, a, cell) -> pointAt(cell));
    }

    /** A cell of W under the pointer: its row and column outlined, its value and meaning written out. */
    private void pointAt(GridCell cell) {
        if (weights == null || cell == null) {
            explain(null, null);
            return;
        }
        int outCols = state.input().numCols - state.kernel().numCols + 1;
        int inCols = state.input().numCols;
        w.highlightsProperty().set(List.of(new CellRange(cell.row(), 0, 1, weights.numCols, false),
                new CellRange(0, cell.column(), weights.numRows, 1, false),
                new CellRange(cell.row(), cell.column(), 1, 1, true)));
        vecY.highlightsProperty().set(List.of(new CellRange(cell.row(), 0, 1, 1, true)));
        vecX.highlightsProperty().set(List.of(new CellRange(cell.column(), 0, 1, 1, true)));
        text.setText(texts.format("matrix.cell", cell.row(), cell.column(),
                ValueText.result(weights.get(cell.row(), cell.column())), cell.row() / outCols,
                cell.row() % outCols, cell.column() / inCols, cell.column() % inCols));
    }

    void show(LiveOutput.Result r) {
        state = r.state();
        weights = null;
        boolean channels = !state.singleChannel() && r.hasOutput();
        if (channels) {
            String refusal = bank.show(r);
            if (refusal != null) {
                text.setText(refusal);
                channels = false;
            }
        } else if (r.hasOutput()) {
            int outputs = r.output().getNumElements();
            int inputs = state.input().getNumElements();
            if (outputs <= MAX_OUTPUT_CELLS && inputs <= MAX_INPUT_CELLS) {
                weights = CorrelationMatrix.of(state.input().numRows, state.input().numCols, state.kernel(),
                        state.geometry());
                w.show(weights, DivergingColormap.scaleFor(weights, 1e-6));
                FMatrixRMaj x = column(state.input());
                vecX.show(x, CellColors.Gray.of(x));
                FMatrixRMaj y = column(r.output());
                double max = DivergingColormap.scaleFor(y, 0);
                vecY.show(y, max > 0 ? max : 1);
            } else {
                text.setText(texts.format("matrix.tooLarge", outputs, inputs, MAX_OUTPUT_CELLS, MAX_INPUT_CELLS));
            }
        } else {
            text.setText(texts.get("matrix.none"));
        }
        product.setVisible(weights != null);
        product.setManaged(weights != null);
        bank.setVisible(channels);
        bank.setManaged(channels);
        explain(null, null);
    }

    /** Outlines the row of an output cell and the column of an input cell (either may be null). */
    void explain(GridCell output, GridCell input) {
        explain(output, 0, input);
    }

    /**
     * Outlines what an output cell (of any output channel) or a cell of input channel c joins in the
     * product; either cell may be null.
     */
    void explain(GridCell output, int channel, GridCell input) {
        if (bank.isVisible()) {
            bank.explain(output, channel, input);
            return;
        }
        if (weights == null) {
            return;
        }
        if (output == null && input == null && w.hoveredProperty().get() != null) {
            // the pointer is on W itself: its cell stays explained
            pointAt(w.hoveredProperty().get());
            return;
        }
        int outCols = state.input().numCols - state.kernel().numCols + 1;
        String base = texts.format("matrix.about", weights.numRows, weights.numCols);
        List<CellRange> none = List.of();
        if (output != null) {
            int row = output.row() * outCols + output.column();
            w.highlightsProperty().set(List.of(new CellRange(row, 0, 1, weights.numCols, true)));
            vecY.highlightsProperty().set(List.of(new CellRange(row, 0, 1, 1, true)));
            vecX.highlightsProperty().set(none);
            text.setText(base + "\n" + texts.format("matrix.row", row, output.row(), output.column()));
        } else if (input != null) {
            int col = input.row() * state.input().numCols + input.column();
            w.highlightsProperty().set(List.of(new CellRange(0, col, weights.numRows, 1, true)));
            vecX.highlightsProperty().set(List.of(new CellRange(col, 0, 1, 1, true)));
            vecY.highlightsProperty().set(none);
            text.setText(base + "\n" + texts.format("matrix.column", col, input.row(), input.column()));
        } else {
            w.highlightsProperty().set(none);
            vecX.highlightsProperty().set(none);
            vecY.highlightsProperty().set(none);
            text.setText(base);
        }
    }

    static HeatmapView vector(String id) {
        HeatmapView v = new HeatmapView();
        v.setId(id);
        v.setMaxCellEms(CELL_EMS);
        // never squeezed below its cells' size: the scroll pane around the product makes room
        v.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return v;
    }

    private static VBox labelled(HeatmapView view, String name) {
        Label label = Controls.label(name, "matrix-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(label, view);
        box.getStyleClass().add("matrix-part");
        return box;
    }

    /** The matrix read row by row into one column, as vec does. */
    private static FMatrixRMaj column(FMatrixRMaj m) {
        FMatrixRMaj v = new FMatrixRMaj(m.getNumElements(), 1);
        System.arraycopy(m.data, 0, v.data, 0, m.getNumElements());
        return v;
    }
}
