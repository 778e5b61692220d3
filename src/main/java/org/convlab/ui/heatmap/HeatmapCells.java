package org.convlab.ui.heatmap;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.convlab.model.ValueText;
import org.ejml.data.FMatrixRMaj;

/**
 * A matrix whose cells are large enough to see, drawn on one canvas: a colored square per cell,
 * grid lines, and the values written in the cells while they are large enough to read.
 */
final class HeatmapCells {
    /** The smallest type, in pixels, that the numbers are written in; smaller cells show colors only. */
    static final double LEGIBLE_PX = 10;
    /** Numbers smaller than this share of the surrounding type are not written: they would be squinted at. */
    private static final double LEGIBLE_EM = 0.7;
    /** Numbers in large cells grow up to twice the surrounding type, for the back of the room. */
    private static final double LARGEST_EM = 2;
    /** The values' type is at most this share of a cell's side. */
    private static final double CELL_SHARE = 0.4;
    /** The width of a digit in em, about. */
    private static final double DIGIT_EM = 0.6;
    /** The longest value fills at most this share of a cell's width. */
    private static final double FILL = 0.85;
    private final Canvas canvas = new Canvas();
    private double textSize;

    /**
     * The canvas; its origin is the grid's top-left corner.
     *
     * @return the canvas
     */
    Canvas canvas() {
        return canvas;
    }

    /**
     * The size the numbers were last written in.
     *
     * @return pixels; 0 when no numbers are drawn
     */
    double textSize() {
        return textSize;
    }

    /** Empties the canvas and gives its buffer back, as when the tiles draw instead. */
    void clear() {
        textSize = 0;
        canvas.setWidth(0);
        canvas.setHeight(0);
        canvas.getGraphicsContext2D().clearRect(0, 0, 0, 0);
    }

    /**
     * Draws every cell.
     *
     * @param m        the matrix, not modified
     * @param colors   how values become colors
     * @param cell     the side of a cell in pixels
     * @param revealed cells shown in raster order, the rest hidden; negative shows all
     * @param hidden   the color of a hidden cell
     * @param em       the size of the type around the heatmap, in pixels
     */
    void draw(FMatrixRMaj m, CellColors colors, double cell, int revealed, Color hidden, double em) {
        canvas.setWidth(Math.floor(cell * m.numCols));
        canvas.setHeight(Math.floor(cell * m.numRows));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double size = fontSize(m, cell, em);
        boolean text = size >= legible(em);
        textSize = text ? size : 0;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(size));
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                float v = m.get(i, j);
                int index = i * m.numCols + j;
                boolean shown = revealed < 0 || index < revealed;
                g.setFill(shown ? colors.color(v) : hidden);
                g.fillRect(j * cell, i * cell, cell, cell);
                if (text && shown) {
                    g.setFill(colors.needsLightText(v) ? Color.WHITE : Color.BLACK);
                    g.fillText(ValueText.plain(v), (j + 0.5) * cell, (i + 0.5) * cell);
                }
            }
        }
        g.setStroke(Color.gray(0.75));
        g.setLineWidth(1);
        for (int i = 0; i <= m.numRows; i++) {
            g.strokeLine(0, i * cell + 0.5, m.numCols * cell, i * cell + 0.5);
        }
        for (int j = 0; j <= m.numCols; j++) {
            g.strokeLine(j * cell + 0.5, 0, j * cell + 0.5, m.numRows * cell);
        }
    }

    /**
     * The type size for the values: about two fifths of a cell and at most twice the surrounding type,
     * smaller when the longest value (a gradient such as -11.51) would not fit in the cell's width,
     * a digit being about 0.6 em wide.
     */
    private static double fontSize(FMatrixRMaj m, double cell, double em) {
        return Math.min(Math.min(cell * CELL_SHARE, LARGEST_EM * em), FILL * cell / (DIGIT_EM * longest(m)));
    }

    /**
     * The smallest cell in which a matrix's values are written, in the type around it: the numbers
     * then come out at the smallest readable size.
     *
     * @param m  the matrix, not modified
     * @param em the size of the type around the heatmap, in pixels
     * @return pixels, rounded up with a pixel to spare
     */
    static double smallestReadableCell(FMatrixRMaj m, double em) {
        return Math.ceil(legible(em) * Math.max(1 / CELL_SHARE, DIGIT_EM * longest(m) / FILL)) + 1;
    }

    /**
     * The smallest cell in which any value could be written, without reading the values: a bound
     * that spares scanning a photo's million values.
     *
     * @param em the size of the type around the heatmap, in pixels
     * @return pixels, no more than {@link #smallestReadableCell} for any matrix
     */
    static double smallestReadableCell(double em) {
        return Math.ceil(legible(em) / CELL_SHARE);
    }

    private static double legible(double em) {
        return Math.max(LEGIBLE_PX, LEGIBLE_EM * em);
    }

    private static int longest(FMatrixRMaj m) {
        int longest = 1;
        for (int i = 0; i < m.getNumElements(); i++) {
            longest = Math.max(longest, ValueText.plain(m.data[i]).length());
        }
        return longest;
    }
}
