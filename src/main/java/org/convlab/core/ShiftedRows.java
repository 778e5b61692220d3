package org.convlab.core;

/**
 * A ring of the input rows the current output rows need, restricted to one strip of columns and
 * copied once per kernel column shift: copy {@code b} of input row {@code r} holds
 * {@code x[r, c0 + b .. c0 + b + n - 1]} from index 0. The copies exist because C2 vectorizes
 * {@code y[j] += k * s[j]} only when every array is indexed from 0 (see {@link TapLoops}); each input
 * row is copied {@code w} times and then used by {@code h} output rows.
 */
final class ShiftedRows {
    private final float[] x;
    private final int xCols;
    private final int shifts;
    private final float[][][] slots;
    private int c0;
    private int n;

    /**
     * @param x        the input's row-major data
     * @param xCols    the input's column count
     * @param capacity how many input rows are held at once
     * @param shifts   the kernel's width w
     * @param width    the widest strip that will be loaded
     */
    ShiftedRows(float[] x, int xCols, int capacity, int shifts, int width) {
        this.x = x;
        this.xCols = xCols;
        this.shifts = shifts;
        this.slots = new float[capacity][shifts][width];
    }

    /** Starts a new strip of n output columns beginning at column c0; the ring's rows are stale. */
    void strip(int c0, int n) {
        this.c0 = c0;
        this.n = n;
    }

    /** Copies input row r's shifts for the current strip into its slot. */
    void load(int r) {
        float[][] slot = slots[r % slots.length];
        int start = r * xCols + c0;
        for (int b = 0; b < shifts; b++) {
            System.arraycopy(x, start + b, slot[b], 0, n);
        }
    }

    /** Shift b of input row r, which must be among the last {@code capacity} rows loaded. */
    float[] row(int r, int b) {
        return slots[r % slots.length][b];
    }
}
