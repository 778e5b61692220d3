package org.convlab.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A float array of any rank in NumPy's {@code .npy} format, for the stacks of channels
 * ({@code C x H x W}) and kernel banks ({@code C_out x C_in x kh x kw}) of D2L 6.4: reads float32
 * and float64 in C order (either byte order), writes little-endian float32, format version 1.0.
 * {@link Npy} reads the 2-D matrices of the single-channel case.
 *
 * @param shape the size of each dimension, outermost first
 * @param data  the values in C order (the last index varies fastest)
 */
public record NpyArray(int[] shape, float[] data) {
    /** The most values an array may hold: as many as the largest file ConvLab reads. */
    public static final long MAX_VALUES = MatrixFiles.MAX_BYTES / Float.BYTES;
    /** numpy itself refuses headers above 10,000 bytes unless told otherwise. */
    private static final int MAX_HEADER_BYTES = 100_000;

    /**
     * Decodes a {@code .npy} file of any rank.
     *
     * @param source the name used in messages
     * @param bytes  the whole file
     * @return the array
     * @throws MatrixFormatException if the file is not a float {@code .npy} array in C order with
     *                               finite values, or holds none or too many
     */
    public static NpyArray read(String source, byte[] bytes) throws MatrixFormatException {
        return values(source, bytes, header(source, bytes));
    }

    /**
     * What a {@code .npy} header says, checked: the array's shape, its element type and where its
     * values start. The shape text is the header's own, for messages.
     */
    record Header(int[] shape, String shapeText, String descr, int dataStart) {
        /** The number of values the shape announces, {@link Long#MAX_VALUE} when it is larger. */
        long count() {
            long count = 1;
            for (int size : shape) {
                count = size == 0 || count <= Long.MAX_VALUE / size ? count * size : Long.MAX_VALUE;
            }
            return count;
        }
    }

    /**
     * Reads and checks the header: the magic bytes, the format version, the header's length, C
     * order and the shape's sizes. A reader with rules of its own (rank, size) applies them to the
     * shape between this and {@link #values}, before any value is read.
     */
    static Header header(String source, byte[] bytes) throws MatrixFormatException {
        for (int i = 0; i < Npy.MAGIC.length; i++) {
            if (bytes.length <= i || bytes[i] != Npy.MAGIC[i]) {
                throw new MatrixFormatException(source, "not a NumPy .npy file (the magic bytes are missing)");
            }
        }
        int major = bytes.length < 10 ? -1 : bytes[6] & 0xff;
        if (major > 3 || major == 0) {
            throw new MatrixFormatException(source, ".npy format version " + major + " is not supported; versions 1"
                    + " to 3 are");
        }
        int headerStart = major == 1 ? 10 : 12;
        if (major < 0 || bytes.length < headerStart) {
            throw new MatrixFormatException(source, "the .npy header is truncated");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? buf.getShort(8) & 0xffff : buf.getInt(8) & 0xffffffffL;
        if (headerLength > MAX_HEADER_BYTES) {
            throw new MatrixFormatException(source, "the .npy header announces " + headerLength + " bytes; at most "
                    + MAX_HEADER_BYTES + " are read (numpy writes fewer than 200)");
        }
        if (headerStart + headerLength > bytes.length) {
            throw new MatrixFormatException(source, "the .npy header is truncated");
        }
        String header = new String(bytes, headerStart, (int) headerLength, StandardCharsets.ISO_8859_1);
        String descr = Npy.find(source, Npy.DESCR, header, "descr");
        if ("True".equals(Npy.find(source, Npy.FORTRAN, header, "fortran_order"))) {
            throw new MatrixFormatException(source, "the array is in Fortran order; save it in C order "
                    + "(numpy.ascontiguousarray)");
        }
        String shapeText = Npy.find(source, Npy.SHAPE, header, "shape");
        return new Header(parseShape(source, shapeText), shapeText, descr, headerStart + (int) headerLength);
    }

    /**
     * Reads the values a checked header announces: float32 or float64 in either byte order, at
     * least one, at most {@link #MAX_VALUES}, all present and all finite as floats.
     */
    static NpyArray values(String source, byte[] bytes, Header header) throws MatrixFormatException {
        int width = elementWidth(source, header.descr());
        ByteBuffer buf = ByteBuffer.wrap(bytes)
                .order(header.descr().startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int[] shape = header.shape();
        long count = header.count();
        if (count == 0) {
            throw new MatrixFormatException(source, "the array is empty (" + shapeText(shape) + ")");
        }
        if (count > MAX_VALUES) {
            throw new MatrixFormatException(source, "the array is " + shapeText(shape) + ", " + count
                    + " values; at most " + MAX_VALUES + " can be read");
        }
        int dataStart = header.dataStart();
        if ((bytes.length - dataStart) / width < count) {
            throw new MatrixFormatException(source, "the file is truncated: " + shapeText(shape) + " values announced, "
                    + (bytes.length - dataStart) / width + " present");
        }
        float[] data = new float[(int) count];
        for (int i = 0; i < data.length; i++) {
            int at = dataStart + i * width;
            double d = width == 4 ? buf.getFloat(at) : buf.getDouble(at);
            float v = (float) d;
            if (!Float.isFinite(v)) {
                String what = Double.isNaN(d) ? "is NaN, not a number" : Double.isInfinite(d) ? "is infinite"
                        : "is " + d + ", too large for a float (at most " + Float.MAX_VALUE + ")";
                throw new MatrixFormatException(source, "value " + i + " (" + position(shape, i) + ") " + what);
            }
            data[i] = v;
        }
        return new NpyArray(shape, data);
    }

    /**
     * Encodes the array as a little-endian float32 {@code .npy} file.
     *
     * @return the file's bytes
     */
    public byte[] write() {
        String tuple = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return Npy.encode(shape.length == 1 ? tuple + "," : tuple, data);
    }

    /**
     * The shape as ConvLab writes it: {@code 3x2x2x2}.
     *
     * @return the sizes joined by x
     */
    public String shapeText() {
        return shapeText(shape);
    }

    private static String shapeText(int[] shape) {
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining("x"));
    }

    /**
     * Where flat index i sits, in words: {@code row 1, column 0}, the channel first for a stack of
     * channels, every index for other ranks.
     */
    private static String position(int[] shape, int i) {
        int[] at = new int[shape.length];
        for (int d = shape.length - 1, rest = i; d >= 0; d--) {
            at[d] = rest % shape[d];
            rest /= shape[d];
        }
        switch (shape.length) {
            case 2:
                return "row " + at[0] + ", column " + at[1];
            case 3:
                return "channel " + at[0] + ", row " + at[1] + ", column " + at[2];
            default:
                return "index " + Arrays.stream(at).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        }
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

    /** The sizes of a shape tuple such as {@code 2, 3} or {@code 8,}: whole numbers, 0 or more. */
    private static int[] parseShape(String source, String shape) throws MatrixFormatException {
        String[] parts = shape.strip().isEmpty() ? new String[0] : shape.split(",", -1);
        int[] sizes = new int[parts.length];
        int dims = 0;
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i].strip();
            if (t.isEmpty() && i == parts.length - 1 && i > 0) {
                break;
            }
            if (t.matches("-\\d+")) {
                throw new MatrixFormatException(source, "the .npy shape (" + VisibleText.escaped(shape.strip())
                        + ") has a negative size");
            }
            try {
                sizes[dims++] = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new MatrixFormatException(source, "the .npy shape (" + VisibleText.escaped(shape.strip())
                        + ") is not valid");
            }
        }
        if (dims == 0) {
            throw new MatrixFormatException(source, "the array is a scalar; give at least 2 dimensions");
        }
        return Arrays.copyOf(sizes, dims);
    }
}
