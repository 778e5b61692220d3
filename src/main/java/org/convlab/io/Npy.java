package org.convlab.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ejml.data.FMatrixRMaj;

/**
 * NumPy's {@code .npy} format for 2-D float matrices and 3-D stacks of them (channels, rows,
 * columns): reads float32 and float64 in C order (either byte order), writes little-endian float32,
 * format version 1.0.
 */
public final class Npy {
    /** Channels a stack may have: each is a matrix object of its own, so millions of 1x1 ones would cost gigabytes. */
    public static final int MAX_CHANNELS = 4096;
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /**
     * Decodes a {@code .npy} file.
     *
     * @param source the name used in messages
     * @param bytes  the whole file
     * @return a new matrix
     * @throws MatrixFormatException if the file is not a 2-D float .npy array in C order
     */
    public static FMatrixRMaj read(String source, byte[] bytes) throws MatrixFormatException {
        Array a = decode(source, bytes, false);
        return FMatrixRMaj.wrap(a.shape[0], a.shape[1], a.values);
    }

    /**
     * Decodes a {@code .npy} file holding a {@code C x H x W} array, or a 2-D one as a single channel.
     *
     * @param source the name used in messages
     * @param bytes  the whole file
     * @return the channels, each a new H x W matrix
     * @throws MatrixFormatException if the file is not a 2-D or 3-D float .npy array in C order
     */
    public static Channels readChannels(String source, byte[] bytes) throws MatrixFormatException {
        Array a = decode(source, bytes, true);
        if (a.shape.length == 2) {
            return new Channels(new FMatrixRMaj[] {FMatrixRMaj.wrap(a.shape[0], a.shape[1], a.values)}, false);
        }
        int plane = a.shape[1] * a.shape[2];
        FMatrixRMaj[] channels = new FMatrixRMaj[a.shape[0]];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = new FMatrixRMaj(a.shape[1], a.shape[2]);
            System.arraycopy(a.values, c * plane, channels[c].data, 0, plane);
        }
        return new Channels(channels, true);
    }

    /** A decoded array: its shape and its values in C order. */
    private record Array(int[] shape, float[] values) {
    }

    /**
     * Decodes a 2-D array, or also a 3-D one when {@code channels} is true: {@link NpyArray} reads
     * and checks the file, and the rank, the size limit of a matrix and the channel cap are checked
     * between its header and its values, so a file too large is refused before anything is allocated.
     */
    private static Array decode(String source, byte[] bytes, boolean channels) throws MatrixFormatException {
        NpyArray.Header header = NpyArray.header(source, bytes);
        int[] shape = header.shape();
        if (shape.length != 2 && !(channels && shape.length == 3)) {
            throw new MatrixFormatException(source, "the array has shape ("
                    + VisibleText.escaped(header.shapeText().strip()) + ") but must be 2-D (rows, columns)"
                    + (channels ? " or 3-D (channels, rows, columns)" : ""));
        }
        long count = header.count();
        if (count > CsvMatrixReader.MAX_VALUES) {
            throw new MatrixFormatException(source, "the array is " + sizes(shape) + ", " + count
                    + " values; a matrix may hold at most " + CsvMatrixReader.MAX_VALUES + " (4096x4096)");
        }
        if (shape.length == 3 && shape[0] > MAX_CHANNELS) {
            throw new MatrixFormatException(source, "the array has " + shape[0] + " channels; at most "
                    + MAX_CHANNELS + " can be read");
        }
        return new Array(shape, NpyArray.values(source, bytes, header).data());
    }

    private static String sizes(int[] shape) {
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining("x"));
    }

    /**
     * Encodes a matrix as a little-endian float32 {@code .npy} file.
     *
     * @param m the matrix, not modified
     * @return the file's bytes
     */
    public static byte[] write(FMatrixRMaj m) {
        return encode(m.numRows + ", " + m.numCols, Arrays.copyOf(m.data, m.numRows * m.numCols));
    }

    /** A little-endian float32 {@code .npy} file, format 1.0, header padded to 64 bytes as numpy pads it. */
    static byte[] encode(String shape, float[] values) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + shape + "), }";
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + 4 * values.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (float v : values) {
            buf.putFloat(v);
        }
        return buf.array();
    }

    /**
     * Encodes {@code C} matrices of one shape as a little-endian float32 {@code C x H x W} {@code .npy}
     * file.
     *
     * @param channels the channels, all H x W, none modified
     * @return the file's bytes
     * @throws IllegalArgumentException for no channels or channels of different shapes
     */
    public static byte[] writeChannels(FMatrixRMaj[] channels) {
        if (channels.length == 0) {
            throw new IllegalArgumentException("no channels to write");
        }
        int rows = channels[0].numRows;
        int cols = channels[0].numCols;
        for (FMatrixRMaj c : channels) {
            if (c.numRows != rows || c.numCols != cols) {
                throw new IllegalArgumentException("the channels differ in shape: " + rows + "x" + cols + " and "
                        + c.numRows + "x" + c.numCols);
            }
        }
        float[] values = new float[channels.length * rows * cols];
        for (int c = 0; c < channels.length; c++) {
            System.arraycopy(channels[c].data, 0, values, c * rows * cols, rows * cols);
        }
        return encode(channels.length + ", " + rows + ", " + cols, values);
    }

    /** The key's value; when the header repeats a key the last one counts, as in numpy's reader. */
    static String find(String source, Pattern p, String header, String key) throws MatrixFormatException {
        Matcher m = p.matcher(header);
        String value = null;
        while (m.find()) {
            value = m.group(1);
        }
        if (value == null) {
            throw new MatrixFormatException(source, "the .npy header has no valid '" + key + "' entry");
        }
        return value;
    }
}
