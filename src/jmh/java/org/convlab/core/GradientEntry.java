package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/** Opens the package-private backward pass, {@link Conv2D#kernelGradient}, to the benchmarks. */
public final class GradientEntry {
    private GradientEntry() {
    }

    /**
     * dL/dK = 2 corr2d(x, e), exactly as the trainer computes it.
     *
     * @param x the input, not modified
     * @param e the error map, not modified
     * @param h   kernel rows
     * @param w   kernel columns
     * @param out receives the gradient, reshaped to h x w; null allocates one
     * @return the h x w gradient, {@code out} if it was given
     */
    public static FMatrixRMaj kernelGradient(FMatrixRMaj x, FMatrixRMaj e, int h, int w, FMatrixRMaj out) {
        return Conv2D.kernelGradient(x, e, h, w, out);
    }
}
