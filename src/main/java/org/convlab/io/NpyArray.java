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
        for (int i = 0; i < Npy.MAGIC.length; i++) {
            if (bytes.length <= i || bytes[i] != Npy.MAGIC[i]) {
                throw new MatrixFormatException(source, "not a NumPy .npy file (the magic bytes are missing)");
            }
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes.length < 10 ? -1 : bytes[6] & 0xff;
        int headerStart = major == 1 ? 10 : 12;
        if (major < 1 || major > 3 || bytes.length < headerStart) {
            throw new MatrixFormatException(source, major < 0 || bytes.length < headerStart
                    ? "the .npy header is truncated" : ".npy format version " + major + " is not supported");
        }
        long headerLength = major == 1 ? buf.getShort(8) & 0xffff : buf.getInt(8) & 0xffffffffL;
        if (headerLength > MAX_HEADER_BYTES || headerStart + headerLength > bytes.length) {
            throw new MatrixFormatException(source, "the .npy header is truncated or longer than "
                    + MAX_HEADER_BYTES + " bytes");
        }
        String header = new String(bytes, headerStart, (int) headerLength, StandardCharsets.ISO_8859_1);
        String descr = Npy.find(source, Npy.DESCR, header, "descr");
        if ("True".equals(Npy.find(source, Npy.FORTRAN, header, "fortran_order"))) {
            throw new MatrixFormatException(source, "the array is in Fortran order; save it in C order "
                    + "(numpy.ascontiguousarray)");
        }
        int[] shape = parseShape(source, Npy.find(source, Npy.SHAPE, header, "shape"));
        int width = descr.endsWith("f4") ? 4 : descr.endsWith("f8") ? 8 : 0;
        if (width == 0 || !descr.matches("[<>=]f[48]")) {
            throw new MatrixFormatException(source, "element type '" + descr + "' is not supported; use float32 or"
                    + " float64");
        }
        buf.order(descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        long count = 1;
        for (int size : shape) {
            count = Math.min(count * size, MAX_VALUES + 1);
        }
        if (count == 0 || count > MAX_VALUES) {
            throw new MatrixFormatException(source, "the array is " + shapeText(shape) + "; it must hold between 1"
                    + " and " + MAX_VALUES + " values");
        }
        int dataStart = headerStart + (int) headerLength;
        if ((bytes.length - dataStart) / width < count) {
            throw new MatrixFormatException(source, "the file is truncated: " + shapeText(shape) + " values announced, "
                    + (bytes.length - dataStart) / width + " present");
        }
        float[] data = new float[(int) count];
        for (int i = 0; i < data.length; i++) {
            int at = dataStart + i * width;
            data[i] = width == 4 ? buf.getFloat(at) : (float) buf.getDouble(at);
            if (!Float.isFinite(data[i])) {
                throw new MatrixFormatException(source, "value " + i + " is not a finite float");
            }
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

    private static int[] parseShape(String source, String shape) throws MatrixFormatException {
        String[] parts = shape.strip().isEmpty() ? new String[0] : shape.split(",", -1);
        int[] sizes = new int[parts.length];
        int dims = 0;
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i].strip();
            if (t.isEmpty() && i == parts.length - 1 && i > 0) {
                break;
            }
            if (!t.matches("\\d{1,9}")) {
                throw new MatrixFormatException(source, "the .npy shape (" + shape + ") is not valid");
            }
            sizes[dims++] = Integer.parseInt(t);
        }
        if (dims == 0) {
            throw new MatrixFormatException(source, "the array is a scalar; give at least 2 dimensions");
        }
        return Arrays.copyOf(sizes, dims);
    }
}
