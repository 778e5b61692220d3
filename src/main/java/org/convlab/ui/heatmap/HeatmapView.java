package org.convlab.ui.heatmap;

import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.ejml.data.FMatrixRMaj;

/**
 * A matrix drawn as a grid of colored cells (never a node per cell), colored by its
 * {@link CellColors}: signed values on the diverging map, an image in gray levels. Cells large enough to see are drawn on a canvas with grid lines, and
 * values are written in them while they are large enough to read. Smaller cells are drawn as
 * screen pixels on {@link HeatmapTiles}: when a matrix of the same shape and colors follows, only
 * the cells that changed are drawn again, without a layout pass, so painting one cell of a large
 * input costs a tile, not the picture; a matrix larger than the view in pixels is drawn at less than
 * a pixel a cell, never beyond the view. Outlined cell ranges are rectangles over the grid.
 *
 * <p>Sizes follow the type around the heatmap (its CSS font size, which zoom and presentation mode
 * scale): the largest cell can be given in em, and the numbers are written only while they come
 * out at a readable size.
 *
 * <p>The view never changes the matrix it is given; the caller hands over a matrix it no longer
 * modifies (the view compares the next matrix with it).
 */
public class HeatmapView extends Region {
    /** The grid's area: its origin is the top-left corner of cell (0, 0). */
    private final Pane surface = new Pane();
    private final HeatmapPicture picture = new HeatmapPicture();
    private final CellOutlines outlines = new CellOutlines();
    private final PaddingBorder border = new PaddingBorder();
    private int borderRows;
    private int borderCols;
    /** Never shown: its font is the CSS font around the heatmap, the em that sizes cells and numbers. */
    private final Text em = new Text();
    private final CellPointer pointer;
    private final ObjectProperty<List<CellRange>> highlights = new SimpleObjectProperty<>(this, "highlights", List.of());
    private FMatrixRMaj matrix;
    private CellColors colors = new CellColors.Signed(1);
    private double maxCellSize = 64;
    private double maxCellEms;
    private FMatrixRMaj readableOf;
    private double readableEm;
    private double readableCell;
    private int revealed = -1;
    private boolean centered;
    private boolean fullSize;

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
        surface.getChildren().addAll(picture.cells().canvas(), picture.tiles().layer(), outlines.group());
        surface.setManaged(false);
        em.setManaged(false);
        em.setVisible(false);
        em.getStyleClass().add("heatmap-type");
        em.fontProperty().addListener((obs, o, n) -> requestLayout());
        getChildren().addAll(border.canvas(), surface, em);
        pointer = new CellPointer(this, surface, this::cellAtSurface, this::matrix);
        highlights.addListener((obs, o, n) -> drawOutlines(cellSize()));
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
        if (sameShape && picture.hasDrawn()) {
            // the grid keeps its size: no layout pass, and on tiles only the changed cells
            redraw();
        } else {
            // drawn once, in the coming layout pass, however often it is shown before the next frame
            requestLayout();
        }
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
        this.maxCellEms = 0;
        requestLayout();
    }

    /**
     * Limits how large a cell is drawn, in multiples of the type around the heatmap, so that the
     * cells grow with zoom and presentation mode.
     *
     * @param ems the largest side of a cell, in em
     */
    public void setMaxCellEms(double ems) {
        this.maxCellEms = ems;
        requestLayout();
    }

    /**
     * The size of the type around the heatmap.
     *
     * @return pixels
     */
    public double em() {
        return em.getFont().getSize();
    }

    /**
     * The size the cells' numbers are written in.
     *
     * @return pixels; 0 while the cells are too small for readable numbers
     */
    public double numberFontSize() {
        return picture.cells().canvas().getWidth() > 0 ? picture.cells().textSize() : 0;
    }

    /**
     * Where the grid is drawn, in the view's coordinates.
     *
     * @return the grid's bounds; empty without a matrix
     */
    public Bounds gridBounds() {
        return new BoundingBox(surface.getLayoutX(), surface.getLayoutY(), surface.getWidth(), surface.getHeight());
    }

    /**
     * Draws a border of padded zeros around the grid (D2L 6.3), cells of their own look that are
     * not part of the matrix; outlined ranges may reach into it (negative rows and columns).
     *
     * @param rows padded rows above and below
     * @param cols padded columns left and right
     */
    public void setBorder(int rows, int cols) {
        if (rows != borderRows || cols != borderCols) {
            borderRows = rows;
            borderCols = cols;
            requestLayout();
        }
    }

    /**
     * The smallest cell side at which this view writes its numbers.
     *
     * @return pixels; 0 without a matrix
     */
    public double readableCellSize() {
        if (matrix == null) {
            return 0;
        }
        if (matrix != readableOf || em() != readableEm) {
            // the matrix is not changed once shown: its values' longest text is read once
            readableOf = matrix;
            readableEm = em();
            readableCell = HeatmapCells.smallestReadableCell(matrix, readableEm);
        }
        return readableCell;
    }

    /**
     * The width at which the view writes its numbers, if no more than a limit; a matrix far too
     * large for it (a photo) is answered without reading its values.
     *
     * @param limit the widest the view could be
     * @return the width, cells of {@link #readableCellSize()} and insets; empty beyond the limit or
     *         without a matrix
     */
    public OptionalDouble readableWidth(double limit) {
        if (matrix == null || widthFor(HeatmapCells.smallestReadableCell(em())) > limit) {
            return OptionalDouble.empty();
        }
        double width = widthFor(readableCellSize());
        return width <= limit ? OptionalDouble.of(width) : OptionalDouble.empty();
    }

    /**
     * The width the view takes to draw cells of a side, its padded border included.
     *
     * @param cell the side of a cell in pixels
     * @return pixels; the insets alone without a matrix
     */
    public double widthFor(double cell) {
        int across = matrix == null ? 0 : matrix.numCols + 2 * borderCols;
        return cell * across + snappedLeftInset() + snappedRightInset();
    }

    /**
     * The height at which the view, given a width, draws cells as large as that width allows, up to
     * its largest cell and a limit.
     *
     * @param width     the view's width
     * @param cellLimit the largest side wanted, in pixels
     * @return pixels; the insets alone without a matrix
     */
    public double heightFor(double width, double cellLimit) {
        double insets = snappedTopInset() + snappedBottomInset();
        if (matrix == null) {
            return insets;
        }
        double cell = Math.min(Math.min(maxCell(), cellLimit),
                (width - snappedLeftInset() - snappedRightInset()) / (matrix.numCols + 2 * borderCols));
        return Math.max(0, cell) * (matrix.numRows + 2 * borderRows) + insets;
    }

    private double maxCell() {
        return maxCellEms > 0 ? maxCellEms * em() : maxCellSize;
    }

    /**
     * The cell under the pointer.
     *
     * @return the property; null when the pointer is outside
     */
    public ReadOnlyObjectProperty<GridCell> hoveredProperty() {
        return pointer.hoveredProperty();
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
        // below a pixel a cell, the tiles map each screen pixel to a cell by the drawn size
        int row = (int) (y * matrix.numRows / Math.max(1, surface.getHeight()));
        int col = (int) (x * matrix.numCols / Math.max(1, surface.getWidth()));
        if (cell >= 1) {
            row = (int) (y / cell);
            col = (int) (x / cell);
        }
        return row < matrix.numRows && col < matrix.numCols ? new GridCell(row, col) : null;
    }

    /**
     * The side of one cell on screen: as large as the view allows up to the largest cell, and less
     * than a pixel for a matrix larger than the view.
     *
     * @return pixels
     */
    public double cellSize() {
        if (matrix == null) {
            return 0;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        return Math.max(0, Math.min(maxCell(), Math.min(w / (matrix.numCols + 2 * borderCols),
                h / (matrix.numRows + 2 * borderRows))));
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

    /**
     * Whether the preferred size is every cell at its largest however many there are, for a view in
     * a scroll pane whose numbers must stay readable; otherwise it stops at 40 em.
     *
     * @param value true for the full size
     */
    public void setFullSize(boolean value) {
        fullSize = value;
        requestLayout();
    }

    private double prefCap() {
        return fullSize ? Double.MAX_VALUE : 40 * em();
    }

    @Override
    protected void layoutChildren() {
        double cell = cellSize();
        double w = matrix == null ? 0 : Math.floor(cell * matrix.numCols);
        double h = matrix == null ? 0 : Math.floor(cell * matrix.numRows);
        double bw = Math.floor(cell * borderCols);
        double bh = Math.floor(cell * borderRows);
        double free = getWidth() - snappedLeftInset() - snappedRightInset() - w - 2 * bw;
        double left = snappedLeftInset() + (centered ? Math.floor(Math.max(0, free) / 2) : 0);
        surface.resizeRelocate(left + bw, snappedTopInset() + bh, w, h);
        border.canvas().relocate(left + bw - cell * borderCols, snappedTopInset() + bh - cell * borderRows);
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return (matrix == null ? 100 : Math.min(prefCap(), maxCell() * (matrix.numCols + 2 * borderCols)))
                + snappedLeftInset()
                + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return (matrix == null ? 100 : Math.min(prefCap(), maxCell() * (matrix.numRows + 2 * borderRows)))
                + snappedTopInset()
                + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 2 * em();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 2 * em();
    }

    /** Redraws everything from the current matrix. */
    private void draw() {
        double cell = cellSize();
        picture.draw(matrix, colors, revealed, cell, (int) surface.getWidth(), (int) surface.getHeight(), em());
        if (matrix == null) {
            border.draw(0, 0, 0, 0, 0, 0);
        } else {
            border.draw(matrix.numRows, matrix.numCols, borderRows, borderCols, cell, numberFontSize());
        }
        drawOutlines(cell);
    }

    /** Draws a matrix of the shape already drawn: on tiles only the cells that changed. */
    private void redraw() {
        if (!picture.redraw(matrix, colors, revealed, (int) surface.getWidth(), (int) surface.getHeight())) {
            draw();
        }
    }

    private void drawOutlines(double cell) {
        if (matrix == null) {
            outlines.clear();
        } else {
            outlines.draw(highlights.get(), cell, em());
        }
    }
}
