package org.convlab.core;

import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * A stack of same-sized 2-D channels, {@code C x H x W}: the input X of a layer with several input
 * channels (a colour image is three), or its output Y with one channel per output channel. A
 * single channel is a stack of one.
 *
 * <p>The channels are held, not copied: changing one changes the stack.
 */
public final class ChannelStack {
    private final FMatrixRMaj[] channels;

    /**
     * A stack of the given channels.
     *
     * @param channels at least one, all of the same non-empty shape; held, not copied
     * @throws IllegalArgumentException for no channel, an empty one or differing shapes
     */
    public ChannelStack(List<FMatrixRMaj> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a stack needs at least one channel");
        }
        this.channels = channels.toArray(FMatrixRMaj[]::new);
        FMatrixRMaj first = this.channels[0];
        if (first.numRows == 0 || first.numCols == 0) {
            throw new IllegalArgumentException("channel 0 is empty (" + Shapes.of(first) + ")");
        }
        for (int c = 1; c < this.channels.length; c++) {
            if (!Shapes.sameShape(first, this.channels[c])) {
                throw new IllegalArgumentException("channel " + c + " is " + Shapes.of(this.channels[c])
                        + " but channel 0 is " + Shapes.of(first));
            }
        }
    }

    /**
     * A stack of the given channels.
     *
     * @param channels at least one, all of the same shape; held, not copied
     * @return the stack
     */
    public static ChannelStack of(FMatrixRMaj... channels) {
        return new ChannelStack(List.of(channels));
    }

    /**
     * A stack from values in C order (channel, row, column), as a {@code .npy} file holds them.
     *
     * @param count the channel count C
     * @param rows  H
     * @param cols  W
     * @param data  C x H x W values, copied
     * @return a new stack
     */
    public static ChannelStack fromArray(int count, int rows, int cols, float[] data) {
        if ((long) count * rows * cols != data.length) {
            throw new IllegalArgumentException(data.length + " values cannot fill " + count + "x" + rows + "x" + cols);
        }
        FMatrixRMaj[] channels = new FMatrixRMaj[count];
        for (int c = 0; c < count; c++) {
            channels[c] = new FMatrixRMaj(rows, cols);
            System.arraycopy(data, c * rows * cols, channels[c].data, 0, rows * cols);
        }
        return of(channels);
    }

    /**
     * The number of channels.
     *
     * @return C
     */
    public int count() {
        return channels.length;
    }

    /**
     * The rows of every channel.
     *
     * @return H
     */
    public int rows() {
        return channels[0].numRows;
    }

    /**
     * The columns of every channel.
     *
     * @return W
     */
    public int cols() {
        return channels[0].numCols;
    }

    /**
     * One channel, live.
     *
     * @param c from 0
     * @return the H x W matrix
     */
    public FMatrixRMaj channel(int c) {
        return channels[c];
    }

    /**
     * The values in C order (channel, row, column).
     *
     * @return a new array of C x H x W values
     */
    public float[] toArray() {
        int size = rows() * cols();
        float[] data = new float[channels.length * size];
        for (int c = 0; c < channels.length; c++) {
            System.arraycopy(channels[c].data, 0, data, c * size, size);
        }
        return data;
    }

    /**
     * The shape as the chapter writes it: {@code 3x4x4}.
     *
     * @return "CxHxW"
     */
    public String shape() {
        return count() + "x" + rows() + "x" + cols();
    }
}
