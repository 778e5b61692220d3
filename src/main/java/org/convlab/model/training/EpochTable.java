package org.convlab.model.training;

import java.util.ArrayList;
import java.util.List;
import org.convlab.io.TrainingLog;

/**
 * Every epoch of the current run as the CSV rows of {@code convlab train --log}, for export. The
 * first {@link #CAPACITY} epochs are kept whole; a run to convergence that goes further keeps its
 * start, and the export says how many rows were left out.
 */
final class EpochTable {
    /** Rows kept: about 10 MB of text for a 3x3 kernel. */
    static final int CAPACITY = 100_000;
    private final List<String> rows = new ArrayList<>();
    private String header = TrainingLog.csvHeader(1, 2, false);
    private int dropped;

    /**
     * Starts a new run.
     *
     * @param csvHeader the run's header line, as {@link TrainingTask#csvHeader()} writes it
     */
    void start(String csvHeader) {
        rows.clear();
        dropped = 0;
        header = csvHeader;
    }

    /**
     * Adds an epoch's row, made beforehand by the training thread.
     *
     * @param row the row, as {@link TrainingLog#bankCsvRow} writes it
     */
    void addRow(String row) {
        if (rows.size() < CAPACITY) {
            rows.add(row);
        } else {
            dropped++;
        }
    }

    /** The whole table with its header, one row a line. */
    String csv() {
        StringBuilder sb = new StringBuilder(header).append('\n');
        rows.forEach(row -> sb.append(row).append('\n'));
        return sb.toString();
    }

    /** Epochs run beyond the capacity, not in the table. */
    int dropped() {
        return dropped;
    }
}
