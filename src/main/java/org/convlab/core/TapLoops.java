package org.convlab.core;

/**
 * The innermost loops of the fast cross-correlation, written in the one shape Java 17's C2
 * auto-vectorizes: every array is indexed by the same {@code j} from 0, with no offset, and at
 * most five source rows per loop (measured: six or more and C2 falls back to scalar code).
 *
 * <p>The forward loops add taps in the same order as {@code y = bias; y += k0*s0; y += k1*s1 ...}
 * written tap by tap (Java never fuses a multiply and an add), so the fast path is bit-identical
 * to the sequential loop.
 */
final class TapLoops {
    /** The most taps one pass over an output row handles (see the class comment). */
    static final int MAX_ARITY = 5;

    private TapLoops() {
    }

    /**
     * One pass over an output row: {@code y[j] = start[j] + sum_t k[t] * s[t][j]} for the taps
     * {@code from .. from + count - 1}; {@code start} is {@code y} itself, or {@code null} for the
     * first pass, which starts from the bias.
     */
    static void pass(float[] y, boolean first, float bias, float[][] s, float[] k, int from, int count, int n) {
        int t = from;
        switch (count) {
            case 1:
                if (first) {
                    set1(y, bias, s[t], k[t], n);
                } else {
                    add1(y, s[t], k[t], n);
                }
                break;
            case 2:
                if (first) {
                    set2(y, bias, s[t], s[t + 1], k[t], k[t + 1], n);
                } else {
                    add2(y, s[t], s[t + 1], k[t], k[t + 1], n);
                }
                break;
            case 3:
                if (first) {
                    set3(y, bias, s[t], s[t + 1], s[t + 2], k[t], k[t + 1], k[t + 2], n);
                } else {
                    add3(y, s[t], s[t + 1], s[t + 2], k[t], k[t + 1], k[t + 2], n);
                }
                break;
            case 4:
                if (first) {
                    set4(y, bias, s[t], s[t + 1], s[t + 2], s[t + 3], k[t], k[t + 1], k[t + 2], k[t + 3], n);
                } else {
                    add4(y, s[t], s[t + 1], s[t + 2], s[t + 3], k[t], k[t + 1], k[t + 2], k[t + 3], n);
                }
                break;
            case 5:
                if (first) {
                    set5(y, bias, s[t], s[t + 1], s[t + 2], s[t + 3], s[t + 4],
                            k[t], k[t + 1], k[t + 2], k[t + 3], k[t + 4], n);
                } else {
                    add5(y, s[t], s[t + 1], s[t + 2], s[t + 3], s[t + 4],
                            k[t], k[t + 1], k[t + 2], k[t + 3], k[t + 4], n);
                }
                break;
            default:
                throw new IllegalArgumentException("a pass takes 1 to " + MAX_ARITY + " taps, not " + count);
        }
    }

    private static void set1(float[] y, float b, float[] s0, float k0, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = b + k0 * s0[j];
        }
    }

    private static void add1(float[] y, float[] s0, float k0, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = y[j] + k0 * s0[j];
        }
    }

    private static void set2(float[] y, float b, float[] s0, float[] s1, float k0, float k1, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = b + k0 * s0[j] + k1 * s1[j];
        }
    }

    private static void add2(float[] y, float[] s0, float[] s1, float k0, float k1, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = y[j] + k0 * s0[j] + k1 * s1[j];
        }
    }

    private static void set3(float[] y, float b, float[] s0, float[] s1, float[] s2, float k0, float k1, float k2,
                             int n) {
        for (int j = 0; j < n; j++) {
            y[j] = b + k0 * s0[j] + k1 * s1[j] + k2 * s2[j];
        }
    }

    private static void add3(float[] y, float[] s0, float[] s1, float[] s2, float k0, float k1, float k2, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = y[j] + k0 * s0[j] + k1 * s1[j] + k2 * s2[j];
        }
    }

    private static void set4(float[] y, float b, float[] s0, float[] s1, float[] s2, float[] s3,
                             float k0, float k1, float k2, float k3, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = b + k0 * s0[j] + k1 * s1[j] + k2 * s2[j] + k3 * s3[j];
        }
    }

    private static void add4(float[] y, float[] s0, float[] s1, float[] s2, float[] s3,
                             float k0, float k1, float k2, float k3, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = y[j] + k0 * s0[j] + k1 * s1[j] + k2 * s2[j] + k3 * s3[j];
        }
    }

    private static void set5(float[] y, float b, float[] s0, float[] s1, float[] s2, float[] s3, float[] s4,
                             float k0, float k1, float k2, float k3, float k4, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = b + k0 * s0[j] + k1 * s1[j] + k2 * s2[j] + k3 * s3[j] + k4 * s4[j];
        }
    }

    private static void add5(float[] y, float[] s0, float[] s1, float[] s2, float[] s3, float[] s4,
                             float k0, float k1, float k2, float k3, float k4, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = y[j] + k0 * s0[j] + k1 * s1[j] + k2 * s2[j] + k3 * s3[j] + k4 * s4[j];
        }
    }

    /**
     * Makes {@code flag[j]} NaN where {@code y[j]} is infinite or NaN and leaves it 0 elsewhere;
     * a vectorized finiteness check, because a scalar {@code Float.isFinite} scan costs as much
     * as the whole 3x3 correlation.
     */
    static void flagNonFinite(float[] flag, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            flag[j] = flag[j] + y[j] * 0f;
        }
    }

    /** The gradient's lane sums over two error rows: {@code acc[j] += s0[j]*e0[j] + s1[j]*e1[j]}. */
    static void accumulate2(float[] acc, float[] s0, float[] e0, float[] s1, float[] e1, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] = acc[j] + s0[j] * e0[j] + s1[j] * e1[j];
        }
    }

    /** The gradient's lane sums over one error row: {@code acc[j] += s0[j]*e0[j]}. */
    static void accumulate1(float[] acc, float[] s0, float[] e0, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] = acc[j] + s0[j] * e0[j];
        }
    }
}
