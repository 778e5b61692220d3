package org.convlab.bench;

/** Refuses to time an implementation that computes something other than the reference does. */
final class Agreement {
    private Agreement() {
    }

    static void check(String impl, Correlation correlation, Correlation naive) {
        float[] got = correlation.validOutput();
        if (got == null) {
            return;
        }
        check(impl, got, naive.validOutput());
    }

    /** Refuses values that differ from the naive loop's by more than 1e-3 of the largest. */
    static void check(String impl, float[] got, float[] expected) {
        check(impl, got, expected, "the naive loop");
    }

    /** Refuses values that differ from the reference's by more than 1e-3 of the largest. */
    static void check(String impl, float[] got, float[] expected, String reference) {
        if (got.length != expected.length) {
            throw new IllegalStateException(impl + " gives " + got.length + " values, not " + expected.length);
        }
        double scale = 0;
        for (float v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < got.length; i++) {
            if (!(Math.abs(got[i] - expected[i]) <= 1e-3 * Math.max(scale, 1e-6))) {
                throw new IllegalStateException(impl + " differs from " + reference + " at " + i + ": " + got[i]
                        + " vs " + expected[i]);
            }
        }
    }
}
