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
    /** Cells from this size up show their values. */
    private static final double MIN_CELL_FOR_TEXT = 26;
    private final Canvas canvas = new Canvas();

    /**
     * The canvas; its origin is the grid's top-left corner.
     *
     * @return the canvas
     */
    Canvas canvas() {
        return canvas;
    }

    /** Empties the canvas and gives its buffer back, as when the tiles draw instead. */
    void clear() {
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
     */
    void draw(FMatrixRMaj m, CellColors colors, double cell, int revealed, Color hidden) {
        canvas.setWidth(Math.floor(cell * m.numCols));
        canvas.setHeight(Math.floor(cell * m.numRows));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        boolean text = cell >= MIN_CELL_FOR_TEXT;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(fontSize(m, cell, text)));
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
     * The type size for the values: about a third of a cell, smaller when the longest value (a
     * gradient such as -11.51) would not fit in the cell's width, a digit being about 0.6 em wide.
     */
    private static double fontSize(FMatrixRMaj m, double cell, boolean text) {
        double size = Math.min(cell * 0.36, 40);
        if (!text) {
            return size;
        }
        int longest = 1;
        for (int i = 0; i < m.getNumElements(); i++) {
            longest = Math.max(longest, ValueText.plain(m.data[i]).length());
        }
        return Math.min(size, 0.85 * cell / (0.6 * longest));
    }
}
