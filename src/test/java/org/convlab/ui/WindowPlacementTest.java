package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The first window opens at a usable size on the screen, whatever the window manager would pick. */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D WITH_PANEL = new Rectangle2D(0, 30, 1280, 770);

    @Test
    void firstStartOpens1280x800CentredWithinTheUsableArea() {
        assertEquals(new WindowPlacement(0, 0, 1280, 800), WindowPlacement.of(Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, LAPTOP));
        assertEquals(new WindowPlacement(0, 30, 1280, 770), WindowPlacement.of(Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, WITH_PANEL));
        assertEquals(new WindowPlacement(320, 140, 1280, 800), WindowPlacement.of(Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, new Rectangle2D(0, 0, 1920, 1080)));
    }

    @Test
    void aTinyRememberedSizeIsNotKept() {
        // what openbox left behind when it opened the window at 198x175
        assertEquals(new WindowPlacement(0, 0, 1280, 800), WindowPlacement.of(198, 175, 1, 32, LAPTOP));
    }

    @Test
    void aRememberedSizeAndPlaceAreKeptOnTheScreen() {
        assertEquals(new WindowPlacement(100, 50, 1000, 700), WindowPlacement.of(1000, 700, 100, 50, LAPTOP));
        assertEquals(new WindowPlacement(280, 100, 1000, 700), WindowPlacement.of(1000, 700, 900, 400, LAPTOP));
        assertEquals(new WindowPlacement(0, 0, 1280, 800), WindowPlacement.of(1600, 1000, 0, 0, LAPTOP));
    }

    @Test
    void theSmallestWindowIsTheWorkspacesOrTheScreensIfSmaller() {
        assertEquals(800, WindowPlacement.minWidth(LAPTOP));
        assertEquals(560, WindowPlacement.minHeight(LAPTOP));
        assertEquals(640, WindowPlacement.minWidth(new Rectangle2D(0, 0, 640, 480)));
        assertEquals(480, WindowPlacement.minHeight(new Rectangle2D(0, 0, 640, 480)));
    }
}
