package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/** The worked examples of D2L section 6.2, as new matrices each time they are asked for. */
public final class Chapter {
    /** The chapter's learning rate in 6.2.4. */
    public static final double LEARNING_RATE = 0.03;
    /** The chapter's epoch count in 6.2.4. */
    public static final int EPOCHS = 10;

    private Chapter() {
    }

    /**
     * 6.2.1's input, 0..8 as 3x3.
     *
     * @return [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
     */
    public static FMatrixRMaj exampleInput() {
        return new FMatrixRMaj(3, 3, true, 0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    /**
     * 6.2.1's kernel, 0..3 as 2x2.
     *
     * @return [[0, 1], [2, 3]]
     */
    public static FMatrixRMaj exampleKernel() {
        return new FMatrixRMaj(2, 2, true, 0, 1, 2, 3);
    }

    /**
     * 6.2.3's 6x8 image: ones with columns 2..5 set to zero.
     *
     * @return the edge image
     */
    public static FMatrixRMaj edgeImage() {
        FMatrixRMaj x = new FMatrixRMaj(6, 8);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 8; j++) {
                x.set(i, j, j >= 2 && j < 6 ? 0 : 1);
            }
        }
        return x;
    }

    /**
     * 6.2.3's edge-detection kernel.
     *
     * @return [[1, -1]]
     */
    public static FMatrixRMaj edgeKernel() {
        return new FMatrixRMaj(1, 2, true, 1, -1);
    }
}
