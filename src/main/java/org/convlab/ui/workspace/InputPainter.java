package org.convlab.ui.workspace;

import java.util.function.DoubleSupplier;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.convlab.model.Workspace;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView;

/**
 * Paints one channel of X with the mouse: the primary button paints the brush value, the secondary button paints
 * 0, and press-drag-release is one undoable stroke. Cells between two pointer positions are
 * painted too, so a quick drag leaves no gaps.
 */
final class InputPainter {
    private final HeatmapView view;
    private final int channel;
    private final Workspace workspace;
    private final DoubleSupplier brush;
    private GridCell last;
    private float value;

    InputPainter(HeatmapView view, int channel, Workspace workspace, DoubleSupplier brush) {
        this.view = view;
        this.channel = channel;
        this.workspace = workspace;
        this.brush = brush;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Space or Enter paints the cell under the keyboard cursor with the brush, Delete paints 0. */
    private void key(KeyEvent e) {
        GridCell at = view.hoveredProperty().get();
        if (at == null) {
            return;
        }
        switch (e.getCode()) {
            case SPACE, ENTER -> workspace.paint(channel, at.row(), at.column(), (float) brush.getAsDouble());
            case DELETE, BACK_SPACE -> workspace.paint(channel, at.row(), at.column(), 0f);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.SECONDARY) {
            return;
        }
        view.requestFocus();
        value = e.getButton() == MouseButton.PRIMARY ? (float) brush.getAsDouble() : 0f;
        workspace.beginStroke(channel);
        last = view.cellAt(e.getX(), e.getY());
        if (last != null) {
            workspace.paint(channel, last.row(), last.column(), value);
        }
        e.consume();
    }

    private void drag(MouseEvent e) {
        GridCell cell = view.cellAt(e.getX(), e.getY());
        if (cell == null || cell.equals(last)) {
            return;
        }
        if (last == null) {
            workspace.paint(channel, cell.row(), cell.column(), value);
        } else {
            line(last, cell);
        }
        last = cell;
        e.consume();
    }

    private void release(MouseEvent e) {
        workspace.endStroke();
        last = null;
        e.consume();
    }

    /** Bresenham's line from a to b, a excluded (it was painted already). */
    private void line(GridCell a, GridCell b) {
        int r = a.row();
        int c = a.column();
        int dr = Math.abs(b.row() - r);
        int dc = Math.abs(b.column() - c);
        int sr = Integer.signum(b.row() - r);
        int sc = Integer.signum(b.column() - c);
        int err = dc - dr;
        while (r != b.row() || c != b.column()) {
            int e2 = 2 * err;
            if (e2 > -dr) {
                err -= dr;
                c += sc;
            }
            if (e2 < dc) {
                err += dc;
                r += sr;
            }
            workspace.paint(channel, r, c, value);
        }
    }
}
