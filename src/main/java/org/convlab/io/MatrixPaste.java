package org.convlab.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a matrix pasted from the clipboard: CSV, whitespace-separated numbers, or a
 * {@code torch.tensor([[...]])} (or plain nested list {@code [[...]]}) literal. For an input of
 * several channels (D2L 6.4) it also reads a stack, a 3-D literal {@code C x H x W} as PyTorch
 * prints one (or the {@code 1 x C x H x W} X of Copy as PyTorch). Anything else is refused with a
 * message.
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

    /**
     * Parses pasted text as a stack of channels: what {@link #parse} reads is one channel; a 3-D
     * literal {@code [[[...]], [[...]]]} is one channel per outermost entry, and a 4-D one whose
     * outermost size is 1 (a batch of one, as PyTorch's layers take X) the same.
     *
     * @param text the clipboard's text
     * @return the channels, at least one, each a new matrix, all of one shape
     * @throws MatrixFormatException saying why the text is not a matrix or a stack of one shape
     */
    public static List<FMatrixRMaj> parseStack(String text) throws MatrixFormatException {
        Matcher m = TENSOR.matcher(text);
        if (!m.matches()) {
            return List.of(CsvMatrixReader.parse("clipboard", text));
        }
        String inner = m.group(1).strip();
        int depth = nesting(inner);
        if (depth == 4) {
            List<String> batch = entries(inner);
            if (batch.size() != 1) {
                throw new MatrixFormatException("clipboard", "a 4-D tensor holds " + batch.size()
                        + " inputs; paste one input, C x H x W or 1 x C x H x W");
            }
            inner = batch.get(0);
            depth = nesting(inner);
        }
        if (depth != 3) {
            return List.of(nestedList(inner));
        }
        List<FMatrixRMaj> channels = new ArrayList<>();
        for (String entry : entries(inner)) {
            if (nesting(entry) != 2) {
                throw new MatrixFormatException("clipboard", "channel " + channels.size() + " of the tensor is not"
                        + " a matrix; every entry of a C x H x W tensor is a list of rows");
            }
            FMatrixRMaj channel;
            try {
                channel = nestedList(entry);
            } catch (MatrixFormatException e) {
                throw new MatrixFormatException("clipboard", "channel " + channels.size() + ", "
                        + e.getMessage().replaceFirst("^clipboard: ", ""));
            }
            FMatrixRMaj first = channels.isEmpty() ? channel : channels.get(0);
            if (channel.numRows != first.numRows || channel.numCols != first.numCols) {
                throw new MatrixFormatException("clipboard", "channel " + channels.size() + " of the tensor is "
                        + channel.numRows + "x" + channel.numCols + " but channel 0 is " + first.numRows + "x"
                        + first.numCols + "; every channel must have the same shape");
            }
            channels.add(channel);
        }
        return channels;
    }

    /** The outermost entries of a balanced list literal, each with its own brackets. */
    private static List<String> entries(String list) throws MatrixFormatException {
        List<String> entries = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '[' && ++depth == 2) {
                start = i;
            } else if (c == ']' && --depth == 1) {
                entries.add(list.substring(start, i + 1));
            } else if (depth == 1 && !Character.isWhitespace(c) && c != ',' && c != '[') {
                throw new MatrixFormatException("clipboard", "the tensor mixes numbers and lists at its outer"
                        + " level; every entry of a C x H x W tensor is a matrix");
            }
        }
        return entries;
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
