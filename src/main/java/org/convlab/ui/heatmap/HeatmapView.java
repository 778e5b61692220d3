package org.convlab.ui.heatmap;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.convlab.core.CellRegion;
import org.ejml.data.FMatrixRMaj;

/**
 * A matrix drawn as a grid of colored cells (never a node per cell), colored by its
 * {@link CellColors}: signed values on the diverging map, an image in gray levels. Cells large enough to see are drawn on a canvas with grid lines, and
 * values are written in them while they are large enough to read. Smaller cells are drawn as
 * screen pixels on {@link HeatmapTiles}: when a matrix of the same shape and scale follows, only
 * the cells that changed are drawn again, without a layout pass, so painting one cell of a large
 * input costs a tile, not the picture. Outlined cell ranges are rectangles over the grid.
 *
 * <p>The view never changes the matrix it is given; the caller hands over a matrix it no longer
 * modifies (the view compares the next matrix with it).
 */
public class HeatmapView extends Region {
    /** Cells smaller than this (they get no grid lines) are drawn on tiles rather than the canvas. */
    private static final double MIN_CELL_FOR_CANVAS = 8;
    /** The color of a cell the slide animation has not reached yet. */
    private static final int HIDDEN_ARGB = 0xffd9dde3;
    private static final Color HIDDEN = Color.rgb(0xd9, 0xdd, 0xe3);
    /** The grid's area: its origin is the top-left corner of cell (0, 0). */
    private final Pane surface = new Pane();
    private final HeatmapCells cells = new HeatmapCells();
    private final HeatmapTiles tiles = new HeatmapTiles();
    private final Group outlines = new Group();
    private final ReadOnlyObjectWrapper<GridCell> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ObjectProperty<List<CellRange>> highlights = new SimpleObjectProperty<>(this, "highlights", List.of());
    private FMatrixRMaj matrix;
    private CellColors colors = new CellColors.Signed(1);
    private double maxCellSize = 64;
    private int revealed = -1;
    /** What the tiles show, to redraw only what differs from it. */
    private FMatrixRMaj drawn;
    private CellColors drawnColors;
    private int drawnRevealed;
    private boolean centered;
    private boolean keyboardCursor;

    /**
     * A rectangle of cells to outline, inclusive of both corners.
     *
     * @param top    first row
     * @param left   first column
     * @param rows   row count
     * @param cols   column count
     * @param accent true for the primary highlight color, false for the secondary
     */
    public record CellRange(int top, int left, int rows, int cols, boolean accent) {
    }

    /** An empty heatmap. */
    public HeatmapView() {
        getStyleClass().add("heatmap");
        outlines.setMouseTransparent(true);
        surface.getChildren().addAll(cells.canvas(), tiles.layer(), outlines);
        surface.setManaged(false);
        getChildren().add(surface);
        // Dragging (painting) moves over cells too, so it updates the hovered cell as well.
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(cellAtSurface(e.getX(), e.getY())));
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointAt(cellAtSurface(e.getX(), e.getY())));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hovered.set(null));
        highlights.addListener((obs, o, n) -> drawOutlines(cellSize()));
        // Keyboard users point at cells with the arrow keys; the cursor is the hovered cell.
        addEventHandler(KeyEvent.KEY_PRESSED, this::moveCursor);
        focusedProperty().addListener((obs, was, is) -> {
            if (is && hovered.get() == null && matrix != null) {
                keyboardCursor = true;
                hovered.set(new GridCell(0, 0));
            } else if (!is && keyboardCursor) {
                keyboardCursor = false;
                hovered.set(null);
            }
        });
    }

    private void moveCursor(KeyEvent e) {
        GridCell at = hovered.get();
        if (matrix == null || at == null) {
            return;
        }
        int row = at.row();
        int col = at.column();
        switch (e.getCode()) {
            case UP -> row--;
            case DOWN -> row++;
            case LEFT -> col--;
            case RIGHT -> col++;
            default -> {
                return;
            }
        }
        keyboardCursor = true;
        hovered.set(new GridCell(Math.max(0, Math.min(matrix.numRows - 1, row)),
                Math.max(0, Math.min(matrix.numCols - 1, col))));
        e.consume();
    }

    /**
     * Shows signed values on the diverging map, symmetric around 0.
     *
     * @param m          the matrix, not modified (the view keeps it: do not change it later)
     * @param colorScale the magnitude drawn darkest
     */
    public void show(FMatrixRMaj m, double colorScale) {
        show(m, new CellColors.Signed(colorScale));
    }

    /**
     * Shows a matrix in the given colors.
     *
     * @param m          the matrix, not modified (the view keeps it: do not change it later)
     * @param cellColors how values become colors
     */
    public void show(FMatrixRMaj m, CellColors cellColors) {
        boolean sameShape = m != null && matrix != null && m.numRows == matrix.numRows
                && m.numCols == matrix.numCols;
        this.matrix = m;
        this.colors = cellColors;
        if (sameShape && drawn != null) {
            // the grid keeps its size: no layout pass, and on tiles only the changed cells
            redraw();
        } else {
            // drawn once, in the coming layout pass, however often it is shown before the next frame
            requestLayout();
        }
    }

    private void pointAt(GridCell cell) {
        keyboardCursor = false;
        hovered.set(cell);
    }

    /**
     * The matrix shown.
     *
     * @return the matrix, or null
     */
    public FMatrixRMaj matrix() {
        return matrix;
    }

    /**
     * The colors in use.
     *
     * @return signed values on the diverging map, or gray levels
     */
    public CellColors colors() {
        return colors;
    }

    /**
     * Limits how large a cell is drawn, in pixels.
     *
     * @param size the largest side of a cell
     */
    public void setMaxCellSize(double size) {
        this.maxCellSize = size;
        requestLayout();
    }

    /**
     * The cell under the pointer.
     *
     * @return the property; null when the pointer is outside
     */
    public ReadOnlyObjectProperty<GridCell> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /**
     * The cell ranges outlined over the heatmap.
     *
     * @return the property
     */
    public ObjectProperty<List<CellRange>> highlightsProperty() {
        return highlights;
    }

    /**
     * The cell at a point in the view's coordinates.
     *
     * @param x horizontal position
     * @param y vertical position
     * @return the cell, or null outside the matrix
     */
    public GridCell cellAt(double x, double y) {
        return cellAtSurface(x - surface.getLayoutX(), y - surface.getLayoutY());
    }

    /**
     * The centre of a cell in the view's coordinates, for tests and tooltips that point at a cell.
     *
     * @param row    the row
     * @param column the column
     * @return the point
     */
    public Point2D cellCenter(int row, int column) {
        double cell = cellSize();
        return new Point2D(surface.getLayoutX() + (column + 0.5) * cell, surface.getLayoutY() + (row + 0.5) * cell);
    }

    /**
     * Shows only the first cells in raster order, the rest as not yet computed (for the slide
     * animation).
     *
     * @param count how many cells to show; negative shows all
     */
    public void setRevealed(int count) {
        if (count != revealed) {
            revealed = count;
            redraw();
        }
    }

    private GridCell cellAtSurface(double x, double y) {
        double cell = cellSize();
        if (matrix == null || cell <= 0 || x < 0 || y < 0) {
            return null;
        }
        int row = (int) (y / cell);
        int col = (int) (x / cell);
        return row < matrix.numRows && col < matrix.numCols ? new GridCell(row, col) : null;
    }

    /**
     * The side of one cell on screen.
     *
     * @return pixels
     */
    public double cellSize() {
        if (matrix == null) {
            return 0;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        return Math.max(1, Math.min(maxCellSize, Math.min(w / matrix.numCols, h / matrix.numRows)));
    }

    /**
     * Whether the grid sits in the middle of the view's width rather than at its left edge.
     *
     * @param value true to center horizontally
     */
    public void setCentered(boolean value) {
        centered = value;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double cell = cellSize();
        double w = matrix == null ? 0 : Math.floor(cell * matrix.numCols);
        double h = matrix == null ? 0 : Math.floor(cell * matrix.numRows);
        double free = getWidth() - snappedLeftInset() - snappedRightInset() - w;
        surface.resizeRelocate(snappedLeftInset() + (centered ? Math.floor(Math.max(0, free) / 2) : 0),
                snappedTopInset(), w, h);
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return matrix == null ? 100 : Math.min(600, maxCellSize * matrix.numCols) + snappedLeftInset()
                + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return matrix == null ? 100 : Math.min(600, maxCellSize * matrix.numRows) + snappedTopInset()
                + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 40;
    }

    /** Redraws everything from the current matrix. */
    private void draw() {
        drawn = matrix;
        drawnColors = colors;
        drawnRevealed = revealed;
        double cell = cellSize();
        boolean onTiles = matrix != null && cell < MIN_CELL_FOR_CANVAS;
        int w = (int) surface.getWidth();
        int h = (int) surface.getHeight();
        tiles.layer().setVisible(onTiles);
        if (matrix == null || onTiles) {
            // the canvas keeps a buffer as large as itself: give it back while the tiles draw
            cells.clear();
        } else {
            cells.draw(matrix, colors, cell, revealed, HIDDEN);
        }
        if (onTiles && w > 0 && h > 0) {
            if (!tiles.fits(w, h, matrix)) {
                tiles.layOut(w, h, matrix);
            }
            tiles.repaint(matrix, colors, revealed, HIDDEN_ARGB, new CellRegion(0, 0, matrix.numRows, matrix.numCols));
        }
        drawOutlines(cell);
    }

    /** Draws a matrix of the shape already drawn: on tiles only the cells that changed. */
    private void redraw() {
        int w = (int) surface.getWidth();
        int h = (int) surface.getHeight();
        if (!tiles.layer().isVisible() || !tiles.fits(w, h, matrix) || !colors.equals(drawnColors)
                || revealed != drawnRevealed) {
            draw();
            return;
        }
        CellRegion changed = CellRegion.changed(drawn, matrix);
        if (changed != null) {
            tiles.repaint(matrix, colors, revealed, HIDDEN_ARGB, changed);
        }
        drawn = matrix;
    }

    private void drawOutlines(double cell) {
        outlines.getChildren().clear();
        if (matrix == null) {
            return;
        }
        for (CellRange r : highlights.get()) {
            Rectangle outline = new Rectangle(r.left() * cell + 1, r.top() * cell + 1, r.cols() * cell - 2,
                    r.rows() * cell - 2);
            outline.setFill(null);
            outline.setStroke(r.accent() ? Color.web("#ffb000") : Color.web("#000000"));
            outline.setStrokeWidth(Math.max(2, cell / 10));
            outlines.getChildren().add(outline);
        }
    }
}
