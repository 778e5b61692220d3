package org.convlab.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a matrix pasted from the clipboard: CSV, whitespace-separated numbers, or a
 * {@code torch.tensor([[...]])} (or plain nested list {@code [[...]]}) literal. Anything else is
 * refused with a message.
 */
public final class MatrixPaste {
    private static final Pattern TENSOR = Pattern.compile(
            "^\\s*(?:(?:torch\\.)?(?:tensor|Tensor)\\s*\\(\\s*)?(\\[.*\\])\\s*(?:,[^\\]]*)?\\)?\\s*$", Pattern.DOTALL);

    private MatrixPaste() {
    }

    /**
     * Parses pasted text.
     *
     * @param text the clipboard's text
     * @return a new matrix
     * @throws MatrixFormatException saying why the text is not a matrix
     */
    public static FMatrixRMaj parse(String text) throws MatrixFormatException {
        Matcher m = TENSOR.matcher(text);
        if (m.matches()) {
            return nestedList(m.group(1));
        }
        return CsvMatrixReader.parse("clipboard", text);
    }

    private static FMatrixRMaj nestedList(String list) throws MatrixFormatException {
        String inner = list.strip();
        int depth = nesting(inner);
        if (depth == 1) {
            return CsvMatrixReader.parse("clipboard", inner.substring(1, inner.length() - 1));
        }
        if (depth != 2) {
            throw new MatrixFormatException("clipboard", "a tensor literal must be 2-D, like torch.tensor([[1, -1]])");
        }
        String body = inner.substring(1, inner.length() - 1).strip();
        String[] rows = body.split("\\]\\s*,\\s*\\[");
        // the rows are the literal's, often all on one line: problems are told by row, not by line
        FMatrixRMaj first = null;
        FMatrixRMaj m = null;
        for (int i = 0; i < rows.length; i++) {
            String values = rows[i].replace("[", "").replace("]", "").strip().replaceAll(",$", "");
            FMatrixRMaj row;
            try {
                row = CsvMatrixReader.parse("clipboard", values);
            } catch (MatrixFormatException e) {
                throw new MatrixFormatException("clipboard", "row " + (i + 1) + " of the tensor: "
                        + e.getMessage().replaceFirst("^clipboard:\\d+:\\d+: ", ""));
            }
            if (first == null) {
                first = row;
                m = new FMatrixRMaj(rows.length, row.numCols);
            } else if (row.numCols != first.numCols) {
                throw new MatrixFormatException("clipboard", "row " + (i + 1) + " of the tensor has " + row.numCols
                        + " values but row 1 has " + first.numCols + "; every row must have the same length");
            }
            System.arraycopy(row.data, 0, m.data, i * m.numCols, m.numCols);
        }
        return m;
    }

    /** The deepest bracket nesting, or -1 if the brackets do not balance. */
    private static int nesting(String s) {
        int depth = 0;
        int max = 0;
        for (char c : s.toCharArray()) {
            if (c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == ']' && --depth < 0) {
                return -1;
            }
        }
        return depth == 0 ? max : -1;
    }
}
