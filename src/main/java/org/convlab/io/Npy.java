package org.convlab.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.data.FMatrixRMaj;

/**
 * NumPy's {@code .npy} format for 2-D float matrices: reads float32 and float64 in C order (either
 * byte order), writes little-endian float32, format version 1.0.
 */
public final class Npy {
    /** numpy itself refuses headers above 10,000 bytes unless told otherwise. */
    private static final int MAX_HEADER_BYTES = 100_000;
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

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
        int[] shape = parseShape(source, find(source, SHAPE, header, "shape"));
        int width = elementWidth(source, descr);
        buf.order(descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        long count = (long) shape[0] * shape[1];
        int dataStart = headerStart + headerLength;
        if (count == 0) {
            throw new MatrixFormatException(source, "the array is empty (" + shape[0] + "x" + shape[1] + ")");
        }
        if (count > CsvMatrixReader.MAX_VALUES) {
            throw new MatrixFormatException(source, "the array is " + shape[0] + "x" + shape[1] + ", " + count
                    + " values; a matrix may hold at most " + CsvMatrixReader.MAX_VALUES + " (4096x4096)");
        }
        if (bytes.length - dataStart < count * width) {
            throw new MatrixFormatException(source, "the file is truncated: " + shape[0] + "x" + shape[1]
                    + " values announced, " + (bytes.length - dataStart) / width + " present");
        }
        FMatrixRMaj m = new FMatrixRMaj(shape[0], shape[1]);
        for (int i = 0; i < count; i++) {
            int at = dataStart + i * width;
            double d = width == 4 ? buf.getFloat(at) : buf.getDouble(at);
            float v = (float) d;
            if (!Float.isFinite(v)) {
                String what = Double.isNaN(d) ? "is NaN, not a number" : Double.isInfinite(d) ? "is infinite"
                        : "is " + d + ", too large for a float (at most " + Float.MAX_VALUE + ")";
                throw new MatrixFormatException(source, "value " + i + " (row " + i / shape[1] + ", column "
                        + i % shape[1] + ") " + what);
            }
            m.data[i] = v;
        }
        return m;
    }

    /**
     * Encodes a matrix as a little-endian float32 {@code .npy} file.
     *
     * @param m the matrix, not modified
     * @return the file's bytes
     */
    public static byte[] write(FMatrixRMaj m) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + m.numRows + ", " + m.numCols + "), }";
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        int n = m.numRows * m.numCols;
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + 4 * n).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < n; i++) {
            buf.putFloat(m.data[i]);
        }
        return buf.array();
    }

    /** The key's value; when the header repeats a key the last one counts, as in numpy's reader. */
    private static String find(String source, Pattern p, String header, String key) throws MatrixFormatException {
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
        String[] parts = shape.split(",");
        int dims = 0;
        int[] result = new int[2];
        for (String p : parts) {
            String t = p.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (dims == 2) {
                dims++;
                break;
            }
            try {
                result[dims++] = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new MatrixFormatException(source, "the .npy shape (" + VisibleText.escaped(shape.strip())
                        + ") is not valid");
            }
            if (result[dims - 1] < 0) {
                throw new MatrixFormatException(source, "the .npy shape (" + shape.strip() + ") has a negative"
                        + " size");
            }
        }
        if (dims != 2) {
            throw new MatrixFormatException(source, "the array has shape (" + VisibleText.escaped(shape.strip())
                    + ") but must be 2-D (rows, columns)");
        }
        return result;
    }
}
