package org.convlab.ui.heatmap;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The zero border that padding adds around X (D2L 6.3), drawn as cells of their own look: pale
 * gray, hatched and with a dashed edge, a gray 0 in each while the grid's numbers are shown, so
 * that they are clearly not part of X. They are not cells of the matrix: the pointer and the brush
 * do not reach them.
 */
final class PaddingBorder {
    private static final Color FILL = Color.web("#eceff1");
    private static final Color HATCH = Color.web("#cfd8dc");
    private static final Color ZERO = Color.web("#78909c");
    private final Canvas canvas = new Canvas();

    PaddingBorder() {
        canvas.setMouseTransparent(true);
        canvas.setManaged(false);
    }

    Canvas canvas() {
        return canvas;
    }

    /**
     * Draws the border around a rows x cols grid; the canvas's origin is the border's top-left corner.
     *
     * @param rows       the grid's rows
     * @param cols       the grid's columns
     * @param borderRows padded rows above and below
     * @param borderCols padded columns left and right
     * @param cell       the side of a cell in pixels
     * @param textSize   the size of the grid's numbers; 0 when none are written
     */
    void draw(int rows, int cols, int borderRows, int borderCols, double cell, double textSize) {
        int allRows = rows + 2 * borderRows;
        int allCols = cols + 2 * borderCols;
        boolean none = borderRows == 0 && borderCols == 0 || cell <= 0;
        canvas.setWidth(none ? 0 : Math.floor(cell * allCols));
        canvas.setHeight(none ? 0 : Math.floor(cell * allRows));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (none) {
            return;
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(textSize));
        for (int i = 0; i < allRows; i++) {
            for (int j = 0; j < allCols; j++) {
                boolean inside = i >= borderRows && i < borderRows + rows && j >= borderCols && j < borderCols + cols;
                if (!inside) {
                    padCell(g, i * cell, j * cell, cell, textSize);
                }
            }
        }
        g.setStroke(ZERO);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeRect(0.5, 0.5, allCols * cell - 1, allRows * cell - 1);
        g.setLineDashes();
    }

    private static void padCell(GraphicsContext g, double y, double x, double cell, double textSize) {
        g.setFill(FILL);
        g.fillRect(x, y, cell, cell);
        if (cell >= 6) {
            g.setStroke(HATCH);
            g.setLineWidth(1);
            g.strokeLine(x, y + cell, x + cell, y);
        }
        if (textSize > 0) {
            g.setFill(ZERO);
            g.fillText("0", x + cell / 2, y + cell / 2);
        }
    }
}
