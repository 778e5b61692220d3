package org.convlab.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The padded border is drawn around the grid as cells of its own, which the pointer does not reach. */
@ExtendWith(ApplicationExtension.class)
class PaddingBorderTest {
    private final HeatmapView view = new HeatmapView();

    @Start
    void start(Stage stage) {
        view.setMinSize(400, 400);
        view.setPrefSize(400, 400);
        view.setMaxSize(400, 400);
        view.setMaxCellSize(1000);
        stage.setScene(new Scene(new HBox(view), 400, 400));
        stage.show();
    }

    @Test
    void theBorderTakesCellsOfTheGridsSizeAndMovesTheGridInward(FxRobot robot) {
        FMatrixRMaj x = new FMatrixRMaj(3, 6);
        x.fill(1);
        robot.interact(() -> view.show(x, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(400 / 6.0, view.cellSize(), 1e-9);
        robot.interact(() -> view.setBorder(1, 2));
        WaitForAsyncUtils.waitForFxEvents();
        // 3 + 2 rows and 6 + 4 columns share the 400 pixels
        assertEquals(40, view.cellSize(), 1e-9);
        Point2D first = view.cellCenter(0, 0);
        assertEquals(new Point2D(2 * 40 + 20, 40 + 20), first);
        assertNull(view.cellAt(10, 10), "a padded cell is not a cell of X");
        assertEquals(new GridCell(0, 0), view.cellAt(first.getX(), first.getY()));
        WritableImage shot = snapshot(robot);
        Color padded = shot.getPixelReader().getColor(5, 30);
        Color inside = shot.getPixelReader().getColor((int) first.getX() - 5, (int) first.getY());
        assertNotEquals(inside, padded, "padded cells look different from X's cells");
        assertNotEquals(Color.TRANSPARENT, padded);
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        return image[0];
    }
}
