package org.convlab.ui.heatmap;

import java.util.Arrays;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.convlab.core.CellRegion;
import org.ejml.data.FMatrixRMaj;

/**
 * A large matrix drawn as screen pixels, each cell as the block of pixels it covers (nearest
 * neighbour, no smoothing), on square tiles of {@value #TILE} pixels. Repainting a region of cells
 * rewrites only the tiles it covers, so the renderer repaints only them: painting one cell of a
 * 512x512 input redraws one tile, not the whole picture.
 */
final class HeatmapTiles {
    /** The side of a tile in pixels. */
    static final int TILE = 128;
    private final Group layer = new Group();
    private int width;
    private int height;
    private int rows;
    private int cols;
    /** Screen pixels, width x height, row by row. */
    private int[] pixels = new int[0];
    /** The colors of one row of cells. */
    private int[] rowColors = new int[0];
    private int[] columnOf = new int[0];
    private WritableImage[] images = new WritableImage[0];
    private int tilesAcross;

    HeatmapTiles() {
        layer.setManaged(false);
    }

    /**
     * The node holding the tiles; its origin is the grid's top-left corner.
     *
     * @return the layer
     */
    Group layer() {
        return layer;
    }

    /**
     * Whether the tiles are laid out for this pixel size and matrix shape.
     *
     * @param w pixels across
     * @param h pixels down
     * @param m the matrix
     * @return true when {@link #repaint} can redraw part of them
     */
    boolean fits(int w, int h, FMatrixRMaj m) {
        return w == width && h == height && m.numRows == rows && m.numCols == cols && images.length > 0;
    }

    /**
     * Lays out tiles for a picture of w x h pixels of an m-shaped matrix; nothing is drawn yet.
     *
     * @param w pixels across, at least 1
     * @param h pixels down, at least 1
     * @param m the matrix whose shape is drawn
     */
    void layOut(int w, int h, FMatrixRMaj m) {
        width = w;
        height = h;
        rows = m.numRows;
        cols = m.numCols;
        if (pixels.length < w * h) {
            pixels = new int[w * h];
        }
        if (rowColors.length < cols) {
            rowColors = new int[cols];
        }
        columnOf = new int[w];
        for (int x = 0; x < w; x++) {
            columnOf[x] = Math.min(cols - 1, (int) ((long) x * cols / w));
        }
        tilesAcross = (w + TILE - 1) / TILE;
        int tilesDown = (h + TILE - 1) / TILE;
        images = new WritableImage[tilesAcross * tilesDown];
        layer.getChildren().clear();
        for (int t = 0; t < images.length; t++) {
            int x = (t % tilesAcross) * TILE;
            int y = (t / tilesAcross) * TILE;
            images[t] = new WritableImage(Math.min(TILE, w - x), Math.min(TILE, h - y));
            ImageView view = new ImageView(images[t]);
            view.setSmooth(false);
            view.setLayoutX(x);
            view.setLayoutY(y);
            layer.getChildren().add(view);
        }
    }

    /**
     * Colors the cells of a region and writes the pixels they cover.
     *
     * @param m        the matrix, shaped as laid out; not modified
     * @param colors   how values become colors
     * @param revealed cells shown in raster order, the rest hidden; negative shows all
     * @param hidden   the color of a hidden cell
     * @param region   the cells to redraw
     */
    void repaint(FMatrixRMaj m, CellColors colors, int revealed, int hidden, CellRegion region) {
        int x0 = firstPixel(region.left(), width, cols);
        int x1 = firstPixel(region.right(), width, cols);
        int y0 = firstPixel(region.top(), height, rows);
        int y1 = firstPixel(region.bottom(), height, rows);
        int lastRow = -1;
        for (int y = y0; y < y1; y++) {
            int row = Math.min(rows - 1, (int) ((long) y * rows / height));
            int at = y * width;
            if (row == lastRow) {
                System.arraycopy(pixels, at - width + x0, pixels, at + x0, x1 - x0);
                continue;
            }
            lastRow = row;
            // the colors of the row's cells in the region, then one pixel per screen column
            int from = row * cols + region.left();
            int n = region.right() - region.left();
            colors.fill(m.data, from, n, rowColors, 0);
            if (revealed >= 0) {
                Arrays.fill(rowColors, Math.max(0, Math.min(revealed - from, n)), n, hidden);
            }
            int left = region.left();
            for (int x = x0; x < x1; x++) {
                pixels[at + x] = rowColors[columnOf[x] - left];
            }
        }
        upload(x0, y0, x1, y1);
    }

    /** Copies a rectangle of pixels into the tiles it covers. */
    private void upload(int x0, int y0, int x1, int y1) {
        if (x1 <= x0 || y1 <= y0) {
            // the cells lie between pixels (more cells than pixels): an empty rectangle at a tile's far
            // edge would start outside that tile, which the tile's writer refuses
            return;
        }
        PixelFormat<java.nio.IntBuffer> format = PixelFormat.getIntArgbPreInstance();
        for (int ty = y0 / TILE; ty * TILE < y1; ty++) {
            for (int tx = x0 / TILE; tx * TILE < x1; tx++) {
                int left = Math.max(x0, tx * TILE);
                int top = Math.max(y0, ty * TILE);
                int right = Math.min(x1, (tx + 1) * TILE);
                int bottom = Math.min(y1, (ty + 1) * TILE);
                images[ty * tilesAcross + tx].getPixelWriter().setPixels(left - tx * TILE, top - ty * TILE,
                        right - left, bottom - top, format, pixels, top * width + left, width);
            }
        }
    }

    /** The first pixel drawn for cell index c of n cells spread over size pixels. */
    private static int firstPixel(int c, int size, int n) {
        return (int) (((long) c * size + n - 1) / n);
    }
}
