package org.convlab.io;

import org.convlab.core.EpochRecord;

/** The training log's two forms: the chapter's printed lines and the CSV of {@code convlab train --log}. */
public final class TrainingLog {
    private TrainingLog() {
    }

    /**
     * The chapter's line for an epoch, {@code epoch 1, loss 4.573}.
     *
     * @param r the epoch
     * @return the line, without a newline
     */
    public static String line(EpochRecord r) {
        return "epoch " + r.epoch() + ", loss " + MatrixText.fixed(r.loss(), 3);
    }

    /**
     * The CSV header: {@code epoch,loss,k_0_0,...,k_{h-1}_{w-1}[,bias]}.
     *
     * @param rows     kernel rows
     * @param cols     kernel columns
     * @param withBias whether a bias column follows
     * @return the header line, without a newline
     */
    public static String csvHeader(int rows, int cols, boolean withBias) {
        StringBuilder sb = new StringBuilder("epoch,loss");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sb.append(",k_").append(i).append('_').append(j);
            }
        }
        return withBias ? sb.append(",bias").toString() : sb.toString();
    }

    /**
     * One CSV row: the loss before the epoch's update and the parameters after it, at full
     * precision.
     *
     * @param r        the epoch
     * @param withBias whether to write the bias column
     * @return the row, without a newline
     */
    public static String csvRow(EpochRecord r, boolean withBias) {
        StringBuilder sb = new StringBuilder().append(r.epoch()).append(',').append(r.loss());
        for (float k : r.kernel().data) {
            sb.append(',').append(k);
        }
        if (withBias) {
            sb.append(',').append(r.bias());
        }
        return sb.toString();
    }
}
