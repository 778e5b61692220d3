package org.convlab.io;

/**
 * A matrix file that cannot be read, with where the problem is. Its message reads
 * {@code FILE:LINE:COL: what is wrong}, or {@code FILE: what is wrong} where no position applies.
 */
public final class MatrixFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A problem at a position in a text file.
     *
     * @param source the file name as the user gave it
     * @param line   1-based line
     * @param column 1-based column
     * @param what   what is wrong
     */
    public MatrixFormatException(String source, int line, int column, String what) {
        super(source + ":" + line + ":" + column + ": " + what);
    }

    /**
     * A problem with a whole file.
     *
     * @param source the file name as the user gave it
     * @param what   what is wrong
     */
    public MatrixFormatException(String source, String what) {
        super(source + ": " + what);
    }
}
