package org.convlab.ui.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The channels of a stack side by side (D2L 6.4): one heatmap per channel, each under its name and
 * over its own legend, laid out in the grid of columns that gives the cells the most room. One
 * channel is shown as a single heatmap with no name or legend of its own, exactly as the chapter's
 * one-channel workspace draws it.
 */
public final class ChannelTiles extends Region {
    /** The pointer over a cell of one channel. */
    public record ChannelCell(int channel, GridCell cell) {
    }

    private final IntFunction<HeatmapView> newView;
    private final List<HeatmapView> views = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final List<ColorLegend> legends = new ArrayList<>();
    private final List<VBox> tiles = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ChannelCell> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private int matrixRows = 1;
    private int matrixCols = 1;

    /**
     * Tiles whose heatmaps are made, and set up, by the caller.
     *
     * @param newView makes the heatmap of channel c
     */
    public ChannelTiles(IntFunction<HeatmapView> newView) {
        this.newView = newView;
        getStyleClass().add("channel-tiles");
        setCount(1);
    }

    /**
     * Shows as many tiles as the stack has channels; the views of channels kept stay.
     *
     * @param count the channel count, at least 1
     */
    public void setCount(int count) {
        while (views.size() > count) {
            int last = views.size() - 1;
            views.remove(last);
            titles.remove(last);
            legends.remove(last);
            tiles.remove(last);
        }
        while (views.size() < count) {
            int c = views.size();
            HeatmapView view = newView.apply(c);
            VBox.setVgrow(view, Priority.ALWAYS);
            view.hoveredProperty().addListener((o, was, cell) -> hovered.set(cell == null ? null
                    : new ChannelCell(c, cell)));
            Label title = new Label();
            title.getStyleClass().add("channel-title");
            // a name wider than a narrow tile (zoomed in) wraps rather than being cut
            title.setMinWidth(0);
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            ColorLegend legend = new ColorLegend(5);
            legend.getStyleClass().add("channel-legend");
            VBox tile = new VBox(title, view, legend);
            tile.getStyleClass().add("channel-tile");
            views.add(view);
            titles.add(title);
            legends.add(legend);
            tiles.add(tile);
        }
        boolean several = count > 1;
        for (VBox tile : tiles) {
            // one channel is the chapter's picture: no name, and the panel's own legend
            tile.getChildren().get(0).setVisible(several);
            tile.getChildren().get(0).setManaged(several);
            tile.getChildren().get(2).setVisible(several);
            tile.getChildren().get(2).setManaged(several);
        }
        getChildren().setAll(tiles);
        requestLayout();
    }

    /**
     * The channel count shown.
     *
     * @return at least 1
     */
    public int count() {
        return views.size();
    }

    /**
     * One channel's heatmap.
     *
     * @param c the channel
     * @return its view
     */
    public HeatmapView view(int c) {
        return views.get(c);
    }

    /**
     * Shows one channel's values, name and legend.
     *
     * @param c      the channel
     * @param title  its name as shown above it
     * @param values its matrix (kept by the view: do not change it later), or null
     * @param colors how its values become colors, on its own scale
     */
    public void show(int c, String title, org.ejml.data.FMatrixRMaj values, CellColors colors) {
        titles.get(c).setText(title);
        HeatmapView view = views.get(c);
        // painting one channel hands every channel over again: the others, unchanged, are not redrawn
        if (values == null || view.matrix() != values || !colors.equals(view.colors())) {
            view.show(values, colors);
            legends.get(c).show(colors);
        }
        if (values != null && (values.numRows != matrixRows || values.numCols != matrixCols)) {
            matrixRows = values.numRows;
            matrixCols = values.numCols;
            requestLayout();
        }
    }

    /**
     * Outlines cells of one channel, clearing the others' outlines.
     *
     * @param c      the channel outlined, or -1 for none
     * @param ranges its outlines
     */
    public void highlight(int c, List<HeatmapView.CellRange> ranges) {
        for (int i = 0; i < views.size(); i++) {
            views.get(i).highlightsProperty().set(i == c ? ranges : List.of());
        }
    }

    /**
     * Outlines the same cells in every channel.
     *
     * @param ranges the outlines
     */
    public void highlightAll(List<HeatmapView.CellRange> ranges) {
        for (HeatmapView v : views) {
            v.highlightsProperty().set(ranges);
        }
    }

    /**
     * The cell under the pointer, in whichever channel.
     *
     * @return the property; null when the pointer is over no cell
     */
    public ReadOnlyObjectProperty<ChannelCell> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + views.get(0).minWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + tiles.get(0).minHeight(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + tiles.get(0).prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + tiles.get(0).prefHeight(-1);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double h = getHeight() - top - snappedBottomInset();
        int n = tiles.size();
        int columns = bestColumns(n, w, h);
        int rows = (n + columns - 1) / columns;
        double gap = n == 1 ? 0 : Math.round(views.get(0).em() * 0.5);
        double tileW = Math.floor((w - gap * (columns - 1)) / columns);
        double tileH = Math.floor((h - gap * (rows - 1)) / rows);
        for (int i = 0; i < n; i++) {
            int r = i / columns;
            int c = i % columns;
            tiles.get(i).resizeRelocate(left + c * (tileW + gap), top + r * (tileH + gap), tileW, tileH);
        }
    }

    /** The column count whose tiles give a cell the largest side, the words above and below it taken off. */
    private int bestColumns(int n, double w, double h) {
        if (n == 1) {
            return 1;
        }
        double words = titles.get(0).prefHeight(-1) + legends.get(0).prefHeight(-1);
        int best = 1;
        double bestCell = -1;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            double cell = Math.min(w / columns / matrixCols, (h / rows - words) / matrixRows);
            if (cell > bestCell + 1e-9) {
                bestCell = cell;
                best = columns;
            }
        }
        return best;
    }
}
