package org.convlab.io;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Prints a 2-D float matrix as PyTorch prints a tensor with its default options: integer-valued
 * tensors as {@code 19.}, others with 4 decimals, scientific notation when the magnitudes span
 * more than a factor of 1000 (or exceed 1e8 or fall below 1e-4), every element padded to the
 * widest, rows wrapped at 80 columns.
 */
public final class TorchFormat {
    private static final int PRECISION = 4;
    private static final int LINE_WIDTH = 80;
    private static final String PREFIX = "tensor(";

    private TorchFormat() {
    }

    /**
     * The matrix as PyTorch's {@code print(t)} shows it.
     *
     * @param m the matrix, not modified
     * @return {@code tensor([[...]])} over several lines
     */
    public static String tensor(FMatrixRMaj m) {
        Style style = Style.of(m);
        int indent = PREFIX.length() + 1;
        StringBuilder sb = new StringBuilder(PREFIX).append('[');
        for (int i = 0; i < m.numRows; i++) {
            if (i > 0) {
                sb.append(",\n").append(" ".repeat(indent));
            }
            sb.append(row(m, i, style, indent));
        }
        return sb.append("])").toString();
    }

    /**
     * A one-element 1-D tensor, as PyTorch prints a layer's bias: {@code tensor([0.1234])}.
     *
     * @param v the value
     * @return the text
     */
    public static String vector(float v) {
        FMatrixRMaj m = new FMatrixRMaj(1, 1, true, v);
        return PREFIX + row(m, 0, Style.of(m), PREFIX.length()) + ")";
    }

    private static String row(FMatrixRMaj m, int i, Style style, int indent) {
        int perLine = Math.max(1, (LINE_WIDTH - indent) / (style.width + 2));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < m.numCols; j++) {
            if (j > 0 && j % perLine == 0) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (j > 0) {
                line.append(", ");
            }
            line.append(style.format(m.get(i, j)));
        }
        lines.add(line.toString());
        return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
    }

    /** PyTorch's _Formatter: one style for the whole tensor. */
    private static final class Style {
        private boolean intMode = true;
        private boolean sciMode;
        private int width = 1;

        static Style of(FMatrixRMaj m) {
            Style s = new Style();
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            int n = m.numRows * m.numCols;
            for (int i = 0; i < n; i++) {
                float v = m.data[i];
                if (Float.isFinite(v) && v != 0) {
                    max = Math.max(max, Math.abs(v));
                    min = Math.min(min, Math.abs(v));
                    if (v != Math.ceil(v)) {
                        s.intMode = false;
                    }
                }
            }
            boolean any = max > 0;
            if (any) {
                s.sciMode = max / min > 1000.0 || max > 1.0e8 || (!s.intMode && min < 1.0e-4);
            }
            for (int i = 0; i < n; i++) {
                float v = m.data[i];
                if (Float.isFinite(v) && v != 0) {
                    s.width = Math.max(s.width, s.plain(v).length());
                }
            }
            return s;
        }

        private String plain(float v) {
            if (sciMode) {
                return scientific(v);
            }
            if (intMode) {
                return MatrixText.fixed(v, 0) + ".";
            }
            return MatrixText.fixed(v, PRECISION);
        }

        String format(float v) {
            String s = Float.isFinite(v) ? plain(v) : Float.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
            return " ".repeat(Math.max(0, width - s.length())) + s;
        }

        private static String scientific(double v) {
            String s = String.format(java.util.Locale.ROOT, "%." + PRECISION + "e", v);
            int e = s.indexOf('e');
            String mantissa = s.substring(0, e);
            String exp = s.substring(e + 1);
            char sign = exp.charAt(0) == '-' ? '-' : '+';
            String digits = exp.replaceFirst("^[+-]", "");
            if (digits.length() < 2) {
                digits = "0" + digits;
            }
            return mantissa + "e" + sign + digits;
        }
    }
}
