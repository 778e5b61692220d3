package org.convlab.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The forward cross-correlation over a range of output rows with the JDK's incubating Vector API.
 * Unlike the plain-Java passes ({@link CorrelationStrips}) it reads the input rows in place, at any
 * offset, so no row is copied: an output row takes up to {@link #GROUP} taps of one kernel row per
 * pass, the first pass starting from the bias.
 *
 * <p>Why passes rather than one register accumulator per output vector: Java 17's C2 keeps a
 * vector in a register across a loop only when the loop's trip count is known, so an accumulator
 * carried over a loop of h x w taps is boxed on every tap (measured: 7.4 ms for 1024x1024 3x3
 * against 0.44 ms for these passes, one thread). Taps are added in the sequential loop's order,
 * multiply and add rounded apart (no fused multiply-add), so the result is bit-identical to the
 * plain-Java paths. Used only when {@link VectorPath#AVAILABLE}.
 */
final class VectorRows {
    /** The most taps one pass adds, written out without a loop. */
    static final int GROUP = 4;
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorRows() {
    }

    /**
     * Writes output rows {@code from .. to - 1} of {@code corr2d(x, k) + bias} into y.
     *
     * @return false when some input value is non-finite (checked on the rows
     *         {@link CorrelationStrips#watched} picks)
     */
    static boolean rows(float[] x, int xCols, float[] k, int h, int w, float bias, float[] y, int outCols,
                        int from, int to) {
        int n = outCols - outCols % LANES;
        boolean finite = true;
        for (int i = from; i < to; i++) {
            int ys = i * outCols;
            for (int a = 0; a < h; a++) {
                int xs = (i + a) * xCols;
                for (int b = 0; b < w; b += GROUP) {
                    int t = a * w + b;
                    int count = Math.min(GROUP, w - b);
                    if (t == 0) {
                        set(x, xs + b, k, count, bias, y, ys, n);
                    } else {
                        add(x, xs + b, k, t, count, y, ys, n);
                    }
                }
            }
            for (int j = n; j < outCols; j++) {
                y[ys + j] = cell(x, xCols, k, h, w, bias, i, j);
            }
            if (CorrelationStrips.watched(i, from, to, h)) {
                finite &= finite(y, ys, outCols, n);
            }
        }
        return finite;
    }

    /** The first pass of an output row: the bias and the first {@code count} taps. */
    private static void set(float[] x, int xo, float[] k, int count, float bias, float[] y, int ys, int n) {
        switch (count) {
            case 1:
                for (int j = 0; j < n; j += LANES) {
                    FloatVector.broadcast(SPECIES, bias)
                            .add(FloatVector.fromArray(SPECIES, x, xo + j).mul(k[0]))
                            .intoArray(y, ys + j);
                }
                break;
            case 2:
                set2(x, xo, k[0], k[1], bias, y, ys, n);
                break;
            case 3:
                set3(x, xo, k[0], k[1], k[2], bias, y, ys, n);
                break;
            default:
                set4(x, xo, k[0], k[1], k[2], k[3], bias, y, ys, n);
        }
    }

    private static void set2(float[] x, int xo, float k0, float k1, float bias, float[] y, int ys, int n) {
        for (int j = 0; j < n; j += LANES) {
            FloatVector acc = FloatVector.broadcast(SPECIES, bias);
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j).mul(k0));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 1).mul(k1));
            acc.intoArray(y, ys + j);
        }
    }

    private static void set3(float[] x, int xo, float k0, float k1, float k2, float bias, float[] y, int ys, int n) {
        for (int j = 0; j < n; j += LANES) {
            FloatVector acc = FloatVector.broadcast(SPECIES, bias);
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j).mul(k0));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 1).mul(k1));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 2).mul(k2));
            acc.intoArray(y, ys + j);
        }
    }

    private static void set4(float[] x, int xo, float k0, float k1, float k2, float k3, float bias, float[] y,
                             int ys, int n) {
        for (int j = 0; j < n; j += LANES) {
            FloatVector acc = FloatVector.broadcast(SPECIES, bias);
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j).mul(k0));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 1).mul(k1));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 2).mul(k2));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 3).mul(k3));
            acc.intoArray(y, ys + j);
        }
    }

    /** A later pass: {@code count} more taps from tap t on, added to what the row holds. */
    private static void add(float[] x, int xo, float[] k, int t, int count, float[] y, int ys, int n) {
        switch (count) {
            case 1:
                add1(x, xo, k[t], y, ys, n);
                break;
            case 2:
                add2(x, xo, k[t], k[t + 1], y, ys, n);
                break;
            case 3:
                add3(x, xo, k[t], k[t + 1], k[t + 2], y, ys, n);
                break;
            default:
                add4(x, xo, k[t], k[t + 1], k[t + 2], k[t + 3], y, ys, n);
        }
    }

    private static void add1(float[] x, int xo, float k0, float[] y, int ys, int n) {
        for (int j = 0; j < n; j += LANES) {
            FloatVector acc = FloatVector.fromArray(SPECIES, y, ys + j);
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j).mul(k0));
            acc.intoArray(y, ys + j);
        }
    }

    private static void add2(float[] x, int xo, float k0, float k1, float[] y, int ys, int n) {
        for (int j = 0; j < n; j += LANES) {
            FloatVector acc = FloatVector.fromArray(SPECIES, y, ys + j);
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j).mul(k0));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 1).mul(k1));
            acc.intoArray(y, ys + j);
        }
    }

    private static void add3(float[] x, int xo, float k0, float k1, float k2, float[] y, int ys, int n) {
        for (int j = 0; j < n; j += LANES) {
            FloatVector acc = FloatVector.fromArray(SPECIES, y, ys + j);
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j).mul(k0));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 1).mul(k1));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 2).mul(k2));
            acc.intoArray(y, ys + j);
        }
    }

    private static void add4(float[] x, int xo, float k0, float k1, float k2, float k3, float[] y, int ys, int n) {
        for (int j = 0; j < n; j += LANES) {
            FloatVector acc = FloatVector.fromArray(SPECIES, y, ys + j);
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j).mul(k0));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 1).mul(k1));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 2).mul(k2));
            acc = acc.add(FloatVector.fromArray(SPECIES, x, xo + j + 3).mul(k3));
            acc.intoArray(y, ys + j);
        }
    }

    /** One output cell past the last whole vector, its taps in the same order. */
    private static float cell(float[] x, int xCols, float[] k, int h, int w, float bias, int i, int j) {
        float s = bias;
        for (int a = 0; a < h; a++) {
            int xs = (i + a) * xCols + j;
            for (int b = 0; b < w; b++) {
                s += k[a * w + b] * x[xs + b];
            }
        }
        return s;
    }

    /** Whether output row values {@code ys .. ys + outCols - 1} are all finite (v * 0 is 0 for those). */
    private static boolean finite(float[] y, int ys, int outCols, int n) {
        boolean finite = true;
        for (int j = 0; j < n; j += LANES) {
            finite &= FloatVector.fromArray(SPECIES, y, ys + j).mul(0f).eq(0f).allTrue();
        }
        for (int j = n; j < outCols; j++) {
            finite &= Float.isFinite(y[ys + j]);
        }
        return finite;
    }
}
