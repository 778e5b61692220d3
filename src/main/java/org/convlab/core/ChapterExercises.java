package org.convlab.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ejml.data.FMatrixRMaj;

/**
 * The inputs and kernels that the lessons of D2L section 6.2 and its exercises name, by a stable
 * name a lesson file can use ("edge-6x8", "second-derivative"). Every call returns a new matrix.
 */
public final class ChapterExercises {
    private static final Map<String, Supplier<FMatrixRMaj>> INPUTS = new LinkedHashMap<>();
    private static final Map<String, Supplier<FMatrixRMaj>> KERNELS = new LinkedHashMap<>();

    static {
        INPUTS.put("counting-3x3", Chapter::exampleInput);
        INPUTS.put("edge-6x8", Chapter::edgeImage);
        INPUTS.put("edge-6x8-transposed", () -> Reshape.transpose(Chapter.edgeImage()));
        INPUTS.put("diagonal-8x8", ChapterExercises::diagonalEdgeImage);
        INPUTS.put("diagonal-8x8-transposed", () -> Reshape.transpose(diagonalEdgeImage()));
        INPUTS.put("parabola-6x8", ChapterExercises::parabola);

        KERNELS.put("counting-2x2", Chapter::exampleKernel);
        KERNELS.put("edge", Chapter::edgeKernel);
        KERNELS.put("edge-transposed", () -> Reshape.transpose(Chapter.edgeKernel()));
        KERNELS.put("second-derivative", () -> derivative(2));
        KERNELS.put("third-derivative", () -> derivative(3));
        KERNELS.put("box-blur-3x3", ChapterExercises::boxBlur);
    }

    private ChapterExercises() {
    }

    /**
     * An input by name.
     *
     * @param name one of {@link #inputNames()}
     * @return a new matrix, or empty for an unknown name
     */
    public static Optional<FMatrixRMaj> input(String name) {
        return Optional.ofNullable(INPUTS.get(name)).map(Supplier::get);
    }

    /**
     * A kernel by name.
     *
     * @param name one of {@link #kernelNames()}
     * @return a new matrix, or empty for an unknown name
     */
    public static Optional<FMatrixRMaj> kernel(String name) {
        return Optional.ofNullable(KERNELS.get(name)).map(Supplier::get);
    }

    /**
     * The names of the inputs, in the order the lessons meet them.
     *
     * @return an unmodifiable ordered set
     */
    public static Set<String> inputNames() {
        return Collections.unmodifiableSet(INPUTS.keySet());
    }

    /**
     * The names of the kernels, in the order the lessons meet them.
     *
     * @return an unmodifiable ordered set
     */
    public static Set<String> kernelNames() {
        return Collections.unmodifiableSet(KERNELS.keySet());
    }

    /**
     * An 8x8 image whose lower-left triangle, diagonal included, is 1 and the rest 0: its only
     * edge runs along the diagonal (exercise 1).
     *
     * @return a new matrix
     */
    public static FMatrixRMaj diagonalEdgeImage() {
        return InputPreset.DIAGONAL_EDGE.create(8, 8, 0);
    }

    /**
     * A 6x8 image whose value in column j is j squared, the same in every row: a smooth curve
     * whose second derivative is the constant 2 (exercise 4).
     *
     * @return a new matrix
     */
    public static FMatrixRMaj parabola() {
        FMatrixRMaj x = new FMatrixRMaj(6, 8);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 8; j++) {
                x.set(i, j, j * j);
            }
        }
        return x;
    }

    /**
     * The smallest 1-row kernel for a derivative of the given order: d + 1 binomial coefficients
     * with alternating signs, [1, -1], [1, -2, 1], [1, -3, 3, -1], ... Like the chapter's [1, -1],
     * it takes the left neighbour minus the right one, so odd orders come out with the opposite sign
     * of the forward difference.
     *
     * @param order d, at least 1
     * @return a new 1 x (d + 1) kernel
     */
    public static FMatrixRMaj derivative(int order) {
        if (order < 1) {
            throw new IllegalArgumentException("a derivative's order must be at least 1, not " + order);
        }
        FMatrixRMaj k = new FMatrixRMaj(1, order + 1);
        long c = 1;
        for (int i = 0; i <= order; i++) {
            k.set(0, i, (i % 2 == 0 ? 1 : -1) * c);
            c = c * (order - i) / (i + 1);
        }
        return k;
    }

    /**
     * The 3x3 box blur: every weight 1/9, so each output is the mean of its 3x3 window.
     *
     * @return a new matrix
     */
    public static FMatrixRMaj boxBlur() {
        FMatrixRMaj k = new FMatrixRMaj(3, 3);
        k.fill(1f / 9);
        return k;
    }
}
