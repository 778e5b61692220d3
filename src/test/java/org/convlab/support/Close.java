package org.convlab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.ejml.data.FMatrixRMaj;

/** Relative-or-absolute closeness, as the golden README asks: |a - e| <= tol * max(1, |e|). */
public final class Close {
    private Close() {
    }

    public static void assertClose(double expected, double actual, double tol, String what) {
        if (!(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)))) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }

    public static void assertClose(FMatrixRMaj expected, FMatrixRMaj actual, double tol, String what) {
        assertEquals(expected.numRows, actual.numRows, what + " rows");
        assertEquals(expected.numCols, actual.numCols, what + " columns");
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertClose(expected.data[i], actual.data[i], tol, what + " at (" + i / expected.numCols + ", "
                    + i % expected.numCols + ")");
        }
    }
}
