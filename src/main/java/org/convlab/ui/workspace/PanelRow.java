package org.convlab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.presentation.PresentationMode;

/**
 * X | K and b | Y side by side, sharing the width by what they hold: the kernel panel takes the
 * width its CSS asks for (within its minimum and a third of the row), and the two heatmap panels
 * share the rest equally. The widths depend on the row's width alone, not on the texts or values
 * shown, so they stay put while the user edits; every panel is as tall as the row.
 *
 * <p>Zoomed in (or presenting, which enlarges the type too), the type grows but the window does not: a small matrix such as the chapter's X
 * would keep its share of the width and lose its numbers. So while zoomed in, X and Y get at least
 * the width at which their numbers are written, and when the three panels no longer fit side by
 * side they wrap onto further rows (X | K, then Y, or one a row), each row as tall as its cells
 * need; the page around the workspace then scrolls down. At 100% the panels always share one row,
 * so that the workspace fits the window without scrolling.
 */
final class PanelRow extends HBox {
    /** The kernel panel never takes more than this share of the row, unless its minimum needs it. */
    private static final double KERNEL_SHARE = 0.36;
    /**
     * On wrapped rows a heatmap's cells are this much larger than the smallest that show numbers,
     * not as large as the row's width allows: a row of its own would otherwise be taller than the
     * window.
     */
    private static final double ROOMY_CELLS = 1.25;
    private final Region input;
    private final Region kernel;
    private final Region output;

    /** A panel's place: its width, and on which of the wrapped rows it sits. */
    private record Place(Region panel, double width, int row) {
    }

    PanelRow(Region input, Region kernel, Region output) {
        super(input, kernel, output);
        this.input = input;
        this.kernel = kernel;
        this.output = output;
        getStyleClass().add("panels");
    }

    /** Wrapped, the row's height depends on its width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** In one row both heatmap panels get the larger of their minimums; wrapped, the widest panel alone. */
    @Override
    protected double computeMinWidth(double height) {
        double insets = snappedLeftInset() + snappedRightInset();
        if (zoomedIn()) {
            return insets + Math.max(kernel.minWidth(-1), Math.max(input.minWidth(-1), output.minWidth(-1)));
        }
        return insets + kernel.minWidth(-1) + 2 * Math.max(input.minWidth(-1), output.minWidth(-1))
                + 2 * snapSpaceX(getSpacing());
    }

    @Override
    protected double computeMinHeight(double width) {
        List<Place> wrapped = wrapped(contentWidth(width));
        return wrapped == null ? super.computeMinHeight(width)
                : snappedTopInset() + total(rowHeights(wrapped)) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        List<Place> wrapped = wrapped(contentWidth(width));
        return wrapped == null ? super.computePrefHeight(width)
                : snappedTopInset() + total(rowHeights(wrapped)) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double h = getHeight() - top - snappedBottomInset();
        List<Place> wrapped = wrapped(w);
        if (wrapped != null) {
            layOutRows(wrapped, left, top, h);
            return;
        }
        double gap = snapSpaceX(getSpacing());
        double k = Math.max(kernel.minWidth(-1), Math.min(kernel.prefWidth(-1), KERNEL_SHARE * w));
        if (zoomedIn()) {
            // X and Y keep the width their numbers need; the kernel panel gives way down to its minimum
            double side = Math.max(wanted(input, w), wanted(output, w));
            k = Math.max(kernel.minWidth(-1), Math.min(k, w - 2 * gap - 2 * side));
        }
        k = Math.floor(k);
        double side = Math.max(Math.max(input.minWidth(-1), output.minWidth(-1)),
                Math.floor((w - k - 2 * gap) / 2));
        input.resizeRelocate(left, top, side, h);
        kernel.resizeRelocate(left + side + gap, top, k, h);
        output.resizeRelocate(left + side + gap + k + gap, top, side, h);
    }

    /** The wrapped rows, top to bottom, sharing out any height beyond what they need. */
    private void layOutRows(List<Place> places, double left, double top, double h) {
        double[] heights = rowHeights(places);
        double gap = snapSpaceY(getSpacing());
        double extra = Math.max(0, h - total(heights)) / heights.length;
        double y = top;
        double x = left;
        int row = 0;
        for (Place p : places) {
            if (p.row() != row) {
                y += heights[row] + extra + gap;
                x = left;
                row = p.row();
            }
            p.panel().resizeRelocate(x, y, p.width(), Math.floor(heights[row] + extra));
            x += p.width() + snapSpaceX(getSpacing());
        }
    }

    /**
     * Where the panels go on wrapped rows.
     *
     * @param w the width inside the insets
     * @return the places in the order X, K, Y; null when the panels share one row
     */
    private List<Place> wrapped(double w) {
        if (!zoomedIn() || w <= 0) {
            return null;
        }
        double gap = snapSpaceX(getSpacing());
        double wantIn = wanted(input, w);
        double wantOut = wanted(output, w);
        if (kernel.minWidth(-1) + 2 * gap + 2 * Math.max(wantIn, wantOut) <= w) {
            return null;
        }
        // X, K and Y in reading order, a new row where the next one's want no longer fits
        Region[] panels = {input, kernel, output};
        double[] wants = {wantIn, kernel.minWidth(-1), wantOut};
        int[] rowOf = new int[3];
        double used = wants[0];
        for (int i = 1; i < 3; i++) {
            boolean fits = used + gap + wants[i] <= w;
            rowOf[i] = rowOf[i - 1] + (fits ? 0 : 1);
            used = fits ? used + gap + wants[i] : wants[i];
        }
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            places.add(new Place(panels[i], Math.floor(widthOnRow(i, rowOf, wants, w)), rowOf[i]));
        }
        return places;
    }

    /** A panel's width on its row: the kernel panel its own, within its minimum; X and Y share the rest. */
    private double widthOnRow(int i, int[] rowOf, double[] wants, double w) {
        double gap = snapSpaceX(getSpacing());
        double others = 0;
        int heatmaps = 0;
        boolean withKernel = false;
        for (int j = 0; j < 3; j++) {
            if (rowOf[j] == rowOf[i]) {
                withKernel |= j == 1;
                heatmaps += j == 1 ? 0 : 1;
                others += j == 1 ? 0 : wants[j] + gap;
            }
        }
        double k = withKernel ? Math.max(kernel.minWidth(-1),
                Math.min(Math.min(kernel.prefWidth(-1), KERNEL_SHARE * w), w - others)) : 0;
        if (i == 1) {
            return heatmaps == 0 ? w : k;
        }
        double room = w - (withKernel ? k + gap : 0) - (heatmaps - 1) * gap;
        return room / heatmaps;
    }

    /** Each wrapped row's height: its tallest panel at the width it has there. */
    private double[] rowHeights(List<Place> places) {
        double[] heights = new double[places.get(places.size() - 1).row() + 1];
        for (Place p : places) {
            heights[p.row()] = Math.max(heights[p.row()], Math.ceil(heightAt(p.panel(), p.width())));
        }
        return heights;
    }

    /** A panel's height at a width: a heatmap panel's cells at a readable size, the kernel panel its own. */
    private double heightAt(Region panel, double width) {
        HeatmapView map = heatmapOf(panel);
        if (map == null) {
            return Math.max(panel.minHeight(width), panel.prefHeight(width));
        }
        double mapWidth = width - sideInsets(map, panel);
        // a matrix whose numbers cannot be written at this width (a photo) is drawn as large as the width allows
        double limit = map.readableWidth(mapWidth).isPresent() ? ROOMY_CELLS * map.readableCellSize()
                : Double.MAX_VALUE;
        double cells = map.heightFor(mapWidth, limit);
        return panel.minHeight(width) - map.minHeight(mapWidth) + Math.max(map.minHeight(mapWidth), cells);
    }

    private double total(double[] heights) {
        double sum = snapSpaceY(getSpacing()) * (heights.length - 1);
        for (double h : heights) {
            sum += h;
        }
        return sum;
    }

    /**
     * The width a heatmap panel wants while zoomed in: the width at which its numbers are written,
     * where a row could hold it; a matrix too large for that (a photo) is drawn as colors anyway.
     */
    private double wanted(Region panel, double rowWidth) {
        double min = panel.minWidth(-1);
        HeatmapView map = heatmapOf(panel);
        if (map == null) {
            return min;
        }
        double insets = sideInsets(map, panel);
        return Math.max(min, map.readableWidth(rowWidth - insets).orElse(0) + insets);
    }

    /** The insets left and right between a panel's edge and its heatmap. */
    private static double sideInsets(HeatmapView map, Region panel) {
        double sum = 0;
        for (Parent p = map.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r) {
                sum += r.snappedLeftInset() + r.snappedRightInset();
            }
            if (p == panel) {
                break;
            }
        }
        return sum;
    }

    private static HeatmapView heatmapOf(Region panel) {
        return panel.lookup(".heatmap") instanceof HeatmapView map ? map : null;
    }

    private double contentWidth(double width) {
        double w = width >= 0 ? width : getWidth();
        return w - snappedLeftInset() - snappedRightInset();
    }

    private boolean zoomedIn() {
        Scene scene = getScene();
        return scene != null && PresentationMode.of(scene)
                .map(m -> m.zoomPercentProperty().get() > 100 || m.presentingProperty().get()).orElse(false);
    }
}
