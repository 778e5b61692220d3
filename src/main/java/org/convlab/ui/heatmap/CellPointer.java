package org.convlab.ui.heatmap;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.ejml.data.FMatrixRMaj;

/**
 * The cell a heatmap's user points at: under the mouse (also while dragging, that is painting), or
 * moved with the arrow keys while the heatmap has the focus. The keyboard's cursor starts at the
 * first cell and goes away with the focus.
 */
final class CellPointer {
    private final ReadOnlyObjectWrapper<GridCell> hovered;
    private final Supplier<FMatrixRMaj> matrix;
    private boolean keyboardCursor;

    /**
     * Follows the mouse over a surface and the keys on its heatmap.
     *
     * @param owner   the heatmap: its keys and focus
     * @param surface the grid's area: its mouse
     * @param cellAt  the cell at a point of the surface, or null
     * @param matrix  the matrix shown, or null
     */
    CellPointer(Node owner, Node surface, BiFunction<Double, Double, GridCell> cellAt, Supplier<FMatrixRMaj> matrix) {
        this.hovered = new ReadOnlyObjectWrapper<>(owner, "hovered");
        this.matrix = matrix;
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(cellAt.apply(e.getX(), e.getY())));
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointAt(cellAt.apply(e.getX(), e.getY())));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hovered.set(null));
        // a click with no move before it (the pointer already there when a dialog closed) points at
        // its cell before the click gives the heatmap the focus, which would start the keys' cursor
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pointAt(cellAt.apply(e.getX(), e.getY())));
        owner.addEventHandler(KeyEvent.KEY_PRESSED, this::moveCursor);
        owner.focusedProperty().addListener((obs, was, is) -> {
            if (is && hovered.get() == null && matrix.get() != null) {
                keyboardCursor = true;
                hovered.set(new GridCell(0, 0));
            } else if (!is && keyboardCursor) {
                keyboardCursor = false;
                hovered.set(null);
            }
        });
    }

    ReadOnlyObjectProperty<GridCell> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    private void pointAt(GridCell cell) {
        keyboardCursor = false;
        hovered.set(cell);
    }

    private void moveCursor(KeyEvent e) {
        GridCell at = hovered.get();
        FMatrixRMaj m = matrix.get();
        if (m == null || at == null) {
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
        hovered.set(new GridCell(Math.max(0, Math.min(m.numRows - 1, row)), Math.max(0, Math.min(m.numCols - 1, col))));
        e.consume();
    }
}
