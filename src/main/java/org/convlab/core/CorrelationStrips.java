package org.convlab.core;

/**
 * The vectorized forward cross-correlation over a range of output rows, one strip of columns at a
 * time. Every output row is built by the {@link TapPasses} from shifted copies of the input rows,
 * then copied into the output.
 *
 * <p>Only the rows that {@link #watched} picks are checked for non-finite values: every output cell
 * whose window holds a non-finite input is itself non-finite (NaN and infinity survive every
 * multiply and add, even by 0), and those rows' windows cover every input row, so a non-finite
 * input always shows in them. Checking every row cost about 15% of a 1024x1024 3x3 correlation.
 *
 * <p>One instance serves one thread of a {@link RowSplit} and keeps its buffers (up to
 * {@link #RING_FLOATS} floats of row copies) from one chunk of rows to the next.
 */
final class CorrelationStrips implements RowSplit.RowJob<Boolean> {
    /**
     * How many floats the shifted input rows of one strip may take (512 KiB). Measured: narrower
     * strips that fit L1 or L2 are slower, because every pass over a short row pays the loop's
     * set-up, so strips only cut rows wider than the budget allows (14560 columns with a 3x3
     * kernel, 1080 with 11x11).
     */
    static final int RING_FLOATS = 128 * 1024;

    private final int h;
    private final int w;
    private final float[] y;
    private final int outCols;
    private final int width;
    private final ShiftedRows ring;
    private final TapPasses passes;

    /**
     * A job writing rows of {@code corr2d(x, k) + bias} into y; x, k and y are not copied.
     *
     * @param x       the input's row-major data
     * @param xCols   the input's column count
     * @param k       the kernel's row-major data, h x w
     * @param y       the output's row-major data, {@code outCols} wide
     */
    CorrelationStrips(float[] x, int xCols, float[] k, int h, int w, float bias, float[] y, int outCols) {
        this.h = h;
        this.w = w;
        this.y = y;
        this.outCols = outCols;
        this.width = stripWidth(outCols, h * w);
        this.ring = new ShiftedRows(x, xCols, h, w, width);
        this.passes = new TapPasses(k, h * w, bias, width);
    }

    /**
     * Writes output rows {@code from .. to - 1} of {@code corr2d(x, k) + bias} into y.
     *
     * @return false when some input value is non-finite; true may still come with cells that
     *         overflowed to infinity from finite inputs
     */
    @Override
    public Boolean rows(int from, int to) {
        float[][] sources = passes.sources();
        passes.clearWatch();
        for (int c0 = 0; c0 < outCols; c0 += width) {
            int n = Math.min(width, outCols - c0);
            ring.strip(c0, n);
            for (int r = from; r < from + h - 1; r++) {
                ring.load(r);
            }
            for (int i = from; i < to; i++) {
                ring.load(i + h - 1);
                for (int a = 0, t = 0; a < h; a++) {
                    for (int b = 0; b < w; b++, t++) {
                        sources[t] = ring.row(i + a, b);
                    }
                }
                float[] row = passes.compute(n);
                if (watched(i, from, to, h)) {
                    passes.watch(n);
                }
                System.arraycopy(row, 0, y, i * outCols + c0, n);
            }
        }
        return passes.allFinite();
    }

    /**
     * Whether output row i is checked for non-finite values: every h-th row from the first of the
     * range, and its last. Their windows cover input rows {@code from .. to + h - 2}, all the rows
     * the range reads.
     */
    static boolean watched(int i, int from, int to, int h) {
        return (i - from) % h == 0 || i == to - 1;
    }

    /** Columns per strip so that {@code rowsHeld} shifted copies of it fit {@link #RING_FLOATS}. */
    static int stripWidth(int outCols, int rowsHeld) {
        int width = Math.max(64, RING_FLOATS / rowsHeld) & ~7;
        return Math.min(outCols, width);
    }
}
