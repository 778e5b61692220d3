package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.convlab.ui.heatmap.ColorLegend;
import org.convlab.ui.heatmap.DivergingColormap;
import org.convlab.ui.heatmap.HeatmapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** X is an image drawn as the chapter draws it, 0 black and 1 white; Y is signed, on the diverging map. */
@ExtendWith(ApplicationExtension.class)
class ImageColorsTest extends WorkspaceFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theEdgeImageIsWhiteOnBothSidesOfABlackBand(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        // the chapter's X: columns 0-1 and 6-7 are 1, columns 2-5 are 0
        assertEquals(0xffffffff, pixel(inputView(), 0, 0));
        assertEquals(0xff000000, pixel(inputView(), 0, 3));
        assertEquals(0xffffffff, pixel(inputView(), 5, 7));
        assertArrayEquals(new String[] {"0", "", "1"}, node("#input-legend", ColorLegend.class).values());
        assertEquals("Gray levels as in the chapter: 0 is black, 1 is white.", text("#input-negative"));
        // Y = X[.., j] - X[.., j+1]: +1 red at column 1, -1 blue at column 5, on its own signed legend
        assertEquals(DivergingColormap.argb(1, 1), pixel(outputView(), 0, 1));
        assertEquals(DivergingColormap.argb(-1, 1), pixel(outputView(), 0, 5));
        ColorLegend yLegend = robot.lookup(".output-panel .color-legend").queryAs(ColorLegend.class);
        assertArrayEquals(new String[] {"\u22121", "0", "+1"}, yLegend.values());
    }

    @Test
    void negativeValuesInXWidenTheGrayAndTheLegendSaysHow(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        Slider brush = node("#brush-value", Slider.class);
        robot.interact(() -> brush.setValue(-1));
        robot.clickOn(cell(inputView(), 2, 3));
        assertEquals(-1f, workspace.state().input().get(2, 3));
        await(() -> text("#input-negative").startsWith("Negative values"));
        // away from X, so no outline covers the cell
        robot.moveTo("#input-legend");
        assertEquals(0xff000000, pixel(inputView(), 2, 3));
        int zero = pixel(inputView(), 0, 3) & 0xff;
        assertTrue(zero > 100 && zero < 155, "0 is a middle gray between -1 and 1: " + zero);
        assertArrayEquals(new String[] {"\u22121", "", "1"}, node("#input-legend", ColorLegend.class).values());
        assertEquals("Negative values: black is \u22121, white is 1, 0 is gray.", text("#input-negative"));
    }

    /** The color drawn a quarter cell up and left of a cell's centre: clear of its grid lines and its number. */
    private int pixel(HeatmapView view, int row, int column) {
        return fx(() -> {
            WritableImage shot = view.snapshot(null, null);
            Point2D c = view.cellCenter(row, column);
            double in = view.cellSize() / 4;
            return shot.getPixelReader().getArgb((int) (c.getX() - in), (int) (c.getY() - in));
        });
    }

    @Test
    void valuesAboveOneWidenTheGrayAndTheNoteNamesTheWhite(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        fx(() -> {
            workspace.change("edit.example", st -> st.withInput(org.convlab.core.Chapter.exampleInput()));
            return null;
        });
        // the chapter's 3x3 example holds 0 to 8: 8 is drawn white, and the note says so, not "1 is white"
        await(() -> text("#input-negative").contains("8"));
        assertEquals("Gray levels: 0 is black, 8 is white.", text("#input-negative"));
    }
}
