package org.convlab.core;

import java.util.Arrays;

/**
 * {@link ShiftedRows} for any {@link ConvGeometry}: a ring of input rows, each copied once per
 * kernel column into the layout the passes of {@link TapLoops} need (every array read from index
 * 0). Copy {@code b} of padded row {@code r} holds, at index j, padded column
 * {@code start + j step + b dw}, which is 0 in the padding: with {@code step} the column stride,
 * index j is what tap column b of one output column reads; with step 1 it is every column, for a
 * caller that computes the stride-1 row and keeps every sw-th cell. Rows are numbered in padded
 * coordinates (row {@code ph} is the input's row 0); padding rows are all zeros.
 */
final class SampledRows {
    private final float[] x;
    private final int xRows;
    private final int xCols;
    private final int kernelCols;
    private final int padRows;
    private final int padCols;
    private final int step;
    private final int dilationCols;
    private final float[][][] slots;
    private int start;
    private int n;
    private int loadedUpTo;

    /**
     * @param x          the input's row-major data
     * @param xRows      the input's row count
     * @param xCols      the input's column count
     * @param kernelCols the kernel's width w
     * @param g          the geometry
     * @param step       how many padded columns apart the copies' neighbours are: sw or 1
     * @param capacity   how many padded rows are held at once
     * @param width      the widest strip that will be loaded
     */
    SampledRows(float[] x, int xRows, int xCols, int kernelCols, ConvGeometry g, int step, int capacity,
                int width) {
        this.x = x;
        this.xRows = xRows;
        this.xCols = xCols;
        this.kernelCols = kernelCols;
        this.padRows = g.padRows();
        this.padCols = g.padCols();
        this.step = step;
        this.dilationCols = g.dilationCols();
        this.slots = new float[capacity][kernelCols][width];
    }

    /** Starts a new strip of n copied columns from padded column start; the ring's rows are stale. */
    void strip(int start, int n) {
        this.start = start;
        this.n = n;
        this.loadedUpTo = Integer.MIN_VALUE;
    }

    /** Makes padded rows {@code from .. to} available, loading those not loaded since the strip began. */
    void ensure(int from, int to) {
        for (int r = Math.max(from, loadedUpTo + 1); r <= to; r++) {
            load(r);
        }
        loadedUpTo = Math.max(loadedUpTo, to);
    }

    /** Copy b of padded row r, which must be among the last {@code capacity} rows made available. */
    float[] row(int r, int b) {
        return slots[r % slots.length][b];
    }

    private void load(int r) {
        float[][] slot = slots[r % slots.length];
        int inputRow = r - padRows;
        if (inputRow < 0 || inputRow >= xRows) {
            for (int b = 0; b < kernelCols; b++) {
                Arrays.fill(slot[b], 0, n, 0f);
            }
            return;
        }
        int rowStart = inputRow * xCols;
        for (int b = 0; b < kernelCols; b++) {
            float[] dst = slot[b];
            // index j holds input column first + j step
            int first = start + b * dilationCols - padCols;
            int lo = Math.min(n, Math.max(0, ceilDiv(-first, step)));
            int hi = Math.max(lo, Math.min(n, Math.floorDiv(xCols - 1 - first, step) + 1));
            Arrays.fill(dst, 0, lo, 0f);
            if (step == 1) {
                System.arraycopy(x, rowStart + first + lo, dst, lo, hi - lo);
            } else {
                for (int j = lo, c = rowStart + first + lo * step; j < hi; j++, c += step) {
                    dst[j] = x[c];
                }
            }
            Arrays.fill(dst, hi, n, 0f);
        }
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}
