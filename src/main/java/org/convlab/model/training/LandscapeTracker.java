package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.convlab.core.KernelBank;
import org.convlab.core.LossLandscape;
import org.convlab.core.LossSlice;

/**
 * The loss landscape of the current task: the core's quadratic form, the two parameters it is
 * drawn over, and the window it is drawn in, which grows to keep the whole path in view. A large
 * task's landscape is built on a background thread; until then it is null.
 */
public final class LandscapeTracker {
    /** Up to this many multiply-adds the landscape is built at once (about a millisecond). */
    static final long BUILD_AT_ONCE = 4_000_000;
    private static final Executor BUILDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "convlab-landscape");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<LossLandscape> landscape = new ReadOnlyObjectWrapper<>(this, "landscape");
    private final ReadOnlyObjectWrapper<SliceAxes> axes = new ReadOnlyObjectWrapper<>(this, "axes");
    private final ReadOnlyObjectWrapper<LandscapeFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ObservableList<TrajectoryPoint> path;
    private List<String> names = List.of();
    private int generation;

    LandscapeTracker(ObservableList<TrajectoryPoint> path) {
        this.path = path;
    }

    /**
     * The landscape, null while it is being built or when there is no task.
     *
     * @return the property
     */
    public ReadOnlyObjectProperty<LossLandscape> landscapeProperty() {
        return landscape.getReadOnlyProperty();
    }

    /**
     * The two parameters drawn, null with fewer than two parameters.
     *
     * @return the property
     */
    public ReadOnlyObjectProperty<SliceAxes> axesProperty() {
        return axes.getReadOnlyProperty();
    }

    /**
     * The window drawn, null until there is a landscape.
     *
     * @return the property
     */
    public ReadOnlyObjectProperty<LandscapeFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /**
     * The parameters' names, as the axes and the slice selector show them: {@code K[0,0]}, ...,
     * {@code b}.
     *
     * @return one name per parameter
     */
    public List<String> parameterNames() {
        return names;
    }

    /**
     * Whether the landscape is a slice: more than two parameters, the others held at their
     * current values.
     *
     * @return true with three or more parameters
     */
    public boolean isSlice() {
        return names.size() > 2;
    }

    /**
     * Chooses the two parameters to draw.
     *
     * @param next two different parameters of the task
     */
    public void setAxes(SliceAxes next) {
        if (next.first() >= names.size() || next.second() >= names.size()) {
            throw new IllegalArgumentException("the task has only " + names.size() + " parameters");
        }
        if (!next.equals(axes.get())) {
            axes.set(next);
            refit();
        }
    }

    /**
     * The loss over the chosen parameters with the others at θ.
     *
     * @param theta all parameters now
     * @return the slice, or null while there is no landscape
     */
    public LossSlice slice(double[] theta) {
        LossLandscape l = landscape.get();
        SliceAxes a = axes.get();
        return l == null || a == null ? null : l.slice(theta, a.first(), a.second());
    }

    /**
     * The parameter vector of a bank and its biases: the kernels' cells in C order, then the
     * biases when they are learned (for one kernel, its cells and b).
     *
     * @param task   the task (for the bias flag)
     * @param kernel the bank
     * @param bias   the biases
     * @return θ
     */
    static double[] parameters(TrainingTask task, KernelBank kernel, float[] bias) {
        float[] cells = kernel.toArray();
        double[] theta = new double[cells.length + (task.bias() ? bias.length : 0)];
        for (int i = 0; i < cells.length; i++) {
            theta[i] = cells[i];
        }
        for (int o = 0; task.bias() && o < bias.length; o++) {
            theta[cells.length + o] = bias[o];
        }
        return theta;
    }

    /** Starts on a new task: names, axes, and the landscape (at once if small, else in the background). */
    void rebuild(TrainingTask task) {
        int gen = ++generation;
        landscape.set(null);
        frame.set(null);
        names = names(task);
        SliceAxes old = axes.get();
        if (!task.singleChannel()) {
            // the landscape is drawn over a single kernel's weights; a bank's run is followed by its curve
            names = List.of();
            axes.set(null);
            return;
        }
        if (task.pooled()) {
            // the landscape is the quadratic form of corr2d's loss; through a pooling the loss is another surface
            axes.set(null);
            return;
        }
        axes.set(names.size() < 2 ? null
                : old != null && old.first() < names.size() && old.second() < names.size() ? old : new SliceAxes(0, 1));
        if (names.size() < 2) {
            return;
        }
        int rows = task.initialKernel().numRows;
        int cols = task.initialKernel().numCols;
        long outputCells = (long) task.target().numRows * task.target().numCols;
        if (LossLandscape.cost(outputCells, names.size()) <= BUILD_AT_ONCE) {
            install(LossLandscape.of(task.input(), task.target(), rows, cols, task.bias(), task.geometry()));
            return;
        }
        CompletableFuture.supplyAsync(() -> LossLandscape.of(task.input(), task.target(), rows, cols, task.bias(),
                        task.geometry()),
                BUILDER).thenAccept(l -> Platform.runLater(() -> {
                    if (gen == generation) {
                        install(l);
                    }
                }));
    }

    /** Forgets the task. */
    void clear() {
        generation++;
        names = List.of();
        landscape.set(null);
        frame.set(null);
        axes.set(null);
    }

    /** Widens the window when the path leaves it. */
    void follow(List<TrajectoryPoint> points) {
        LandscapeFrame f = frame.get();
        SliceAxes a = axes.get();
        if (f == null || a == null) {
            return;
        }
        for (TrajectoryPoint p : points) {
            if (!f.contains(p.at(a.first()), p.at(a.second()))) {
                // once for the whole batch: a refit looks at the whole path
                refit();
                return;
            }
        }
    }

    private void install(LossLandscape l) {
        landscape.set(l);
        refit();
    }

    /** The window around the whole path and the slice's minimum. */
    private void refit() {
        SliceAxes a = axes.get();
        if (landscape.get() == null || a == null || path.isEmpty()) {
            frame.set(null);
            return;
        }
        List<double[]> points = new ArrayList<>();
        for (TrajectoryPoint p : path) {
            points.add(new double[] {p.at(a.first()), p.at(a.second())});
        }
        double[] min = slice(path.get(path.size() - 1).theta()).minimum();
        if (min != null) {
            points.add(min);
        }
        double[] us = new double[points.size()];
        double[] vs = new double[points.size()];
        for (int i = 0; i < us.length; i++) {
            us[i] = points.get(i)[0];
            vs[i] = points.get(i)[1];
        }
        frame.set(LandscapeFrame.around(us, vs));
    }

    private static List<String> names(TrainingTask task) {
        List<String> n = new ArrayList<>();
        int rows = task.initialKernel().numRows;
        int cols = task.initialKernel().numCols;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                n.add("K[" + i + "," + j + "]");
            }
        }
        if (task.bias()) {
            n.add("b");
        }
        return List.copyOf(n);
    }
}
