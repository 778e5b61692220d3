package org.convlab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.convlab.ui.heatmap.HeatmapView;

/**
 * Names beside a heatmap's rows or above its columns, each over the run of cells it names (an input
 * channel's block of taps, an output channel's row), so a large matrix reads as blocks. A name whose
 * run is too narrow for it is left out rather than drawn over its neighbours.
 */
final class MatrixAxis extends Region {
    /** A name over {@code span} cells from {@code start}. */
    record Run(String name, int start, int span) {
    }

    private final HeatmapView view;
    private final boolean rows;
    private final List<Run> runs = new ArrayList<>();

    /**
     * An axis for one side of a heatmap.
     *
     * @param view the heatmap whose cells are named; the axis sits in line with its grid
     * @param rows true to name rows (the axis stands at the left), false for columns (above)
     */
    MatrixAxis(HeatmapView view, boolean rows) {
        this.view = view;
        this.rows = rows;
        getStyleClass().add("matrix-axis");
        view.widthProperty().addListener((o, a, b) -> requestLayout());
        view.heightProperty().addListener((o, a, b) -> requestLayout());
    }

    void show(List<Run> next) {
        runs.clear();
        runs.addAll(next);
        List<Label> labels = new ArrayList<>();
        for (Run run : runs) {
            Label l = new Label(run.name());
            l.getStyleClass().add("matrix-axis-name");
            l.setAlignment(rows ? Pos.CENTER_RIGHT : Pos.CENTER);
            l.setMinSize(0, 0);
            labels.add(l);
        }
        getChildren().setAll(labels);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double cell = view.cellSize();
        double origin = rows ? view.snappedTopInset() : view.snappedLeftInset();
        for (int i = 0; i < runs.size(); i++) {
            Label l = (Label) getChildren().get(i);
            Run run = runs.get(i);
            double length = run.span() * cell;
            double at = origin + run.start() * cell;
            if (rows) {
                double w = getWidth() - snappedRightInset();
                l.setVisible(l.prefHeight(-1) <= length + 1);
                l.resizeRelocate(0, at, w, length);
            } else {
                l.setVisible(l.prefWidth(-1) <= length + 1);
                l.resizeRelocate(at, 0, length, getHeight());
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        if (!rows) {
            return view.prefWidth(-1);
        }
        double widest = 0;
        for (var child : getChildren()) {
            widest = Math.max(widest, child.prefWidth(-1));
        }
        return widest + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (rows) {
            return view.prefHeight(-1);
        }
        double tallest = 0;
        for (var child : getChildren()) {
            tallest = Math.max(tallest, child.prefHeight(-1));
        }
        return tallest;
    }

    @Override
    protected double computeMinWidth(double height) {
        return rows ? computePrefWidth(height) : 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return rows ? 0 : computePrefHeight(width);
    }
}
