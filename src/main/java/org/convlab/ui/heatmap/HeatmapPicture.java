package org.convlab.ui.heatmap;

import javafx.scene.paint.Color;
import org.convlab.core.CellRegion;
import org.ejml.data.FMatrixRMaj;

/**
 * The picture of a heatmap's cells, on the canvas of {@link HeatmapCells} while cells are large
 * enough for grid lines, else on the pixel tiles of {@link HeatmapTiles}. It remembers what the
 * tiles show, so that a matrix of the same shape redraws only the cells that changed.
 */
final class HeatmapPicture {
    /** Cells smaller than this (they get no grid lines) are drawn on tiles rather than the canvas. */
    private static final double MIN_CELL_FOR_CANVAS = 8;
    /** The color of a cell the slide animation has not reached yet. */
    private static final int HIDDEN_ARGB = 0xffd9dde3;
    private static final Color HIDDEN = Color.rgb(0xd9, 0xdd, 0xe3);
    private final HeatmapCells cells = new HeatmapCells();
    private final HeatmapTiles tiles = new HeatmapTiles();
    private FMatrixRMaj drawn;
    private CellColors drawnColors;
    private int drawnRevealed;

    HeatmapCells cells() {
        return cells;
    }

    HeatmapTiles tiles() {
        return tiles;
    }

    /** Whether a matrix was drawn, so that the next of its shape can be drawn by difference. */
    boolean hasDrawn() {
        return drawn != null;
    }

    /**
     * Draws every cell.
     *
     * @param m        the matrix, or null to draw nothing; not modified
     * @param colors   how values become colors
     * @param revealed cells shown in raster order; negative shows all
     * @param cell     the side of a cell in pixels
     * @param w        the grid's width in pixels
     * @param h        the grid's height in pixels
     * @param em       the type size around the heatmap
     */
    void draw(FMatrixRMaj m, CellColors colors, int revealed, double cell, int w, int h, double em) {
        drawn = m;
        drawnColors = colors;
        drawnRevealed = revealed;
        boolean onTiles = m != null && cell < MIN_CELL_FOR_CANVAS;
        tiles.layer().setVisible(onTiles);
        if (m == null || onTiles) {
            // the canvas keeps a buffer as large as itself: give it back while the tiles draw
            cells.clear();
        } else {
            cells.draw(m, colors, cell, revealed, HIDDEN, em);
        }
        if (onTiles && w > 0 && h > 0) {
            if (!tiles.fits(w, h, m)) {
                tiles.layOut(w, h, m);
            }
            tiles.repaint(m, colors, revealed, HIDDEN_ARGB, new CellRegion(0, 0, m.numRows, m.numCols));
        }
    }

    /**
     * Draws a matrix of the shape already drawn: on tiles only the cells that changed.
     *
     * @return false when everything must be drawn again with {@link #draw}
     */
    boolean redraw(FMatrixRMaj m, CellColors colors, int revealed, int w, int h) {
        if (!tiles.layer().isVisible() || !tiles.fits(w, h, m) || !colors.equals(drawnColors) || revealed != drawnRevealed) {
            return false;
        }
        CellRegion changed = CellRegion.changed(drawn, m);
        if (changed != null) {
            tiles.repaint(m, colors, revealed, HIDDEN_ARGB, changed);
        }
        drawn = m;
        return true;
    }
}
