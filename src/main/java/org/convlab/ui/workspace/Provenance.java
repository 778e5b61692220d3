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
import org.convlab.ui.heatmap.ChannelTiles;
import org.convlab.ui.heatmap.ChannelTiles.ChannelCell;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.convlab.ui.Texts;

/**
 * "Where does this number come from?": links the cell under the pointer to the cells it depends
 * on. An output cell outlines its window in X and writes out its arithmetic; an input cell outlines
 * the output cells it feeds. With several channels, an output cell's window is outlined in every
 * input channel and its arithmetic is written channel by channel, then summed with the bias; an
 * input cell outlines the cells it feeds in every output channel. Without a pointer, the slide animation's cell is explained.
 */
final class Provenance {
    private final Workspace workspace;
    private final ChannelTiles input;
    private final ChannelTiles output;
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
        this.input = inputPanel.tiles();
        this.output = outputPanel.tiles();
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
        ChannelCell overY = output.hoveredProperty().get();
        ChannelCell overX = input.hoveredProperty().get();
        int position = slide.getValue().intValue();
        boolean hasY = r != null && r.hasOutput();
        output.view(0).setRevealed(hasY && position >= 0 ? position + 1 : -1);
        WorkspaceState now = workspace.state();
        if (hasY && overY != null && inside(r, overY)) {
            GridCell cell = overY.cell();
            explainOutput(r, overY.channel(), cell);
            status.set(texts.format("status.cell", name("Y", r.state().outputChannels(), overY.channel()), cell.row(),
                    cell.column(), ValueText.result(r.output(overY.channel()).get(cell.row(), cell.column()))));
        } else if (overX != null && inside(now, overX)) {
            GridCell cell = overX.cell();
            explainInput(r, overX.channel(), cell);
            status.set(texts.format("status.cell", name("X", now.inputChannels(), overX.channel()), cell.row(),
                    cell.column(), ValueText.result(now.input(overX.channel()).get(cell.row(), cell.column()))));
        } else if (hasY && position >= 0) {
            int cols = r.output().numCols;
            explainOutput(r, 0, new GridCell(position / cols, position % cols));
            status.set(texts.get("status.idle"));
        } else {
            input.highlightAll(List.of());
            output.highlightAll(List.of());
            matrix.explain(null, null);
            caption.set(texts.get(hasY ? "explain.hint" : "explain.noOutput"));
            arithmetic.set("");
            status.set(texts.get("status.idle"));
        }
    }

    /** "X" for the one channel of the chapter, "X[2]" for one of several. */
    private static String name(String matrix, int channels, int channel) {
        return channels == 1 ? matrix : matrix + "[" + channel + "]";
    }

    private void explainOutput(LiveOutput.Result r, int o, GridCell cell) {
        WorkspaceState s = r.state();
        int i = cell.row();
        int j = cell.column();
        KernelWindow w = KernelWindow.of(s, i, j);
        List<CellBlock> unread = UnreadCells.of(s);
        List<CellRange> inX = new ArrayList<>(windowInX(w));
        unread.forEach(b -> inX.add(new CellRange(b.top(), b.left(), b.rows(), b.cols(), false)));
        // every input channel is read through the same window (D2L 6.4): all are outlined
        input.highlightAll(inX);
        output.highlight(o, List.of(new CellRange(i, j, 1, 1, true)));
        matrix.explain(cell, o, null);
        CellBlock span = w.span();
        int taps = w.kernelRows() * w.kernelCols();
        ConvGeometry g = s.geometry();
        String where;
        if (g.isValid()) {
            where = texts.format("explain.output", i, j, span.top() + span.rows(), span.left() + span.cols(), taps);
        } else {
            int top = span.top() + g.padRows();
            int left = span.left() + g.padCols();
            where = texts.format("explain.outputGeometry", i, j, slice(top, span.rows(), w.rowStep()),
                    slice(left, span.cols(), w.colStep()), taps, w.paddedTaps(s.input().numRows, s.input().numCols))
                    + (unread.isEmpty() ? "" : " " + texts.get("explain.unread"));
        }
        if (s.singleChannel()) {
            caption.set(where);
            arithmetic.set(Arithmetic.of(s, i, j, texts.get("explain.bias"), texts.get("explain.pad")));
            return;
        }
        caption.set(texts.format("explain.outputChannels", o, i, j, s.inputChannels(), taps));
        StringBuilder lines = new StringBuilder();
        StringBuilder total = new StringBuilder();
        for (int c = 0; c < s.inputChannels(); c++) {
            String part = Arithmetic.ofChannel(s, o, c, i, j, texts.get("explain.pad"));
            lines.append(s.channelNames().get(c)).append(": ").append(part).append('\n');
            String sum = part.substring(part.lastIndexOf(" = ") + 3);
            // a negative part after the first is bracketed, as the products are: 0.13 + (−0.08)
            boolean negative = sum.startsWith("-") || sum.startsWith("\u2212");
            total.append(c == 0 ? "" : " + ").append(c > 0 && negative ? "(" + sum + ")" : sum);
        }
        lines.append("Y[").append(o).append("][").append(i).append(", ").append(j).append("] = ").append(total)
                .append(" + ").append(texts.get("explain.bias")).append(' ').append(ValueText.result(s.bias(o)))
                .append(" = ").append(ValueText.result(r.output(o).get(i, j)));
        arithmetic.set(lines.toString());
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

    private void explainInput(LiveOutput.Result r, int c, GridCell cell) {
        input.highlight(c, List.of(new CellRange(cell.row(), cell.column(), 1, 1, true)));
        List<CellBlock> fed = r == null ? List.of() : CellBlock.outputsFedBy(r.state(), cell.row(), cell.column());
        // a cell of any input channel feeds the same cells of every output channel
        output.highlightAll(fed.stream().map(b -> new CellRange(b.top(), b.left(), b.rows(), b.cols(), true)).toList());
        matrix.explain(null, c, cell);
        WorkspaceState s = workspace.state();
        String value = ValueText.result(s.input(c).get(cell.row(), cell.column()));
        int count = fed.stream().mapToInt(CellBlock::cells).sum();
        if (s.singleChannel() || fed.isEmpty()) {
            caption.set(fed.isEmpty() ? texts.format("explain.inputNone", cell.row(), cell.column(), value)
                    : texts.format("explain.input", cell.row(), cell.column(), value, count));
        } else {
            caption.set(texts.format("explain.inputChannels", c, cell.row(), cell.column(), value, count,
                    s.outputChannels()));
        }
        arithmetic.set("");
    }

    private static boolean inside(LiveOutput.Result r, ChannelCell c) {
        return c.channel() < r.outputs().size() && c.cell().row() < r.output().numRows
                && c.cell().column() < r.output().numCols;
    }

    private static boolean inside(WorkspaceState s, ChannelCell c) {
        return c.channel() < s.inputChannels() && c.cell().row() < s.input().numRows
                && c.cell().column() < s.input().numCols;
    }
}
