package org.convlab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.convlab.core.ConvGeometry;
import org.convlab.model.Arithmetic;
import org.convlab.model.CellBlock;
import org.convlab.model.KernelWindow;
import org.convlab.model.UnreadCells;
import org.convlab.model.LiveOutput;
import org.convlab.model.ValueText;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.convlab.ui.Texts;

/**
 * "Where does this number come from?": links the cell under the pointer to the cells it depends
 * on. An output cell outlines its window in X and writes out its arithmetic; an input cell outlines
 * the output cells it feeds. Without a pointer, the slide animation's cell is explained.
 */
final class Provenance {
    private final Workspace workspace;
    private final HeatmapView input;
    private final HeatmapView output;
    private final MatrixView matrix;
    private final ReadOnlyObjectProperty<LiveOutput.Result> shown;
    private final ObservableValue<Number> slide;
    private final Texts texts;
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption");
    private final ReadOnlyStringWrapper arithmetic = new ReadOnlyStringWrapper(this, "arithmetic");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    Provenance(Workspace workspace, InputPanel inputPanel, OutputPanel outputPanel, MatrixView matrix,
               ReadOnlyObjectProperty<LiveOutput.Result> shown, ObservableValue<Number> slide, Texts texts) {
        this.workspace = workspace;
        this.input = inputPanel.view();
        this.output = outputPanel.view();
        this.matrix = matrix;
        this.shown = shown;
        this.slide = slide;
        this.texts = texts;
        input.hoveredProperty().addListener((o, a, b) -> update());
        output.hoveredProperty().addListener((o, a, b) -> update());
        slide.addListener((o, a, b) -> update());
        shown.addListener((o, a, b) -> update());
        update();
    }

    ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    ReadOnlyStringProperty arithmeticProperty() {
        return arithmetic.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void update() {
        LiveOutput.Result r = shown.get();
        GridCell overY = output.hoveredProperty().get();
        GridCell overX = input.hoveredProperty().get();
        int position = slide.getValue().intValue();
        boolean hasY = r != null && r.hasOutput();
        output.setRevealed(hasY && position >= 0 ? position + 1 : -1);
        if (hasY && overY != null && inside(r, overY)) {
            explainOutput(r, overY);
            status.set(texts.format("status.cell", "Y", overY.row(), overY.column(),
                    ValueText.result(r.output().get(overY.row(), overY.column()))));
        } else if (overX != null && inside(workspace.state(), overX)) {
            explainInput(r, overX);
            status.set(texts.format("status.cell", "X", overX.row(), overX.column(),
                    ValueText.result(workspace.state().input().get(overX.row(), overX.column()))));
        } else if (hasY && position >= 0) {
            int cols = r.output().numCols;
            explainOutput(r, new GridCell(position / cols, position % cols));
            status.set(texts.get("status.idle"));
        } else {
            input.highlightsProperty().set(List.of());
            output.highlightsProperty().set(List.of());
            matrix.explain(null, null);
            caption.set(texts.get(hasY ? "explain.hint" : "explain.noOutput"));
            arithmetic.set("");
            status.set(texts.get("status.idle"));
        }
    }

    private void explainOutput(LiveOutput.Result r, GridCell cell) {
        WorkspaceState s = r.state();
        int i = cell.row();
        int j = cell.column();
        KernelWindow w = KernelWindow.of(s, i, j);
        List<CellBlock> unread = UnreadCells.of(s);
        List<CellRange> inX = new ArrayList<>(windowInX(w));
        unread.forEach(b -> inX.add(new CellRange(b.top(), b.left(), b.rows(), b.cols(), false)));
        input.highlightsProperty().set(inX);
        output.highlightsProperty().set(List.of(new CellRange(i, j, 1, 1, true)));
        matrix.explain(cell, null);
        CellBlock span = w.span();
        int taps = w.kernelRows() * w.kernelCols();
        ConvGeometry g = s.geometry();
        if (g.isValid()) {
            caption.set(texts.format("explain.output", i, j, span.top() + span.rows(), span.left() + span.cols(), taps));
        } else {
            int top = span.top() + g.padRows();
            int left = span.left() + g.padCols();
            caption.set(texts.format("explain.outputGeometry", i, j, slice(top, span.rows(), w.rowStep()),
                    slice(left, span.cols(), w.colStep()), taps, w.paddedTaps(s.input().numRows, s.input().numCols))
                    + (unread.isEmpty() ? "" : " " + texts.get("explain.unread")));
        }
        arithmetic.set(Arithmetic.of(s, i, j, texts.get("explain.bias"), texts.get("explain.pad")));
    }

    /** A Python slice of the padded input, {@code 2:5} or with a step {@code 2:7:2}. */
    private static String slice(int start, int span, int step) {
        return start + ":" + (start + span) + (step == 1 ? "" : ":" + step);
    }

    /**
     * The cells a window reads, in X's coordinates, where the input view draws the padded border:
     * one outline round a solid window, otherwise one per tap, so dilation's gaps show.
     */
    private static List<CellRange> windowInX(KernelWindow w) {
        CellBlock span = w.span();
        if (w.solid()) {
            return List.of(new CellRange(span.top(), span.left(), span.rows(), span.cols(), true));
        }
        return w.taps().stream().map(t -> new CellRange(t.top(), t.left(), 1, 1, true)).toList();
    }

    private void explainInput(LiveOutput.Result r, GridCell cell) {
        input.highlightsProperty().set(List.of(new CellRange(cell.row(), cell.column(), 1, 1, true)));
        List<CellBlock> fed = r == null ? List.of() : CellBlock.outputsFedBy(r.state(), cell.row(), cell.column());
        output.highlightsProperty().set(fed.stream()
                .map(b -> new CellRange(b.top(), b.left(), b.rows(), b.cols(), true)).toList());
        matrix.explain(null, cell);
        String value = ValueText.result(workspace.state().input().get(cell.row(), cell.column()));
        int count = fed.stream().mapToInt(CellBlock::cells).sum();
        caption.set(fed.isEmpty() ? texts.format("explain.inputNone", cell.row(), cell.column(), value)
                : texts.format("explain.input", cell.row(), cell.column(), value, count));
        arithmetic.set("");
    }

    private static boolean inside(LiveOutput.Result r, GridCell c) {
        return c.row() < r.output().numRows && c.column() < r.output().numCols;
    }

    private static boolean inside(WorkspaceState s, GridCell c) {
        return c.row() < s.input().numRows && c.column() < s.input().numCols;
    }
}
