package org.convlab.core;

import java.util.function.UnaryOperator;

/**
 * The largest eigenvalue of a symmetric positive semi-definite matrix by power iteration: repeated
 * multiplication turns a start vector towards the top eigenvector, and the Rayleigh quotient
 * {@code vᵀ G v} of the unit vector then gives the eigenvalue. {@link LossLandscape} bounds a
 * kernel's stable learning rate with it from an explicit Gram matrix; a bank's trainer does so
 * without building the matrix, from its products alone.
 */
public final class PowerIteration {
    /** More than enough for the landscapes' Gram matrices, whose top eigenvalue stands well apart. */
    private static final int MAX_ITERATIONS = 1000;

    private PowerIteration() {
    }

    /**
     * The largest eigenvalue, to about 13 significant digits.
     *
     * @param g the matrix, n x n row-major, symmetric positive semi-definite; not modified
     * @param n its size
     * @return the largest eigenvalue, 0 when the iteration reaches the zero vector
     */
    static double largestEigenvalue(double[] g, int n) {
        return largestEigenvalue(v -> {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i] += g[i * n + j] * v[j];
                }
            }
            return w;
        }, n, MAX_ITERATIONS, 1e-13);
    }

    /**
     * The largest eigenvalue of a matrix known only by its products.
     *
     * @param times         G v for a unit vector v (not to be modified), a new vector
     * @param n             the matrix's size
     * @param maxIterations iterations at most
     * @param tolerance     the relative change of the Rayleigh quotient at which the iteration stops
     * @return the largest eigenvalue, 0 when the iteration reaches the zero vector
     */
    public static double largestEigenvalue(UnaryOperator<double[]> times, int n, int maxIterations,
                                           double tolerance) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 / (i + 1);
        }
        normalize(v);
        double lambda = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[] w = times.apply(v);
            double rayleigh = 0;
            for (int i = 0; i < n; i++) {
                rayleigh += v[i] * w[i];
            }
            if (normalize(w) == 0) {
                return 0;
            }
            boolean settled = iteration > 2 && Math.abs(rayleigh - lambda) <= tolerance * rayleigh;
            lambda = rayleigh;
            v = w;
            if (settled) {
                break;
            }
        }
        return lambda;
    }

    /** Scales v to unit length in place and returns its former length. */
    private static double normalize(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return norm;
    }
}
