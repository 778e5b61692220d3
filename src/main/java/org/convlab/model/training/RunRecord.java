package org.convlab.model.training;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convlab.core.BankTrainer;

/**
 * What a run has done so far, bounded however long it runs: the chapter's log lines (the latest
 * {@value #LOG_CAPACITY}), the loss curve, the parameters' path (thinned) and the epoch table
 * for export. Changed on the FX thread only.
 */
final class RunRecord {
    /** The log keeps its latest lines up to this many. */
    static final int LOG_CAPACITY = 2000;
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ThinnedList<LossPoint> losses = new ThinnedList<>(1000, LossPoint::epoch);
    private final ThinnedList<TrajectoryPoint> trajectory = new ThinnedList<>(4000, TrajectoryPoint::epoch);
    private final EpochTable table = new EpochTable();

    /** @return the log lines, read-only */
    ObservableList<String> log() {
        return FXCollections.unmodifiableObservableList(log);
    }

    /** @return the loss curve */
    ObservableList<LossPoint> losses() {
        return losses.points();
    }

    /** @return the parameters' path */
    ObservableList<TrajectoryPoint> trajectory() {
        return trajectory.points();
    }

    /** @return the epochs as CSV, as {@code convlab train --log} writes them */
    String csv() {
        return table.csv();
    }

    /** Forgets everything, as when a run is set up again. */
    void clear() {
        log.clear();
        losses.clear();
        trajectory.clear();
    }

    /**
     * Starts the table and the path of a new task.
     *
     * @param t the task
     */
    void start(TrainingTask t) {
        table.start(t);
        if (t.singleChannel()) {
            trajectory.add(new TrajectoryPoint(0, LandscapeTracker.parameters(t, t.initialBank(), new float[1])));
        }
    }

    /**
     * Adds epochs, in order.
     *
     * @param records   the epochs
     * @param lines     their log lines
     * @param rows      their rows of the epoch table
     * @param t         the task they belong to
     * @param landscape follows the path
     */
    void add(List<BankTrainer.Epoch> records, List<String> lines, List<String> rows, TrainingTask t,
             LandscapeTracker landscape) {
        List<TrajectoryPoint> path = new java.util.ArrayList<>(records.size());
        for (BankTrainer.Epoch r : records) {
            losses.add(new LossPoint(r.epoch(), r.loss()));
            if (!t.singleChannel()) {
                // the path is drawn on the landscape of one kernel; a bank's would only fill memory
                continue;
            }
            TrajectoryPoint p = new TrajectoryPoint(r.epoch(), LandscapeTracker.parameters(t, r.kernel(), r.bias()));
            trajectory.add(p);
            path.add(p);
        }
        rows.forEach(table::addRow);
        landscape.follow(path);
        addLines(lines);
    }

    /**
     * Adds log lines, dropping the oldest quarter once the log is full.
     *
     * @param lines the lines
     */
    void addLines(List<String> lines) {
        log.addAll(lines.size() > LOG_CAPACITY ? lines.subList(lines.size() - LOG_CAPACITY, lines.size()) : lines);
        if (log.size() > LOG_CAPACITY) {
            log.remove(0, log.size() - LOG_CAPACITY * 3 / 4);
        }
    }
}
