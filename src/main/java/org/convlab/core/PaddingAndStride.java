package org.convlab.core;

import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * The worked examples of D2L section 6.3, "Padding and Stride": an 8x8 input and the four
 * convolutional layers the section applies to it, each keeping or shrinking the size as the
 * section explains.
 */
public final class PaddingAndStride {
    /** The section's input is 8x8. */
    public static final int INPUT_SIZE = 8;

    /**
     * A 3x3 kernel with padding 1 and a 5x3 one with padding 2,1 keep the size; stride 2 halves
     * it; the last, a 3x5 kernel with padding 0,1 and stride 3,4, is the section's "more
     * complicated example".
     */
    private static final List<Layer> LAYERS = List.of(
            new Layer(3, 3, new ConvGeometry(1, 1, 1, 1, 1, 1)),
            new Layer(5, 3, new ConvGeometry(2, 1, 1, 1, 1, 1)),
            new Layer(3, 3, new ConvGeometry(1, 1, 2, 2, 1, 1)),
            new Layer(3, 5, new ConvGeometry(0, 1, 3, 4, 1, 1)));

    private PaddingAndStride() {
    }

    /**
     * One of the section's layers: a kernel shape and where its windows sit.
     *
     * @param kernelRows kh
     * @param kernelCols kw
     * @param geometry   padding and stride
     */
    public record Layer(int kernelRows, int kernelCols, ConvGeometry geometry) {
    }

    /**
     * The section's layers in its order.
     *
     * @return four layers
     */
    public static List<Layer> layers() {
        return LAYERS;
    }

    /**
     * An 8x8 input of uniform values in [0, 1), as the section's {@code torch.rand(size=(8, 8))};
     * the shapes it shows do not depend on the values.
     *
     * @param seed the random seed
     * @return a new matrix
     */
    public static FMatrixRMaj input(long seed) {
        Random random = new Random(seed);
        FMatrixRMaj x = new FMatrixRMaj(INPUT_SIZE, INPUT_SIZE);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = random.nextFloat();
        }
        return x;
    }
}
