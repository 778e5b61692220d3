package org.convlab.io;

import org.convlab.core.BankTrainer;
import org.convlab.core.EpochRecord;
import org.convlab.core.KernelBank;

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

    /**
     * The CSV header for a kernel bank: {@code epoch,loss,k_o_c_i_j...} in C order, then
     * {@code bias_o...} for every output channel with a bias.
     *
     * @param bank     the bank's shape
     * @param withBias whether bias columns follow
     * @return the header line, without a newline
     */
    public static String bankCsvHeader(KernelBank bank, boolean withBias) {
        StringBuilder sb = new StringBuilder("epoch,loss");
        for (int o = 0; o < bank.outputs(); o++) {
            for (int c = 0; c < bank.inputs(); c++) {
                for (int i = 0; i < bank.rows(); i++) {
                    for (int j = 0; j < bank.cols(); j++) {
                        sb.append(",k_").append(o).append('_').append(c).append('_').append(i).append('_').append(j);
                    }
                }
            }
        }
        for (int o = 0; withBias && o < bank.outputs(); o++) {
            sb.append(",bias_").append(o);
        }
        return sb.toString();
    }

    /**
     * One CSV row of bank training: the loss before the epoch's update and the parameters after
     * it, at full precision, in the order of {@link #bankCsvHeader}.
     *
     * @param r        the epoch
     * @param withBias whether to write the bias columns
     * @return the row, without a newline
     */
    public static String bankCsvRow(BankTrainer.Epoch r, boolean withBias) {
        StringBuilder sb = new StringBuilder().append(r.epoch()).append(',').append(r.loss());
        for (float k : r.kernel().toArray()) {
            sb.append(',').append(k);
        }
        for (int o = 0; withBias && o < r.bias().length; o++) {
            sb.append(',').append(r.bias()[o]);
        }
        return sb.toString();
    }

    /**
     * The line printed for an epoch of bank training, as {@link #line} prints one.
     *
     * @param r the epoch
     * @return {@code epoch N, loss L}
     */
    public static String line(BankTrainer.Epoch r) {
        return "epoch " + r.epoch() + ", loss " + MatrixText.fixed(r.loss(), 3);
    }
}
