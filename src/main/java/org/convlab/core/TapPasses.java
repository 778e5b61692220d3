package org.convlab.core;

import java.util.Arrays;

/**
 * One output row of the vectorized forward correlation, built from the row copies its taps read:
 * the caller puts tap t's copy in {@link #sources()}{@code [t]}, then {@link #compute} runs passes
 * of up to {@link TapLoops#MAX_ARITY} taps over the row (one load and store of the row per pass
 * instead of one per tap), starting from the bias. The valid and the geometry strips differ only in
 * where the copies come from and which cells they keep.
 *
 * <p>{@link #watch} folds a computed row into a non-finiteness flag that {@link #allFinite} reads
 * once at the end, so the check stays a vectorized add instead of a branch per cell.
 */
final class TapPasses {
    private final float[] k;
    private final float bias;
    private final float[][] sources;
    private final float[] row;
    private final float[] flag;

    /**
     * @param k     the kernel's row-major data, one weight per tap; not copied
     * @param taps  the kernel's tap count
     * @param bias  where every output cell starts
     * @param width the longest row that will be computed
     */
    TapPasses(float[] k, int taps, float bias, int width) {
        this.k = k;
        this.bias = bias;
        this.sources = new float[taps][];
        this.row = new float[width];
        this.flag = new float[width];
    }

    /** Where tap t's row copy goes before {@link #compute}. */
    float[][] sources() {
        return sources;
    }

    /**
     * {@code bias + sum_t k[t] * sources[t][j]} for the first n cells, the taps added in order.
     *
     * @return the row, valid for n cells until the next call
     */
    float[] compute(int n) {
        int taps = sources.length;
        for (int t = 0; t < taps; t += TapLoops.MAX_ARITY) {
            TapLoops.pass(row, t == 0, bias, sources, k, t, Math.min(TapLoops.MAX_ARITY, taps - t), n);
        }
        return row;
    }

    /** Clears the non-finiteness flag, for a new range of rows. */
    void clearWatch() {
        Arrays.fill(flag, 0f);
    }

    /** Notes whether any of the first n cells of the row just computed is non-finite. */
    void watch(int n) {
        TapLoops.flagNonFinite(flag, row, n);
    }

    /** Whether every watched cell since {@link #clearWatch} was finite. */
    boolean allFinite() {
        for (float f : flag) {
            if (f != 0f) {
                return false;
            }
        }
        return true;
    }
}
