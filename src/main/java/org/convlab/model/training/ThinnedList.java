package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Per-epoch points kept few enough to draw however long training runs: the first epoch, every
 * {@code stride}-th after it and always the latest, the stride doubling whenever the list fills
 * up. A chart of it keeps its shape while its size stays bounded.
 *
 * @param <T> the point type
 */
final class ThinnedList<T> {
    private final int capacity;
    private final ToIntFunction<T> epochOf;
    private final ObservableList<T> points = FXCollections.observableArrayList();
    private final ObservableList<T> view = FXCollections.unmodifiableObservableList(points);
    private int first;
    private int stride = 1;
    private boolean lastIsExtra;

    ThinnedList(int capacity, ToIntFunction<T> epochOf) {
        this.capacity = capacity;
        this.epochOf = epochOf;
    }

    /** The points, read-only; they change only on the FX thread. */
    ObservableList<T> points() {
        return view;
    }

    void add(T p) {
        int epoch = epochOf.applyAsInt(p);
        if (points.isEmpty()) {
            first = epoch;
        }
        boolean onStride = (epoch - first) % stride == 0;
        if (lastIsExtra) {
            points.set(points.size() - 1, p);
        } else {
            points.add(p);
        }
        lastIsExtra = !onStride;
        if (points.size() > capacity) {
            thin();
        }
    }

    void clear() {
        points.clear();
        stride = 1;
        lastIsExtra = false;
    }

    private void thin() {
        stride *= 2;
        T last = points.get(points.size() - 1);
        List<T> kept = new ArrayList<>(capacity / 2 + 2);
        for (T p : points) {
            if ((epochOf.applyAsInt(p) - first) % stride == 0) {
                kept.add(p);
            }
        }
        lastIsExtra = kept.get(kept.size() - 1) != last;
        if (lastIsExtra) {
            kept.add(last);
        }
        points.setAll(kept);
    }
}
