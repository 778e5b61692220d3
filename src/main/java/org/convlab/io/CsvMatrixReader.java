package org.convlab.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a matrix from text: one row a line, values separated by commas or whitespace; blank lines
 * and lines starting with {@code #} are ignored, and so is a byte order mark at the start. Every
 * row must have the same length and every value must be a finite float.
 *
 * <p>The text is read as a stream, one character at a time, so the work and the memory grow with
 * the values rather than with the longest line, and no matrix of more than {@link #MAX_VALUES}
 * values is built.
 */
public final class CsvMatrixReader {
    /** The most values a matrix may hold (4096x4096). */
    public static final int MAX_VALUES = 1 << 24;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_CHARS = 1000;
    private static final char BYTE_ORDER_MARK = '\ufeff';

    private final String source;
    private final Reader in;
    private final StringBuilder token = new StringBuilder();
    private float[] values = new float[16];
    private int count;
    private int line = 1;
    private int column;
    private int rowValues;
    private int firstRowLine;
    private int columns = -1;
    private int rows;

    private CsvMatrixReader(String source, Reader in) {
        this.source = source;
        this.in = in;
    }

    /**
     * Parses the text of a matrix.
     *
     * @param source the name used in messages
     * @param text   the text
     * @return a new matrix
     * @throws MatrixFormatException naming the line and column of the first problem
     */
    public static FMatrixRMaj parse(String source, String text) throws MatrixFormatException {
        try {
            return read(source, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
    }

    /**
     * Reads a matrix from a stream of text.
     *
     * @param source the name used in messages
     * @param in     the text, not closed
     * @return a new matrix
     * @throws MatrixFormatException naming the line and column of the first problem
     * @throws IOException           if the stream fails
     */
    public static FMatrixRMaj read(String source, Reader in) throws MatrixFormatException, IOException {
        return new CsvMatrixReader(source, in).matrix();
    }

    private FMatrixRMaj matrix() throws MatrixFormatException, IOException {
        int c = in.read();
        if (c == BYTE_ORDER_MARK) {
            c = in.read();
        }
        while (c >= 0) {
            c = line(c);
        }
        if (count == 0) {
            throw new MatrixFormatException(source, "the file has no numbers; write one row of values a line");
        }
        float[] data = count == values.length ? values : Arrays.copyOf(values, count);
        return FMatrixRMaj.wrap(rows, columns, data);
    }

    /** Reads one line starting with character c; returns the first character of the next line. */
    private int line(int first) throws MatrixFormatException, IOException {
        column = 1;
        rowValues = 0;
        boolean expectValue = true;
        boolean comment = false;
        int c = first;
        while (c >= 0 && c != '\n' && c != '\r') {
            if (comment || Character.isWhitespace(c)) {
                c = next();
            } else if (c == '#' && rowValues == 0 && expectValue) {
                comment = true;
                c = next();
            } else if (c == ',') {
                if (expectValue) {
                    throw new MatrixFormatException(source, line, column, "a value is missing before this comma");
                }
                expectValue = true;
                c = next();
            } else {
                c = value(c);
                expectValue = false;
            }
        }
        if (expectValue && rowValues > 0) {
            throw new MatrixFormatException(source, line, column - 1, "a value is missing after the last comma");
        }
        endRow();
        int after = c < 0 ? c : in.read();
        if (c == '\r' && after == '\n') {
            after = in.read();
        }
        line++;
        return after;
    }

    private int next() throws IOException {
        column++;
        return in.read();
    }

    /** Reads a number starting with c; returns the character after it. */
    private int value(int first) throws MatrixFormatException, IOException {
        int start = column;
        token.setLength(0);
        long length = 0;
        int c = first;
        boolean numberCharacters = true;
        while (c >= 0 && c != ',' && !Character.isWhitespace(c)) {
            if (length <= MAX_NUMBER_CHARS) {
                token.append((char) c);
            }
            numberCharacters &= isDigit((char) c) || "+-.eE".indexOf(c) >= 0;
            length++;
            c = next();
        }
        if (length > MAX_NUMBER_CHARS) {
            String what = numberCharacters ? " is too long for a number (at most " + MAX_NUMBER_CHARS + " characters)"
                    : " is not a number";
            throw new MatrixFormatException(source, line, start, "'" + VisibleText.escaped(token.subSequence(0,
                    VisibleText.QUOTED_CHARS)) + "...' (" + length + " characters)" + what);
        }
        float v = parseValue(start);
        if (count == MAX_VALUES) {
            throw new MatrixFormatException(source, line, start, "more than " + MAX_VALUES + " values; a matrix may"
                    + " hold at most " + MAX_VALUES + " (4096x4096)");
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, (int) Math.min(MAX_VALUES, values.length * 2L));
        }
        values[count++] = v;
        rowValues++;
        return c;
    }

    private void endRow() throws MatrixFormatException {
        if (rowValues == 0) {
            return;
        }
        if (columns < 0) {
            columns = rowValues;
            firstRowLine = line;
        } else if (rowValues != columns) {
            throw new MatrixFormatException(source, line, 1, "row has " + rowValues + " values but line "
                    + firstRowLine + " has " + columns + "; every row must have the same length");
        }
        rows++;
    }

    private float parseValue(int start) throws MatrixFormatException {
        if (!isDecimal(token)) {
            throw new MatrixFormatException(source, line, start, VisibleText.quote(token) + " is not a number");
        }
        float v = Float.parseFloat(token.toString());
        if (!Float.isFinite(v)) {
            throw new MatrixFormatException(source, line, start, VisibleText.quote(token)
                    + " is too large for a float (at most " + Float.MAX_VALUE + ")");
        }
        return v;
    }

    /**
     * Whether a token is a plain decimal number: an optional sign, digits with an optional point,
     * an optional exponent. Names such as NaN or Infinity, hex and Java suffixes are not numbers.
     * The check takes time in proportion to the token's length.
     *
     * @param token the text, without surrounding spaces
     * @return true for "-0.5", "1e-3", ".5", "2."
     */
    public static boolean isDecimal(CharSequence token) {
        int n = token.length();
        int i = 0;
        if (i < n && (token.charAt(i) == '+' || token.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(token.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && token.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(token.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (token.charAt(i) == 'e' || token.charAt(i) == 'E')) {
            i++;
            if (i < n && (token.charAt(i) == '+' || token.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(token.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
