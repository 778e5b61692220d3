package org.convlab.core;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * The worked examples of D2L section 6.4, "Multiple Input and Multiple Output Channels": the
 * two-channel input and kernel whose correlation is {@code [[56, 72], [104, 120]]}, the bank of
 * three output channels stacked from K, K + 1 and K + 2, and random data for the 1x1
 * convolution computed as a matrix product.
 */
public final class MultipleChannels {
    private MultipleChannels() {
    }

    /**
     * The section's input: two 3x3 channels, 0..8 and 1..9.
     *
     * @return a new 2x3x3 stack
     */
    public static ChannelStack exampleInput() {
        return ChannelStack.fromArray(2, 3, 3, new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    /**
     * The section's kernel for that input: one output channel, two 2x2 kernels, 0..3 and 1..4.
     *
     * @return a new 1x2x2x2 bank
     */
    public static KernelBank exampleKernel() {
        return KernelBank.fromArray(1, 2, 2, 2, new float[] {0, 1, 2, 3, 1, 2, 3, 4});
    }

    /**
     * The section's three output channels: the example kernel K stacked with K + 1 and K + 2.
     *
     * @return a new 3x2x2x2 bank
     */
    public static KernelBank stackedKernel() {
        float[] k = exampleKernel().toArray();
        float[] stacked = new float[3 * k.length];
        for (int o = 0; o < 3; o++) {
            for (int i = 0; i < k.length; i++) {
                stacked[o * k.length + i] = k[i] + o;
            }
        }
        return KernelBank.fromArray(3, 2, 2, 2, stacked);
    }

    /**
     * Standard normal values of the given count, for the section's 1x1 example
     * ({@code torch.normal(0, 1, ...)}).
     *
     * @param count how many
     * @param seed  the random seed
     * @return a new array
     */
    public static float[] normal(int count, long seed) {
        Random random = new Random(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
