package org.convlab.core;

/**
 * {@link GradientStrips} for padding, stride and dilation: tap (a, b) keeps one float lane per
 * output column of its {@link GradientLanes} and adds the input value it read times the error,
 * reading the row copies of a {@link SampledRows} ring.
 */
final class GeometryGradientStrips implements RowSplit.RowJob<double[]> {
    private final float[] e;
    private final int eCols;
    private final int h;
    private final int w;
    private final int strideRows;
    private final int strideCols;
    private final int dilationRows;
    private final int width;
    private final SampledRows ring;
    private final GradientLanes lanes;
    private final float[] e0;

    /** A job over the error map e ({@code eCols} wide) and the input x; neither is copied. */
    GeometryGradientStrips(float[] x, int xRows, int xCols, float[] e, int eCols, int h, int w, ConvGeometry g) {
        this.e = e;
        this.eCols = eCols;
        this.h = h;
        this.w = w;
        this.strideRows = g.strideRows();
        this.strideCols = g.strideCols();
        this.dilationRows = g.dilationRows();
        int held = (h - 1) * dilationRows + 1;
        this.width = CorrelationStrips.stripWidth(eCols, held * w + h * w);
        this.ring = new SampledRows(x, xRows, xCols, w, g, g.strideCols(), held, width);
        this.lanes = new GradientLanes(h * w, width);
        this.e0 = new float[width];
    }

    /** The sums of input times error for every tap over error rows {@code from .. to - 1}, in a new array. */
    @Override
    public double[] rows(int from, int to) {
        double[] sums = new double[h * w];
        float[][] lane = lanes.lanes();
        for (int c0 = 0; c0 < eCols; c0 += width) {
            int n = Math.min(width, eCols - c0);
            ring.strip(c0 * strideCols, n);
            for (int i = from; i < to; i++) {
                int top = i * strideRows;
                ring.ensure(top, top + (h - 1) * dilationRows);
                System.arraycopy(e, i * eCols + c0, e0, 0, n);
                for (int a = 0, t = 0; a < h; a++) {
                    for (int b = 0; b < w; b++, t++) {
                        TapLoops.accumulate1(lane[t], ring.row(top + a * dilationRows, b), e0, n);
                    }
                }
                lanes.added(1, sums, n);
            }
            lanes.flush(sums, n);
        }
        return sums;
    }
}
