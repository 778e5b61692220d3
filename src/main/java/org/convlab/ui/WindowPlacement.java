package org.convlab.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens and how large: the size the user left it at, else 1280x800, always
 * within the screen's usable area (without task bars) and never below a size the workspace can be
 * used at. The window manager is not left to choose: openbox, for one, opens a window whose size
 * was only requested at 198x175 pixels.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width
 * @param height height
 */
record WindowPlacement(double x, double y, double width, double height) {
    /** The size a new window opens at, where the screen has room. */
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    /** The smallest window the workspace is laid out for; a smaller screen gets its whole usable area. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;

    /**
     * The placement for a remembered size and position on a screen.
     *
     * @param width    the remembered width, NaN if none
     * @param height   the remembered height, NaN if none
     * @param x        the remembered left edge, NaN if none or no longer on a screen
     * @param y        the remembered top edge, NaN if none or no longer on a screen
     * @param usable   the screen's usable area (its visual bounds)
     * @return where to open the window
     */
    static WindowPlacement of(double width, double height, double x, double y, Rectangle2D usable) {
        boolean remembered = width >= MIN_WIDTH && height >= MIN_HEIGHT;
        double w = Math.min(remembered ? width : DEFAULT_WIDTH, usable.getWidth());
        double h = Math.min(remembered ? height : DEFAULT_HEIGHT, usable.getHeight());
        double left = Double.isNaN(x) ? usable.getMinX() + (usable.getWidth() - w) / 2 : x;
        double top = Double.isNaN(y) ? usable.getMinY() + (usable.getHeight() - h) / 2 : y;
        // a remembered position that would put part of the window off the screen slides back onto it
        left = Math.max(usable.getMinX(), Math.min(left, usable.getMaxX() - w));
        top = Math.max(usable.getMinY(), Math.min(top, usable.getMaxY() - h));
        return new WindowPlacement(Math.floor(left), Math.floor(top), Math.floor(w), Math.floor(h));
    }

    /**
     * The smallest width the window may be resized to on this screen.
     *
     * @param usable the screen's usable area
     * @return pixels
     */
    static double minWidth(Rectangle2D usable) {
        return Math.min(MIN_WIDTH, usable.getWidth());
    }

    /**
     * The smallest height the window may be resized to on this screen.
     *
     * @param usable the screen's usable area
     * @return pixels
     */
    static double minHeight(Rectangle2D usable) {
        return Math.min(MIN_HEIGHT, usable.getHeight());
    }
}
