package org.convlab.ui.training;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.convlab.core.LossSlice;
import org.convlab.model.training.Figures;
import org.convlab.model.training.LandscapeFrame;
import org.convlab.model.training.SliceAxes;
import org.convlab.model.training.TrajectoryPoint;

/**
 * The loss over two parameters as a banded heat image (filled contours), with the minimum marked
 * and gradient descent's path drawn over it point by point. Two canvases: the surface (image,
 * axes, minimum), drawn again only when the slice, the window, the axes or the size change, and
 * at most ten times a second while training runs, and above it the trail (the path), drawn every
 * time in the surface's window. With the software renderer, drawing the scaled surface and its
 * labels every frame had made the whole panel a dirty region of every training frame.
 */
final class LandscapeView extends Region {
    private static final double LEFT = 52;
    private static final double BOTTOM = 40;
    private static final double TOP = 8;
    private static final double RIGHT = 10;
    private static final int PIXELS_PER_SAMPLE = 2;
    private static final Color PATH = Color.web("#ff4d2e");
    private final Canvas surface = new Canvas();
    private final Canvas trail = new Canvas();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private LossSlice slice;
    private LandscapeFrame frame;
    private SliceAxes axes;
    private List<String> names = List.of();
    private List<TrajectoryPoint> path = List.of();
    private final Throttle surfaceThrottle = new Throttle(100);
    private WritableImage image;
    private LossSlice imageSlice;
    private Object imageKey;
    private Object surfaceKey;
    /** The window the surface was last drawn in; the trail and the readout use it. */
    private LandscapeFrame drawn;
    private boolean running;

    LandscapeView() {
        getStyleClass().add("landscape-view");
        getChildren().addAll(surface, trail);
        trail.setOnMouseMoved(e -> readout.set(readoutAt(e.getX(), e.getY())));
        trail.setOnMouseExited(e -> readout.set(""));
    }

    /** The parameters and loss under the pointer, empty outside the plot. */
    ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /**
     * Shows a slice in a window with a path; any may be null (nothing is drawn then). While
     * training runs, the surface, whose slice and window move with the parameters, is drawn at
     * most ten times a second; the path is drawn every time.
     */
    void show(LossSlice s, LandscapeFrame f, SliceAxes a, List<String> parameterNames, List<TrajectoryPoint> p,
              boolean trainingRuns) {
        this.running = trainingRuns;
        this.slice = s;
        this.frame = f;
        this.axes = a;
        this.names = parameterNames;
        this.path = p;
        drawSurface();
        drawTrail();
    }

    LossSlice slice() {
        return slice;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
        for (Canvas c : List.of(surface, trail)) {
            c.relocate(snappedLeftInset(), snappedTopInset());
            c.setWidth(w);
            c.setHeight(h);
        }
        drawSurface();
        drawTrail();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 160;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 160;
    }

    private double side() {
        return Math.floor(Math.min(surface.getWidth() - LEFT - RIGHT, surface.getHeight() - TOP - BOTTOM));
    }

    private boolean drawable() {
        return slice != null && frame != null && axes != null && side() >= 40;
    }

    /**
     * Draws the surface again if what it shows changed: at once when it is new, resized or
     * training is not running, else at most every throttle interval (while training runs the
     * window follows the path and moves nearly every epoch). A change held back is drawn by a
     * later call; the end of a run makes one, with training no longer running.
     */
    private void drawSurface() {
        List<Object> key = Arrays.asList(slice, frame, axes, names, surface.getWidth(),
                surface.getHeight());
        if (key.equals(surfaceKey)) {
            return;
        }
        boolean resized = surfaceKey == null || !((List<?>) surfaceKey).subList(4, 6).equals(key.subList(4, 6));
        if (!resized && drawn != null && !surfaceThrottle.pass(running)) {
            return;
        }
        surfaceKey = key;
        GraphicsContext g = surface.getGraphicsContext2D();
        g.clearRect(0, 0, surface.getWidth(), surface.getHeight());
        if (!drawable()) {
            drawn = null;
            return;
        }
        drawn = frame;
        double side = side();
        g.setImageSmoothing(true);
        g.drawImage(image(side), LEFT, TOP, side, side);
        g.setStroke(Color.gray(0.35));
        g.setLineWidth(1);
        g.strokeRect(LEFT - 0.5, TOP - 0.5, side + 1, side + 1);
        drawAxes(g, side);
        drawMinimum(g, side);
    }

    private void drawTrail() {
        GraphicsContext g = trail.getGraphicsContext2D();
        g.clearRect(0, 0, trail.getWidth(), trail.getHeight());
        if (drawn != null && drawable()) {
            drawPath(g, side());
        }
    }

    private WritableImage image(double side) {
        int n = Math.max(8, (int) side / PIXELS_PER_SAMPLE);
        List<Object> key = List.of(frame, n);
        if (image == null || !key.equals(imageKey) || !slice.equals(imageSlice)) {
            double[] loss = slice.sample(frame.uMin(), frame.uMax(), frame.vMin(), frame.vMax(), n, n, null);
            int[] argb = new int[n * n];
            LandscapePalette.paint(loss, argb);
            image = new WritableImage(n, n);
            image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
            imageKey = key;
            imageSlice = slice;
        }
        return image;
    }

    private double x(double u, double side) {
        return LEFT + (u - drawn.uMin()) / (drawn.uMax() - drawn.uMin()) * side;
    }

    private double y(double v, double side) {
        return TOP + (drawn.vMax() - v) / (drawn.vMax() - drawn.vMin()) * side;
    }

    private void drawAxes(GraphicsContext g, double side) {
        g.setFill(Color.gray(0.2));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double step = tickStep(frame.uMax() - frame.uMin());
        for (double t = Math.ceil(frame.uMin() / step) * step; t <= frame.uMax(); t += step) {
            double px = x(t, side);
            g.strokeLine(px, TOP + side, px, TOP + side + 4);
            g.fillText(tick(t, step), px, TOP + side + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t = Math.ceil(frame.vMin() / step) * step; t <= frame.vMax(); t += step) {
            double py = y(t, side);
            g.strokeLine(LEFT - 4, py, LEFT, py);
            g.fillText(tick(t, step), LEFT - 6, py);
        }
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(names.get(axes.first()), LEFT + side / 2, TOP + side + BOTTOM);
        g.save();
        g.translate(12, TOP + side / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(names.get(axes.second()), 0, 0);
        g.restore();
    }

    private void drawMinimum(GraphicsContext g, double side) {
        double[] min = slice.minimum();
        if (min == null || !drawn.contains(min[0], min[1])) {
            return;
        }
        double px = x(min[0], side);
        double py = y(min[1], side);
        g.setLineWidth(4);
        g.setStroke(Color.BLACK);
        cross(g, px, py, 8);
        g.setLineWidth(2);
        g.setStroke(Color.WHITE);
        cross(g, px, py, 7);
    }

    private static void cross(GraphicsContext g, double px, double py, double r) {
        g.strokeLine(px - r, py - r, px + r, py + r);
        g.strokeLine(px - r, py + r, px + r, py - r);
    }

    private void drawPath(GraphicsContext g, double side) {
        if (path.isEmpty()) {
            return;
        }
        int a = axes.first();
        int b = axes.second();
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, side, side);
        g.clip();
        g.setLineJoin(StrokeLineJoin.ROUND);
        double[] xs = new double[path.size()];
        double[] ys = new double[path.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x(path.get(i).at(a), side);
            ys[i] = y(path.get(i).at(b), side);
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(3.5);
        g.strokePolyline(xs, ys, xs.length);
        g.setStroke(PATH);
        g.setLineWidth(1.8);
        g.strokePolyline(xs, ys, xs.length);
        if (xs.length <= 400) {
            g.setFill(PATH);
            for (int i = 1; i < xs.length - 1; i++) {
                g.fillOval(xs[i] - 2.5, ys[i] - 2.5, 5, 5);
            }
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeOval(xs[0] - 5, ys[0] - 5, 10, 10);
        int last = xs.length - 1;
        g.setFill(PATH);
        g.fillOval(xs[last] - 6, ys[last] - 6, 12, 12);
        g.setStroke(Color.WHITE);
        g.strokeOval(xs[last] - 6, ys[last] - 6, 12, 12);
        g.restore();
    }

    private String readoutAt(double px, double py) {
        double side = side();
        if (drawn == null || !drawable() || px < LEFT || py < TOP || px > LEFT + side || py > TOP + side) {
            return "";
        }
        double u = drawn.uMin() + (px - LEFT) / side * (drawn.uMax() - drawn.uMin());
        double v = drawn.vMax() - (py - TOP) / side * (drawn.vMax() - drawn.vMin());
        return names.get(axes.first()) + " = " + Figures.parameter(u) + ",  " + names.get(axes.second()) + " = "
                + Figures.parameter(v) + "  \u2192  L = " + Figures.loss(slice.lossAt(u, v));
    }

    /** A round step giving about five ticks over the span. */
    static double tickStep(double span) {
        double raw = span / 5;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / decade;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * decade;
    }

    private static String tick(double t, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
        double v = Math.abs(t) < step / 1e6 ? 0 : t;
        return org.convlab.io.MatrixText.fixed(v, decimals);
    }
}
