package org.convlab.bench;

/**
 * One implementation set up for one valid cross-correlation {@code corr2d(X, K)}: X is H x W, K is
 * h x w, the result (H - h + 1) x (W - w + 1). The benchmark's backward case is the same operation
 * with the error map as K. The multi-channel cases ({@link ChannelPeers}) use it for a whole layer.
 */
interface Correlation {
    /** Runs the correlation once and returns something holding the result (for the blackhole). */
    Object run();

    /**
     * The valid output in row-major order (for a layer, its channels one after the other), as a check that the peer computes what ConvLab does;
     * {@code null} for speed-only references that compute something else (a same-size output with
     * edge handling, or integer pixels).
     */
    float[] validOutput();
}
