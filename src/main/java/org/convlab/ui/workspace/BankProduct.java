package org.convlab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ConvGeometry;
import org.convlab.core.Im2col;
import org.convlab.model.LiveOutput;
import org.convlab.model.ValueText;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;
import org.convlab.ui.heatmap.CellColors;
import org.convlab.ui.heatmap.DivergingColormap;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.ejml.data.FMatrixRMaj;

/**
 * A layer with several channels as one matrix product (D2L 6.4), drawn as three labelled heatmaps:
 * for 1x1 kernels the book's {@code K (C_out x C_in) · X (C_in x HW) = Y (C_out x HW)}, otherwise
 * {@code W (C_out x C_in kh kw) · im2col(X) (C_in kh kw x OH OW) = Y (C_out x OH OW)}. Rows and columns
 * are named by channel, tap and output row; each input channel's block is outlined. Pointing at a
 * cell of any of the three outlines the row and column it joins and says what it is.
 */
final class BankProduct extends GridPane {
    /** The most rows of the im2col matrix (input channels times kernel cells) drawn. */
    static final int MAX_TAPS = 256;
    /** The most columns (cells of Y) drawn. */
    static final int MAX_CELLS = 1024;
    /**
     * The side of a cell, in em: wide enough for a value such as -0.21 (a kernel split by the gray
     * weights, a pixel of a photo) to be written at a legible size, where the chapter's W holds small integers.
     */
    private static final double CELL_EMS = 2.8;
    private final Texts texts;
    private final Consumer<String> say;
    private final HeatmapView weights = MatrixView.vector("bank-weights");
    private final HeatmapView columns = MatrixView.vector("bank-columns");
    private final HeatmapView outputs = MatrixView.vector("bank-outputs");
    private final Label weightsName = name();
    private final Label columnsName = name();
    private final Label outputsName = name();
    private final MatrixAxis weightRows = new MatrixAxis(weights, true);
    private final MatrixAxis weightCols = new MatrixAxis(weights, false);
    private final MatrixAxis columnRows = new MatrixAxis(columns, true);
    private final MatrixAxis columnCols = new MatrixAxis(columns, false);
    private final MatrixAxis outputRows = new MatrixAxis(outputs, true);
    private final MatrixAxis outputCols = new MatrixAxis(outputs, false);
    private WorkspaceState state;
    private boolean pointwise;
    private int taps;
    private int outCols;
    private String about = "";

    /**
     * @param texts the workspace's texts
     * @param say   where the sentence about the hovered cell goes
     */
    BankProduct(Texts texts, Consumer<String> say) {
        this.texts = texts;
        this.say = say;
        getStyleClass().add("matrix-product");
        setId("bank-product");
        addColumn(0, new Region(), new Region(), weightRows);
        addColumn(1, weightsName, weightCols, weights);
        add(operator("\u00b7"), 2, 2);
        addColumn(3, new Region(), new Region(), columnRows);
        addColumn(4, columnsName, columnCols, columns);
        add(operator("="), 5, 2);
        addColumn(6, new Region(), new Region(), outputRows);
        addColumn(7, outputsName, outputCols, outputs);
        for (Node n : getChildren()) {
            GridPane.setValignment(n, VPos.TOP);
        }
        for (HeatmapView v : List.of(weights, columns, outputs)) {
            // in the scroll pane every cell keeps the size its number needs, however many there are
            v.setMaxCellEms(CELL_EMS);
            v.setFullSize(true);
        }
        weights.hoveredProperty().addListener((o, a, cell) -> pointAtWeight(cell));
        columns.hoveredProperty().addListener((o, a, cell) -> pointAtColumn(cell));
        outputs.hoveredProperty().addListener((o, a, cell) -> pointAtOutput(cell));
    }

    /**
     * Shows the product for a state of several channels and its output.
     *
     * @return null when drawn, else the sentence saying why it is not
     */
    String show(LiveOutput.Result r) {
        state = r.state();
        pointwise = ChannelCorrelation.isPointwise(state.bank(), state.geometry());
        int kh = state.kernel().numRows;
        int kw = state.kernel().numCols;
        taps = state.inputChannels() * kh * kw;
        FMatrixRMaj y0 = r.output(0);
        outCols = y0.numCols;
        int cells = y0.getNumElements();
        if (taps > MAX_TAPS || cells > MAX_CELLS) {
            return texts.format("matrix.bank.tooLarge", taps, cells, MAX_TAPS, MAX_CELLS);
        }
        FMatrixRMaj w = Im2col.weights(state.bank());
        FMatrixRMaj x = Im2col.columns(state.stack(), kh, kw, state.geometry());
        FMatrixRMaj y = new FMatrixRMaj(state.outputChannels(), cells);
        for (int o = 0; o < y.numRows; o++) {
            System.arraycopy(r.output(o).data, 0, y.data, o * cells, cells);
        }
        weights.show(w, DivergingColormap.scaleFor(w, 1e-6));
        columns.show(x, CellColors.Gray.of(x));
        double max = DivergingColormap.scaleFor(y, 0);
        outputs.show(y, max > 0 ? max : 1);
        weightsName.setText(part(pointwise ? "K" : "W", w));
        columnsName.setText(part(pointwise ? "X" : "im2col(X)", x));
        outputsName.setText(part("Y", y));
        nameAxes(kh * kw, y0.numRows);
        about = pointwise
                ? texts.format("matrix.bank.aboutPointwise", w.numRows, w.numCols, x.numCols)
                : texts.format("matrix.bank.about", w.numRows, w.numCols, state.inputChannels(), kh, kw, x.numCols);
        explain(null, -1, null);
        return null;
    }

    private void nameAxes(int block, int outRowCount) {
        List<MatrixAxis.Run> channels = new ArrayList<>();
        for (int c = 0; c < state.inputChannels(); c++) {
            channels.add(new MatrixAxis.Run(state.channelNames().get(c), c * block, block));
        }
        List<MatrixAxis.Run> outChannels = new ArrayList<>();
        for (int o = 0; o < state.outputChannels(); o++) {
            outChannels.add(new MatrixAxis.Run(texts.format("matrix.bank.outputChannel", o), o, 1));
        }
        List<MatrixAxis.Run> rows = new ArrayList<>();
        for (int i = 0; i < outRowCount; i++) {
            rows.add(new MatrixAxis.Run(Integer.toString(i), i * outCols, outCols));
        }
        weightRows.show(outChannels);
        weightCols.show(channels);
        columnRows.show(channels);
        columnCols.show(rows);
        outputRows.show(outChannels);
        outputCols.show(rows);
    }

    /** Explains a cell of Y (in any output channel) or of input channel c, or the product as a whole. */
    void explain(GridCell output, int c, GridCell input) {
        if (state == null) {
            return;
        }
        if (output == null && input == null && pointedAt()) {
            // the pointer is on the product itself: its cell stays explained
            return;
        }
        if (output != null) {
            int p = output.row() * outCols + output.column();
            outline(List.of(), List.of(new CellRange(0, p, taps, 1, true)),
                    List.of(new CellRange(0, p, state.outputChannels(), 1, true)));
            say.accept(about + "\n" + texts.format("matrix.bank.outputCell", p, output.row(), output.column()));
        } else if (input != null) {
            List<CellRange> reads = readsOf(c, input.row(), input.column());
            outline(List.of(), reads, List.of());
            say.accept(about + "\n" + texts.format("matrix.bank.inputCell", state.channelNames().get(c),
                    input.row(), input.column(), reads.size()));
        } else {
            outline(List.of(), List.of(), List.of());
            say.accept(about);
        }
    }

    private boolean pointedAt() {
        GridCell w = weights.hoveredProperty().get();
        GridCell x = columns.hoveredProperty().get();
        GridCell y = outputs.hoveredProperty().get();
        if (w != null) {
            pointAtWeight(w);
        } else if (x != null) {
            pointAtColumn(x);
        } else if (y != null) {
            pointAtOutput(y);
        }
        return w != null || x != null || y != null;
    }

    /** The cells of the im2col matrix that hold X[c] at (r, col): one per window that reads it. */
    private List<CellRange> readsOf(int c, int r, int col) {
        ConvGeometry g = state.geometry();
        int kh = state.kernel().numRows;
        int kw = state.kernel().numCols;
        int outRows = columns.matrix().numCols / outCols;
        List<CellRange> cells = new ArrayList<>();
        for (int a = 0; a < kh; a++) {
            for (int b = 0; b < kw; b++) {
                int di = r + g.padRows() - a * g.dilationRows();
                int dj = col + g.padCols() - b * g.dilationCols();
                if (di >= 0 && dj >= 0 && di % g.strideRows() == 0 && dj % g.strideCols() == 0
                        && di / g.strideRows() < outRows && dj / g.strideCols() < outCols) {
                    int p = di / g.strideRows() * outCols + dj / g.strideCols();
                    cells.add(new CellRange((c * kh + a) * kw + b, p, 1, 1, true));
                }
            }
        }
        return cells;
    }

    private void pointAtWeight(GridCell cell) {
        if (cell == null) {
            explain(null, -1, null);
            return;
        }
        int o = cell.row();
        int t = cell.column();
        String value = ValueText.result(weights.matrix().get(o, t));
        outline(List.of(new CellRange(o, 0, 1, taps, false), new CellRange(o, t, 1, 1, true)),
                List.of(new CellRange(t, 0, 1, outputs.matrix().numCols, true)),
                List.of(new CellRange(o, 0, 1, outputs.matrix().numCols, true)));
        int[] tap = Im2col.tapOf(t, state.kernel().numRows, state.kernel().numCols);
        String channel = state.channelNames().get(tap[0]);
        say.accept(pointwise ? texts.format("matrix.bank.weightPointwise", o, channel, value)
                : texts.format("matrix.bank.weight", o, t, value, channel, tap[1], tap[2]));
    }

    private void pointAtColumn(GridCell cell) {
        if (cell == null) {
            explain(null, -1, null);
            return;
        }
        int t = cell.row();
        int p = cell.column();
        outline(List.of(new CellRange(0, t, state.outputChannels(), 1, true)),
                List.of(new CellRange(t, 0, 1, columns.matrix().numCols, false), new CellRange(t, p, 1, 1, true)),
                List.of(new CellRange(0, p, state.outputChannels(), 1, true)));
        int[] tap = Im2col.tapOf(t, state.kernel().numRows, state.kernel().numCols);
        String channel = state.channelNames().get(tap[0]);
        String value = ValueText.result(columns.matrix().get(t, p));
        int i = p / outCols;
        int j = p % outCols;
        ConvGeometry g = state.geometry();
        int r = i * g.strideRows() - g.padRows() + tap[1] * g.dilationRows();
        int col = j * g.strideCols() - g.padCols() + tap[2] * g.dilationCols();
        if (pointwise) {
            say.accept(texts.format("matrix.bank.pixel", t, p, value, channel, i, j));
        } else if (r < 0 || col < 0 || r >= state.input().numRows || col >= state.input().numCols) {
            say.accept(texts.format("matrix.bank.padding", t, p, tap[1], tap[2], channel, i, j));
        } else {
            say.accept(texts.format("matrix.bank.column", t, p, value, tap[1], tap[2], channel, i, j, r, col));
        }
    }

    private void pointAtOutput(GridCell cell) {
        if (cell == null) {
            explain(null, -1, null);
            return;
        }
        int o = cell.row();
        int p = cell.column();
        outline(List.of(new CellRange(o, 0, 1, taps, true)),
                List.of(new CellRange(0, p, taps, 1, true)), List.of(new CellRange(o, p, 1, 1, true)));
        say.accept(texts.format(pointwise ? "matrix.bank.outputPointwise" : "matrix.bank.output", o, p,
                ValueText.result(outputs.matrix().get(o, p)), p / outCols, p % outCols,
                ValueText.result(state.bias(o))));
    }

    /** Outlines the given cells over each input channel's block. */
    private void outline(List<CellRange> w, List<CellRange> x, List<CellRange> y) {
        List<CellRange> wBlocks = new ArrayList<>();
        List<CellRange> xBlocks = new ArrayList<>();
        int block = taps / state.inputChannels();
        if (block > 1) {
            for (int c = 0; c < state.inputChannels(); c++) {
                wBlocks.add(new CellRange(0, c * block, state.outputChannels(), block, false));
                xBlocks.add(new CellRange(c * block, 0, block, columns.matrix().numCols, false));
            }
        }
        wBlocks.addAll(w);
        xBlocks.addAll(x);
        weights.highlightsProperty().set(wBlocks);
        columns.highlightsProperty().set(xBlocks);
        outputs.highlightsProperty().set(y);
    }

    private String part(String symbol, FMatrixRMaj m) {
        return texts.format("matrix.bank.part", symbol, m.numRows, m.numCols);
    }

    private static Label name() {
        Label label = Controls.label("", "matrix-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label operator(String symbol) {
        return Controls.label(symbol, "matrix-operator");
    }
}
