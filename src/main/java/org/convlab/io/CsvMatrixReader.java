package org.convlab.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a matrix from text: one row a line, values separated by commas or whitespace; blank lines
 * and lines starting with {@code #} are ignored. Every row must have the same length and every
 * value must be a finite number.
 */
public final class CsvMatrixReader {
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvMatrixReader() {
    }

    /**
     * Parses the text of a matrix file.
     *
     * @param source the name used in messages
     * @param text   the file's text
     * @return a new matrix
     * @throws MatrixFormatException naming the line and column of the first problem
     */
    public static FMatrixRMaj parse(String source, String text) throws MatrixFormatException {
        List<float[]> rows = new ArrayList<>();
        int firstRowLine = 0;
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            float[] row = parseRow(source, n + 1, line);
            if (rows.isEmpty()) {
                firstRowLine = n + 1;
            } else if (row.length != rows.get(0).length) {
                throw new MatrixFormatException(source, n + 1, 1, "row has " + row.length + " values but line "
                        + firstRowLine + " has " + rows.get(0).length + "; every row must have the same length");
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new MatrixFormatException(source, "the file has no numbers; write one row of values a line");
        }
        int cols = rows.get(0).length;
        FMatrixRMaj m = new FMatrixRMaj(rows.size(), cols);
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, m.data, i * cols, cols);
        }
        return m;
    }

    private static float[] parseRow(String source, int lineNumber, String line) throws MatrixFormatException {
        List<Float> values = new ArrayList<>();
        int i = 0;
        int len = line.length();
        boolean expectValue = true;
        while (i < len) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ',') {
                if (expectValue) {
                    throw new MatrixFormatException(source, lineNumber, i + 1, "a value is missing before this comma");
                }
                expectValue = true;
                i++;
            } else {
                int start = i;
                while (i < len && line.charAt(i) != ',' && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                values.add(parseValue(source, lineNumber, start + 1, line.substring(start, i)));
                expectValue = false;
            }
        }
        if (expectValue && !values.isEmpty()) {
            throw new MatrixFormatException(source, lineNumber, len, "a value is missing after the last comma");
        }
        float[] row = new float[values.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = values.get(k);
        }
        return row;
    }

    /**
     * Whether a token is a plain decimal number: an optional sign, digits with an optional point,
     * an optional exponent. Names such as NaN or Infinity, hex and Java suffixes are not numbers.
     *
     * @param token the text, without surrounding spaces
     * @return true for "-0.5", "1e-3", ".5", "2."
     */
    public static boolean isDecimal(String token) {
        return DECIMAL.matcher(token).matches();
    }

    private static float parseValue(String source, int line, int column, String token) throws MatrixFormatException {
        float v;
        try {
            if (!isDecimal(token)) {
                throw new NumberFormatException(token);
            }
            v = Float.parseFloat(token);
        } catch (NumberFormatException e) {
            throw new MatrixFormatException(source, line, column, "'" + token + "' is not a number");
        }
        if (!Float.isFinite(v)) {
            throw new MatrixFormatException(source, line, column, "'" + token + "' is too large for a float");
        }
        return v;
    }
}
