package org.convlab.core;

/**
 * {@link CorrelationStrips} for padding, stride and dilation: the same {@link TapPasses} over an
 * output row, reading the row copies of a
 * {@link SampledRows} ring, which puts the zeros of the padding, the stride's columns and the
 * dilation's gaps into place as it loads each input row. Only the output rows are computed, and
 * only the input rows their windows read are loaded. With a column stride sw above 1 each output
 * row is first computed at every column (copying contiguous columns costs far less than gathering
 * every sw-th one, and the passes stay vectorized), then every sw-th cell is kept: a stride of 2
 * does half the valid pass's arithmetic.
 *
 * <p>Non-finite values: with stride 1 and dilation 1 every h-th output row is checked, as in
 * {@link CorrelationStrips#watched}; otherwise every row, since the windows of rows h apart need
 * not cover the rows in between.
 */
final class GeometryStrips implements RowSplit.RowJob<Boolean> {
    private final int h;
    private final int w;
    private final float[] y;
    private final int outCols;
    private final int strideRows;
    private final int strideCols;
    private final int dilationRows;
    private final boolean denseRows;
    private final int width;
    private final SampledRows ring;
    private final TapPasses passes;

    /**
     * A job writing rows of the correlation into y; x, k and y are not copied.
     *
     * @param x       the input's row-major data, xRows x xCols
     * @param k       the kernel's row-major data, h x w
     * @param g       the geometry
     * @param y       the output's row-major data, {@code outCols} wide
     */
    GeometryStrips(float[] x, int xRows, int xCols, float[] k, int h, int w, ConvGeometry g, float bias,
                   float[] y, int outCols) {
        this.h = h;
        this.w = w;
        this.y = y;
        this.outCols = outCols;
        this.strideRows = g.strideRows();
        this.strideCols = g.strideCols();
        this.dilationRows = g.dilationRows();
        this.denseRows = strideRows == 1 && dilationRows == 1;
        int held = (h - 1) * dilationRows + 1;
        this.width = CorrelationStrips.stripWidth(outCols, held * w * strideCols);
        int wide = wide(width);
        this.ring = new SampledRows(x, xRows, xCols, w, g, 1, held, wide);
        this.passes = new TapPasses(k, h * w, bias, wide);
    }

    /**
     * Writes output rows {@code from .. to - 1} into y.
     *
     * @return false when some value the rows read is non-finite
     */
    @Override
    public Boolean rows(int from, int to) {
        float[][] sources = passes.sources();
        passes.clearWatch();
        for (int c0 = 0; c0 < outCols; c0 += width) {
            int n = Math.min(width, outCols - c0);
            int m = wide(n);
            ring.strip(c0 * strideCols, m);
            for (int i = from; i < to; i++) {
                int top = i * strideRows;
                ring.ensure(top, top + (h - 1) * dilationRows);
                for (int a = 0, t = 0; a < h; a++) {
                    for (int b = 0; b < w; b++, t++) {
                        sources[t] = ring.row(top + a * dilationRows, b);
                    }
                }
                float[] row = passes.compute(m);
                if (!denseRows || CorrelationStrips.watched(i, from, to, h)) {
                    passes.watch(m);
                }
                keep(row, y, i * outCols + c0, n);
            }
        }
        return passes.allFinite();
    }

    /** How many stride-1 columns hold n output columns: {@code (n - 1) sw + 1}. */
    private int wide(int n) {
        return (n - 1) * strideCols + 1;
    }

    /** Copies every sw-th cell of the stride-1 row into the output. */
    private void keep(float[] wideRow, float[] out, int at, int n) {
        if (strideCols == 1) {
            System.arraycopy(wideRow, 0, out, at, n);
            return;
        }
        for (int j = 0, c = 0; j < n; j++, c += strideCols) {
            out[at + j] = wideRow[c];
        }
    }
}
