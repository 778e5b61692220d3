package org.convlab.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large heatmap redraws only the cells that changed: what it shows afterwards must be exactly
 * what a heatmap drawing the new matrix from scratch shows.
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapViewTest {
    private final HeatmapView painted = new HeatmapView();
    private final HeatmapView fresh = new HeatmapView();
    private final Random random = new Random(7);

    @Start
    void start(Stage stage) {
        for (HeatmapView v : new HeatmapView[] {painted, fresh}) {
            v.setMinSize(400, 400);
            v.setPrefSize(400, 400);
            v.setMaxSize(400, 400);
        }
        stage.setScene(new Scene(new HBox(painted, fresh), 800, 400));
        stage.show();
    }

    @Test
    void redrawingChangedCellsLooksLikeDrawingAfresh(FxRobot robot) {
        // 300 rows over 400 pixels: cells of 1.33 pixels, drawn on tiles
        FMatrixRMaj before = random(300, 300);
        robot.interact(() -> painted.show(before, 1));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage beforeShot = shot(painted);
        FMatrixRMaj after = before;
        // strokes of a few neighbouring cells, as painting makes them: a corner, the middle, a tile edge
        for (int[] cell : new int[][] {{0, 0}, {150, 151}, {151, 150}, {95, 96}, {96, 95}, {299, 299}}) {
            after = after.copy();
            after.set(cell[0], cell[1], after.get(cell[0], cell[1]) > 0 ? -0.9f : 0.9f);
            FMatrixRMaj next = after;
            robot.interact(() -> painted.show(next, 1));
        }
        FMatrixRMaj last = after;
        robot.interact(() -> fresh.show(last, 1));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage updated = shot(painted);
        assertEquals(0, differingPixels(shot(fresh), updated), "pixels that differ from a fresh drawing");
        assertNotEquals(0, differingPixels(beforeShot, updated), "the edits show");
    }

    @Test
    void paintingACellThatCoversNoPixelDrawsNothingAndThrowsNothing(FxRobot robot) {
        // 512 rows over 400 pixels: the last row and column start at pixel 400, past the picture, as
        // painting a 512x512 input beside the lessons (convlab --measure's paint run) reaches them
        FMatrixRMaj before = random(512, 512);
        robot.interact(() -> painted.show(before, 1));
        WaitForAsyncUtils.waitForFxEvents();
        FMatrixRMaj after = before;
        Throwable[] thrown = new Throwable[1];
        // one cell an edit, as a stroke paints them
        for (int[] cell : new int[][] {{511, 300}, {300, 511}, {511, 511}}) {
            after = after.copy();
            after.set(cell[0], cell[1], -after.get(cell[0], cell[1]));
            FMatrixRMaj next = after;
            robot.interact(() -> {
                try {
                    painted.show(next, 1);
                } catch (RuntimeException e) {
                    thrown[0] = e;
                }
            });
        }
        FMatrixRMaj last = after;
        robot.interact(() -> fresh.show(last, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, thrown[0], "painting a cell too small for a pixel");
        assertEquals(0, differingPixels(shot(fresh), shot(painted)), "pixels that differ from a fresh drawing");
    }

    @Test
    void aNewColorScaleRedrawsEveryCell(FxRobot robot) {
        FMatrixRMaj m = random(300, 300);
        robot.interact(() -> painted.show(m, 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            painted.show(m.copy(), 2);
            fresh.show(m.copy(), 2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, differingPixels(shot(fresh),
                shot(painted)));
    }

    @Test
    void pixelsTakeTheirCellsColorAndHiddenCellsTheHiddenColor(FxRobot robot) {
        FMatrixRMaj m = new FMatrixRMaj(300, 300);
        m.set(0, 0, 1f);
        m.set(299, 299, -0.5f);
        robot.interact(() -> painted.show(m, 1));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = shot(painted);
        int last = (int) shot.getWidth() - 1;
        assertEquals(DivergingColormap.argb(1, 1), shot.getPixelReader().getArgb(0, 0));
        assertEquals(DivergingColormap.argb(0, 1), shot.getPixelReader().getArgb(200, 200));
        assertEquals(DivergingColormap.argb(-0.5, 1), shot.getPixelReader().getArgb(last, last));
        // the slide animation has reached the middle row: the lower half is not computed yet
        robot.interact(() -> painted.setRevealed(150 * 300));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage half = shot(painted);
        assertEquals(DivergingColormap.argb(1, 1), half.getPixelReader().getArgb(0, 0));
        assertEquals(0xffd9dde3, half.getPixelReader().getArgb(last, last));
        assertEquals(DivergingColormap.argb(0, 1), half.getPixelReader().getArgb(last, 150));
    }

    private static WritableImage shot(HeatmapView view) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                n += ra.getArgb(x, y) == rb.getArgb(x, y) ? 0 : 1;
            }
        }
        return n;
    }

    private FMatrixRMaj random(int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextFloat() * 2 - 1;
        }
        return m;
    }
}
