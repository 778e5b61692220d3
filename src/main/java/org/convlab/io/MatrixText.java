package org.convlab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ejml.data.FMatrixRMaj;

/** Text forms of a matrix: CSV that round-trips, and numbers rounded the way Python rounds them. */
public final class MatrixText {
    private MatrixText() {
    }

    /**
     * The matrix as CSV, one row a line, each float in its shortest form that reads back to the
     * same float.
     *
     * @param m the matrix, not modified
     * @return the text, ending in a newline
     */
    public static String csv(FMatrixRMaj m) {
        StringBuilder sb = new StringBuilder();
        try {
            csv(m, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder cannot fail", e);
        }
        return sb.toString();
    }

    /**
     * Writes the matrix as {@link #csv(FMatrixRMaj)} does, row by row, so a large matrix never
     * becomes one large string.
     *
     * @param m   the matrix, not modified
     * @param out where the text goes
     * @throws IOException if writing fails
     */
    public static void csv(FMatrixRMaj m, Appendable out) throws IOException {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < m.numRows; i++) {
            row.setLength(0);
            for (int j = 0; j < m.numCols; j++) {
                if (j > 0) {
                    row.append(',');
                }
                row.append(m.get(i, j));
            }
            out.append(row).append('\n');
        }
    }

    /**
     * Formats a number with a fixed count of decimals exactly as Python's {@code f"{v:.Nf}"}:
     * the binary value rounded half to even.
     *
     * @param value    a finite number
     * @param decimals digits after the point
     * @return the text, "-" for negatives, no grouping
     */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        if (value < 0 || (value == 0 && 1 / value < 0)) {
            return s.startsWith("-") ? s : "-" + s;
        }
        return s;
    }
}
