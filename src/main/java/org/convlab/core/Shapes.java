package org.convlab.core;

import org.ejml.data.FMatrixRMaj;

/**
 * Checks the shapes and values of the matrices handed to the core, with messages a student
 * understands. Every public operation of the core validates through here, so a bad input fails
 * before any arithmetic is done.
 */
public final class Shapes {
    private Shapes() {
    }

    /**
     * Formats a shape the way the chapter writes it, rows first: {@code 6x8}.
     *
     * @param m the matrix, not modified
     * @return "rowsxcols"
     */
    public static String of(FMatrixRMaj m) {
        return m.numRows + "x" + m.numCols;
    }

    /**
     * Requires a non-empty matrix whose values are all finite.
     *
     * @param m    the matrix, not modified
     * @param name what the matrix is to the user ("input", "kernel")
     * @throws IllegalArgumentException naming the first bad cell
     */
    public static void requireFinite(FMatrixRMaj m, String name) {
        if (m == null) {
            throw new IllegalArgumentException("the " + name + " is missing");
        }
        if (m.numRows == 0 || m.numCols == 0) {
            throw new IllegalArgumentException("the " + name + " is empty (" + of(m) + ")");
        }
        float[] d = m.data;
        int n = m.numRows * m.numCols;
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(d[i])) {
                throw new IllegalArgumentException("the " + name + " has " + d[i] + " at row " + (i / m.numCols)
                        + ", column " + (i % m.numCols) + "; every value must be a finite number");
            }
        }
    }

    /**
     * Requires a kernel that fits inside the input, so the valid cross-correlation has at least
     * one output cell.
     *
     * @param x the input, not modified
     * @param k the kernel, not modified
     * @throws IllegalArgumentException saying which dimension is too large
     */
    public static void requireKernelFits(FMatrixRMaj x, FMatrixRMaj k) {
        requireKernelFits(x, k.numRows, k.numCols);
    }

    /**
     * Requires a kernel of the given shape to fit in the input, before the kernel is made (a
     * kernel of 9999x9999 would take 400 MB only to be refused).
     *
     * @param x    the input, not modified
     * @param rows the kernel's rows
     * @param cols the kernel's columns
     * @throws IllegalArgumentException saying which dimension is too large
     */
    public static void requireKernelFits(FMatrixRMaj x, int rows, int cols) {
        boolean taller = rows > x.numRows;
        boolean wider = cols > x.numCols;
        if (taller || wider) {
            String how = taller && wider ? "taller and wider than" : taller ? "taller than" : "wider than";
            throw new IllegalArgumentException("kernel " + rows + "x" + cols + " is " + how + " input " + of(x)
                    + "; use a kernel of at most " + x.numRows + "x" + x.numCols + " or a larger input");
        }
    }

    /**
     * Requires two matrices of the same shape.
     *
     * @param expected the matrix whose shape is right, not modified
     * @param actual   the matrix checked, not modified
     * @param what     what the checked matrix is ("target")
     * @throws IllegalArgumentException giving both shapes
     */
    public static void requireSameShape(FMatrixRMaj expected, FMatrixRMaj actual, String what) {
        if (expected.numRows != actual.numRows || expected.numCols != actual.numCols) {
            throw new IllegalArgumentException("the " + what + " is " + of(actual) + " but must be "
                    + of(expected));
        }
    }

    /**
     * Whether two matrices have the same shape.
     *
     * @param a not modified
     * @param b not modified
     * @return true when rows and columns agree
     */
    public static boolean sameShape(FMatrixRMaj a, FMatrixRMaj b) {
        return a.numRows == b.numRows && a.numCols == b.numCols;
    }
}
