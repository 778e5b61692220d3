package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.io.TrainingLog;

/**
 * Every epoch of the current run as the CSV rows of {@code convlab train --log}, for export. The
 * first {@link #capacity} epochs are kept whole; a run to convergence that goes further keeps its
 * start.
 */
final class EpochTable {
    /** Rows kept for one kernel: about 10 MB of text for a 3x3 kernel. */
    static final int CAPACITY = 100_000;
    /** Values kept for a bank, whose rows grow with its size: about 25 MB of text. */
    static final int BANK_VALUES = 2_000_000;
    private final List<String> rows = new ArrayList<>();
    private String header = TrainingLog.csvHeader(1, 2, false);
    private int capacity = CAPACITY;

    /**
     * How many epochs the table of a task keeps: {@link #CAPACITY} for one kernel; for a bank as
     * many as {@link #BANK_VALUES} values allow, at least a thousand.
     *
     * @param task the task
     * @return the row count
     */
    static int capacity(TrainingTask task) {
        if (task.singleChannel()) {
            return CAPACITY;
        }
        int values = task.initialBank().toArray().length + (task.bias() ? task.initialBank().outputs() : 0);
        return Math.min(CAPACITY, Math.max(1000, BANK_VALUES / values));
    }

    /**
     * Starts a new run.
     *
     * @param task the run's task, for the header and the capacity
     */
    void start(TrainingTask task) {
        rows.clear();
        header = task.csvHeader();
        capacity = capacity(task);
    }

    /**
     * Adds an epoch's row, made beforehand by the training thread.
     *
     * @param row the row, as {@link TrainingLog#bankCsvRow} writes it
     */
    void addRow(String row) {
        if (rows.size() < capacity) {
            rows.add(row);
        }
    }

    /** The whole table with its header, one row a line. */
    String csv() {
        StringBuilder sb = new StringBuilder(header).append('\n');
        rows.forEach(row -> sb.append(row).append('\n'));
        return sb.toString();
    }
}
