package org.convlab.ui.heatmap;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.convlab.ui.heatmap.HeatmapView.CellRange;

/** The outlined cell ranges over a heatmap's grid: rectangles that let the pointer through. */
final class CellOutlines {
    private final Group group = new Group();

    CellOutlines() {
        group.setMouseTransparent(true);
    }

    Group group() {
        return group;
    }

    /**
     * Draws the ranges for a cell size; the stroke is about a sixth of the type, so outlines
     * thicken with zoom as the type does.
     */
    void draw(List<CellRange> ranges, double cell, double em) {
        group.getChildren().clear();
        double stroke = Math.max(Math.max(2, em / 6), cell / 10);
        for (CellRange r : ranges) {
            Rectangle outline = new Rectangle(r.left() * cell + 1, r.top() * cell + 1,
                    Math.max(1, r.cols() * cell - 2), Math.max(1, r.rows() * cell - 2));
            outline.setFill(null);
            outline.setStroke(r.accent() ? Color.web("#ffb000") : Color.web("#000000"));
            outline.setStrokeWidth(stroke);
            group.getChildren().add(outline);
        }
    }

    void clear() {
        group.getChildren().clear();
    }
}
