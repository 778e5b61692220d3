package org.convlab.core;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * Inputs worth trying a kernel on: the chapter's counting example, its edge image and that image's
 * transpose, and patterns that take whatever size the user chose (a diagonal edge for exercise 1,
 * a checkerboard, noise).
 */
public enum InputPreset {
    /** The chapter's first example (6.2.1): 0..8 in a 3x3 grid, shown with its kernel 0..3 as 2x2. */
    COUNTING,
    /** The chapter's 6x8 image with a dark vertical band (6.2.3). */
    EDGE_IMAGE,
    /** Its transpose, 8x6, whose edges are horizontal: {@code [1, -1]} finds nothing (6.2.3). */
    EDGE_IMAGE_TRANSPOSED,
    /** Ones on and below the main diagonal, zeros above: a diagonal edge (exercise 1). */
    DIAGONAL_EDGE,
    /** Alternating squares of ones and zeros. */
    CHECKERBOARD,
    /** Values drawn uniformly from [0, 1], rounded to two decimals so they read exactly. */
    RANDOM;

    /**
     * Whether the preset takes the size it is asked for; the chapter's images have their own.
     *
     * @return true for the patterns
     */
    public boolean takesSize() {
        return this != COUNTING && this != EDGE_IMAGE && this != EDGE_IMAGE_TRANSPOSED;
    }

    /**
     * The kernel the chapter shows this input with, which comes along when the input is chosen.
     *
     * @return a new matrix, or null when any kernel goes with it
     */
    public FMatrixRMaj chapterKernel() {
        return this == COUNTING ? Chapter.exampleKernel() : null;
    }

    /**
     * Makes the input.
     *
     * @param rows the height, for presets that take a size (at least 1)
     * @param cols the width, for presets that take a size (at least 1)
     * @param seed the seed for {@link #RANDOM}
     * @return a new matrix
     * @throws IllegalArgumentException if a size is below 1
     */
    public FMatrixRMaj create(int rows, int cols, long seed) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("an input needs at least one row and one column, not "
                    + rows + "x" + cols);
        }
        switch (this) {
            case COUNTING:
                return Chapter.exampleInput();
            case EDGE_IMAGE:
                return Chapter.edgeImage();
            case EDGE_IMAGE_TRANSPOSED:
                return Reshape.transpose(Chapter.edgeImage());
            case DIAGONAL_EDGE:
                return fill(rows, cols, (i, j) -> j <= i ? 1 : 0);
            case CHECKERBOARD:
                int block = Math.max(1, Math.min(rows, cols) / 4);
                return fill(rows, cols, (i, j) -> (i / block + j / block) % 2 == 0 ? 1 : 0);
            default:
                Random random = new Random(seed);
                return fill(rows, cols, (i, j) -> Math.round(random.nextFloat() * 100) / 100f);
        }
    }

    private interface CellValue {
        float at(int row, int col);
    }

    private static FMatrixRMaj fill(int rows, int cols, CellValue value) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.set(i, j, value.at(i, j));
            }
        }
        return m;
    }
}
