package org.convlab.model;

import org.ejml.data.FMatrixRMaj;

/**
 * How many cells of Y and of Z an edit of X changed, as D2L 6.5 counts them to show that pooling
 * makes the edge detector tolerant to a one-pixel shift: the shift moves most of Y's edge cells,
 * while many of Z's stay as they were.
 *
 * @param changedY cells of Y that differ
 * @param cellsY   cells of Y
 * @param changedZ cells of Z that differ
 * @param cellsZ   cells of Z
 */
public record ShiftComparison(int changedY, int cellsY, int changedZ, int cellsZ) {
    /**
     * Compares two results of states of the same shapes.
     *
     * @param before the result before the edit
     * @param after  the result after it
     * @return the counts, or null when either has no Z or their shapes differ
     */
    public static ShiftComparison of(LiveOutput.Result before, LiveOutput.Result after) {
        if (before == null || after == null || !before.hasPooled() || !after.hasPooled()
                || !sameShape(before.output(), after.output()) || !sameShape(before.pooled(), after.pooled())) {
            return null;
        }
        return new ShiftComparison(differing(before.output(), after.output()), after.output().getNumElements(),
                differing(before.pooled(), after.pooled()), after.pooled().getNumElements());
    }

    private static boolean sameShape(FMatrixRMaj a, FMatrixRMaj b) {
        return a.numRows == b.numRows && a.numCols == b.numCols;
    }

    private static int differing(FMatrixRMaj a, FMatrixRMaj b) {
        int n = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            n += a.data[i] != b.data[i] ? 1 : 0;
        }
        return n;
    }
}
