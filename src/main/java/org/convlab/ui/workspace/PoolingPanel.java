package org.convlab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.core.CellRegion;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Shapes;
import org.convlab.model.LiveOutput;
import org.convlab.model.PooledCell;
import org.convlab.model.ShiftComparison;
import org.convlab.model.ValueText;
import org.convlab.model.Workspace;
import org.convlab.ui.Texts;
import org.convlab.ui.heatmap.CellColors;
import org.convlab.ui.heatmap.ColorLegend;
import org.convlab.ui.heatmap.DivergingColormap;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.heatmap.HeatmapView.CellRange;

/**
 * The pooling stage under X | K | Y (D2L 6.5): its controls, and while it is on Z = pool(Y) as a
 * heatmap of its own on Y's color scale, so the two compare cell by cell. The pointer on a cell of
 * Z outlines its window in Y and marks the cell that won (max) or writes out the mean (average);
 * the pointer on a cell of Y marks the cells of Z it reaches. After the one-pixel shift the panel
 * counts how many cells of Y and of Z the shift changed.
 */
final class PoolingPanel extends HBox {
    private final Texts texts;
    private final HeatmapView y;
    private final ReadOnlyObjectProperty<LiveOutput.Result> shown;
    private final PoolingControls controls;
    private final HeatmapView z = new HeatmapView();
    private final ColorLegend legend = new ColorLegend(9);
    private final Label shape = Controls.label("", "shape-caption");
    private final Label problem = Controls.label("", "output-problem");
    private final Label caption = Controls.label("", "explain-caption");
    private final Label shifted = Controls.label("", "pooling-shift-result");
    private final HBox stage;
    private LiveOutput.Result beforeShift;
    /** The state the shift's count is about; any other state (an undo, an edit) clears the count. */
    private Object countedState;
    /** Whether this panel drew the outlines in Y (the explanation below owns them otherwise). */
    private boolean outliningY;
    /** The scroll pane showing the panel, once it is in one. */
    private ScrollPane room;

    PoolingPanel(Workspace workspace, HeatmapView y, ReadOnlyObjectProperty<LiveOutput.Result> shown, Texts texts) {
        this.texts = texts;
        this.y = y;
        this.shown = shown;
        getStyleClass().addAll("panel", "pooling-panel");
        controls = new PoolingControls(workspace, texts);
        controls.setBeforeShift(() -> beforeShift = shown.get());
        z.setId("pooled-heatmap");
        z.setCentered(true);
        z.setFocusTraversable(true);
        z.setMaxCellEms(WorkspaceView.MAX_CELL_EMS);
        problem.setId("pooled-message");
        problem.setWrapText(true);
        StackPane picture = new StackPane(z, problem);
        picture.getStyleClass().add("pooled-stack");
        shape.setId("pooled-shape");
        // Z's title, legend and shape go above the words beside it, not above and below Z: the tab is
        // short, and Z takes its whole height and half the width the controls leave (stacked, a 5x6 Z
        // got cells too small for its numbers)
        caption.setId("pooling-caption");
        shifted.setId("pooling-shift-result");
        VBox words = new VBox(Controls.title(texts.get("pooling.title")), legend, Controls.caption(shape),
                Controls.caption(caption), Controls.caption(shifted));
        words.getStyleClass().add("pooling-words");
        picture.setPrefWidth(0);
        words.setPrefWidth(0);
        HBox.setHgrow(picture, Priority.ALWAYS);
        HBox.setHgrow(words, Priority.ALWAYS);
        stage = new HBox(picture, words);
        stage.getStyleClass().add("pooled-row");
        stage.setPrefWidth(0);
        HBox.setHgrow(stage, Priority.ALWAYS);
        getChildren().addAll(controls, stage);
        sceneProperty().addListener((o, a, scene) -> followScrollPane());
        z.hoveredProperty().addListener((o, a, b) -> explain());
        y.hoveredProperty().addListener((o, a, b) -> explain());
        shown.addListener((o, a, r) -> show(r));
        show(shown.get());
    }

    /**
     * The scroll pane around the panel (the pooling tab's) shows it at its preferred size: the room
     * of the pane's viewport, so that Z and its words share the tab's whole width and height rather
     * than the few pixels the controls leave of the panel's own preferred width.
     */
    private void followScrollPane() {
        if (room != null) {
            return;
        }
        for (Parent p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane page) {
                room = page;
                page.viewportBoundsProperty().addListener((o, a, b) -> requestLayout());
                requestLayout();
                return;
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        double own = super.computePrefWidth(height);
        return room == null ? own : Math.max(own, room.getViewportBounds().getWidth());
    }

    @Override
    protected double computePrefHeight(double width) {
        double own = super.computePrefHeight(width);
        return room == null ? own : Math.max(own, room.getViewportBounds().getHeight());
    }

    /** Stops following the workspace. */
    void dispose() {
        controls.dispose();
    }

    private void show(LiveOutput.Result r) {
        boolean on = r != null && r.state().pooling().on();
        stage.setVisible(on);
        stage.setManaged(on);
        if (!on) {
            z.show(null, 1);
            shifted.setText("");
            return;
        }
        if (r.hasPooled()) {
            double most = DivergingColormap.scaleFor(r.output(), 0);
            double scale = most > 0 ? most : 1;
            z.show(r.pooled(), scale);
            legend.show(new CellColors.Signed(scale));
            problem.setVisible(false);
            problem.setText("");
            shape.setText(texts.format("pooling.shape", Shapes.of(r.pooled()).replace('x', '\u00d7')));
        } else {
            z.show(null, 1);
            problem.setVisible(true);
            PoolWindow w = r.state().pooling().window();
            problem.setText(r.hasOutput() ? texts.format("pooling.tooLarge", w.rows() + "\u00d7" + w.cols(),
                    w.padRows() + "," + w.padCols(), Shapes.of(r.output()).replace('x', '\u00d7'))
                    : texts.get("pooling.noY"));
            shape.setText(texts.get("pooling.shape.none"));
        }
        if (beforeShift != null && r.state() != beforeShift.state()) {
            ShiftComparison c = ShiftComparison.of(beforeShift, r);
            beforeShift = null;
            countedState = r.state();
            shifted.setText(c == null ? "" : texts.format("pooling.shiftResult", c.changedY(), c.cellsY(),
                    c.changedZ(), c.cellsZ()));
        } else if (r.state() != countedState) {
            shifted.setText("");
        }
        explain();
    }

    /** Links the cell under the pointer in Z to its window in Y, or a cell of Y to the cells of Z it reaches. */
    private void explain() {
        LiveOutput.Result r = shown.get();
        GridCell overZ = z.hoveredProperty().get();
        GridCell overY = y.hoveredProperty().get();
        boolean onZ = r != null && r.hasPooled() && overZ != null && overZ.row() < r.pooled().numRows
                && overZ.column() < r.pooled().numCols;
        if (outliningY && !onZ) {
            outliningY = false;
            y.highlightsProperty().set(List.of());
        }
        if (r == null || !r.hasPooled()) {
            z.highlightsProperty().set(List.of());
            caption.setText("");
            return;
        }
        if (onZ) {
            explainPooled(r, PooledCell.of(r, overZ.row(), overZ.column()));
        } else if (overY != null && overY.row() < r.output().numRows && overY.column() < r.output().numCols) {
            explainOutput(r, overY);
        } else {
            z.highlightsProperty().set(List.of());
            caption.setText(texts.get("pooling.hint"));
        }
    }

    private void explainPooled(LiveOutput.Result r, PooledCell cell) {
        CellRegion w = cell.window();
        List<CellRange> inY = new ArrayList<>();
        inY.add(new CellRange(w.top(), w.left(), w.bottom() - w.top(), w.right() - w.left(), true));
        String where = "Y[" + w.top() + ":" + w.bottom() + ", " + w.left() + ":" + w.right() + "]";
        if (r.state().pooling().mode() == PoolMode.MAX) {
            int cols = r.output().numCols;
            int wr = cell.winner() / cols;
            int wc = cell.winner() % cols;
            inY.add(new CellRange(wr, wc, 1, 1, false));
            caption.setText(texts.format("pooling.explainMax", cell.row(), cell.column(), where,
                    ValueText.result(cell.value()), wr, wc));
        } else {
            caption.setText(texts.format("pooling.explainAvg", cell.row(), cell.column(), where, cell.arithmetic()));
        }
        y.highlightsProperty().set(inY);
        outliningY = true;
        z.highlightsProperty().set(List.of(new CellRange(cell.row(), cell.column(), 1, 1, true)));
    }

    private void explainOutput(LiveOutput.Result r, GridCell cell) {
        CellRegion reached = r.state().pooling().window().outputsReading(
                new CellRegion(cell.row(), cell.column(), cell.row() + 1, cell.column() + 1), r.output().numRows,
                r.output().numCols);
        if (reached == null) {
            z.highlightsProperty().set(List.of());
            caption.setText(texts.format("pooling.reachesNone", cell.row(), cell.column()));
            return;
        }
        z.highlightsProperty().set(List.of(new CellRange(reached.top(), reached.left(),
                reached.bottom() - reached.top(), reached.right() - reached.left(), true)));
        caption.setText(texts.format("pooling.reaches", cell.row(), cell.column(), reached.cells()));
    }
}
