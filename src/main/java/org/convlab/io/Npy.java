package org.convlab.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** numpy itself refuses headers above 10,000 bytes unless told otherwise. */
    private static final int MAX_HEADER_BYTES = 100_000;
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
        if (a.shape[0] > MAX_CHANNELS) {
            throw new MatrixFormatException(source, "the array has " + a.shape[0] + " channels; at most "
                    + MAX_CHANNELS + " can be read");
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

    /** Decodes a 2-D array, or also a 3-D one when {@code channels} is true. */
    private static Array decode(String source, byte[] bytes, boolean channels) throws MatrixFormatException {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes.length <= i || bytes[i] != MAGIC[i]) {
                throw new MatrixFormatException(source, "not a NumPy .npy file (the magic bytes are missing)");
            }
        }
        if (bytes.length < 10) {
            throw new MatrixFormatException(source, "the .npy header is truncated");
        }
        int major = bytes[6] & 0xff;
        int headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = buf.getShort(8) & 0xffff;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new MatrixFormatException(source, "the .npy header is truncated");
            }
            headerLength = buf.getInt(8);
            headerStart = 12;
        } else {
            throw new MatrixFormatException(source, ".npy format version " + major + " is not supported; versions 1"
                    + " to 3 are");
        }
        if (headerLength < 0 || headerLength > MAX_HEADER_BYTES) {
            throw new MatrixFormatException(source, "the .npy header announces " + (headerLength & 0xffffffffL)
                    + " bytes; at most " + MAX_HEADER_BYTES + " are read (numpy writes fewer than 200)");
        }
        if ((long) headerStart + headerLength > bytes.length) {
            throw new MatrixFormatException(source, "the .npy header is truncated");
        }
        String header = new String(bytes, headerStart, headerLength, StandardCharsets.ISO_8859_1);
        String descr = find(source, DESCR, header, "descr");
        if ("True".equals(find(source, FORTRAN, header, "fortran_order"))) {
            throw new MatrixFormatException(source, "the array is in Fortran order; save it in C order "
                    + "(numpy.ascontiguousarray)");
        }
        String shapeText = find(source, SHAPE, header, "shape");
        int[] shape = parseShape(source, shapeText);
        if (shape.length != 2 && !(channels && shape.length == 3)) {
            throw new MatrixFormatException(source, "the array has shape (" + VisibleText.escaped(shapeText.strip())
                    + ") but must be 2-D"
                    + " (rows, columns)" + (channels ? " or 3-D (channels, rows, columns)" : ""));
        }
        int width = elementWidth(source, descr);
        buf.order(descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        String sizes = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining("x"));
        long count = 1;
        for (int size : shape) {
            count = size == 0 || count <= Long.MAX_VALUE / size ? count * size : Long.MAX_VALUE;
        }
        int dataStart = headerStart + headerLength;
        if (count == 0) {
            throw new MatrixFormatException(source, "the array is empty (" + sizes + ")");
        }
        if (count > CsvMatrixReader.MAX_VALUES) {
            throw new MatrixFormatException(source, "the array is " + sizes + ", " + count
                    + " values; a matrix may hold at most " + CsvMatrixReader.MAX_VALUES + " (4096x4096)");
        }
        if (bytes.length - dataStart < count * width) {
            throw new MatrixFormatException(source, "the file is truncated: " + sizes
                    + " values announced, " + (bytes.length - dataStart) / width + " present");
        }
        float[] values = new float[(int) count];
        for (int i = 0; i < count; i++) {
            int at = dataStart + i * width;
            double d = width == 4 ? buf.getFloat(at) : buf.getDouble(at);
            float v = (float) d;
            if (!Float.isFinite(v)) {
                String what = Double.isNaN(d) ? "is NaN, not a number" : Double.isInfinite(d) ? "is infinite"
                        : "is " + d + ", too large for a float (at most " + Float.MAX_VALUE + ")";
                throw new MatrixFormatException(source, "value " + i + " (" + position(shape, i) + ") " + what);
            }
            values[i] = v;
        }
        return new Array(shape, values);
    }

    /** Where flat index i sits, in words: "row 1, column 0", the channel first for 3-D arrays. */
    private static String position(int[] shape, int i) {
        int rows = shape[shape.length - 2];
        int cols = shape[shape.length - 1];
        String rowColumn = "row " + (i / cols) % rows + ", column " + i % cols;
        return shape.length == 3 ? "channel " + i / (rows * cols) + ", " + rowColumn : rowColumn;
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

    private static int elementWidth(String source, String descr) throws MatrixFormatException {
        switch (descr) {
            case "<f4": case ">f4": case "=f4":
                return 4;
            case "<f8": case ">f8": case "=f8":
                return 8;
            default:
                throw new MatrixFormatException(source, "element type " + VisibleText.quote(descr)
                        + " is not supported; use float32 or float64");
        }
    }

    private static int[] parseShape(String source, String shape) throws MatrixFormatException {
        List<Integer> sizes = new ArrayList<>();
        for (String p : shape.split(",")) {
            String t = p.strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                sizes.add(Integer.parseInt(t));
            } catch (NumberFormatException e) {
                throw new MatrixFormatException(source, "the .npy shape (" + VisibleText.escaped(shape.strip())
                        + ") is not valid");
            }
            if (sizes.get(sizes.size() - 1) < 0) {
                throw new MatrixFormatException(source, "the .npy shape (" + VisibleText.escaped(shape.strip())
                        + ") has a negative size");
            }
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }
}
