package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * Kernels worth trying on an image, from the chapter's edge detector to the classic filters of
 * image processing. Every preset is applied by cross-correlation (the kernel is not flipped), as
 * everywhere in ConvLab; for the symmetric ones that is the same as a true convolution.
 */
public enum KernelPreset {
    /** The chapter's vertical-edge detector {@code [[1, -1]]} (6.2.3). */
    EDGE(1, 2, 1, -1),
    /** Its transpose {@code [[1], [-1]]}: detects horizontal edges. */
    EDGE_TRANSPOSED(2, 1, 1, -1),
    /** Leaves the image as it is (cropped by the border). */
    IDENTITY(3, 3, 0, 0, 0, 0, 1, 0, 0, 0, 0),
    /** The mean of the 3x3 neighbourhood: a blur. */
    BOX_BLUR(3, 3, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f),
    /** A weighted mean favouring the centre: a gentler blur. */
    GAUSSIAN(3, 3, 1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f),
    /** The centre minus its four neighbours, added back to the image: stresses differences. */
    SHARPEN(3, 3, 0, -1, 0, -1, 5, -1, 0, -1, 0),
    /** Horizontal gradient, smoothed vertically: responds to vertical edges. */
    SOBEL_X(3, 3, -1, 0, 1, -2, 0, 2, -1, 0, 1),
    /** Vertical gradient, smoothed horizontally: responds to horizontal edges. */
    SOBEL_Y(3, 3, -1, -2, -1, 0, 0, 0, 1, 2, 1),
    /** The sum of second derivatives in both directions: responds to edges of any direction. */
    LAPLACIAN(3, 3, 0, 1, 0, 1, -4, 1, 0, 1, 0),
    /** The second difference along a row: zero on flat and on linear ramps. */
    SECOND_DERIVATIVE(1, 3, 1, -2, 1),
    /** The difference along the main diagonal: detects diagonal edges (exercise 1). */
    DIAGONAL_EDGE(2, 2, 1, 0, 0, -1);

    private final int rows;
    private final int cols;
    private final float[] values;

    KernelPreset(int rows, int cols, float... values) {
        this.rows = rows;
        this.cols = cols;
        this.values = values;
    }

    /**
     * The kernel, as a new matrix the caller may keep or change.
     *
     * @return an h x w matrix
     */
    public FMatrixRMaj kernel() {
        return new FMatrixRMaj(rows, cols, true, values);
    }

    /**
     * A stable lower-case name for message keys and files ("sobel_x").
     *
     * @return the name
     */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
