package org.convlab.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Pooling;
import org.ejml.data.FMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Max pooling as {@code nn.MaxPool2d(k)} does it (stride k, no padding): ConvLab's {@link Pooling}
 * against the plain nested loop the book writes, both into a preallocated output. The shape's
 * "kernel" is the pooling window.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PoolingBenchmark {
    @Param({Peers.CONVLAB, Peers.NAIVE})
    public String impl;

    @Param({"1024x1024/2x2"})
    public String shape;

    private Shape s;
    private FMatrixRMaj x;
    private FMatrixRMaj y;
    private PoolWindow window;

    /** Builds the input and checks that the timed implementation agrees with the plain loop. */
    @Setup
    public void setUp() {
        s = Shape.parse(shape);
        x = FMatrixRMaj.wrap(s.rows(), s.cols(), Shape.gaussian(s.rows() * s.cols(), 1));
        window = PoolWindow.of(s.kernelRows(), s.kernelCols());
        y = new FMatrixRMaj(window.outputRows(s.rows()), window.outputCols(s.cols()));
        float[] expected = plainMaxPool(x, s.kernelRows(), s.kernelCols(), y.copy()).data;
        if (!Arrays.equals(expected, maxPool().data)) {
            throw new IllegalStateException(impl + " differs from the plain loop");
        }
    }

    /** One max pooling of the whole input. */
    @Benchmark
    public FMatrixRMaj maxPool() {
        if (impl.equals(Peers.CONVLAB)) {
            return Pooling.pool2d(x, window, PoolMode.MAX, y);
        }
        return plainMaxPool(x, s.kernelRows(), s.kernelCols(), y);
    }

    /** The book's pool2d loop with the stride equal to the window, arrays and sizes in locals. */
    private static FMatrixRMaj plainMaxPool(FMatrixRMaj x, int h, int w, FMatrixRMaj y) {
        float[] xd = x.data;
        float[] yd = y.data;
        int cols = x.numCols;
        int outRows = y.numRows;
        int outCols = y.numCols;
        for (int i = 0; i < outRows; i++) {
            for (int j = 0; j < outCols; j++) {
                float max = Float.NEGATIVE_INFINITY;
                for (int a = 0; a < h; a++) {
                    for (int b = 0; b < w; b++) {
                        float v = xd[(i * h + a) * cols + j * w + b];
                        if (v > max) {
                            max = v;
                        }
                    }
                }
                yd[i * outCols + j] = max;
            }
        }
        return y;
    }
}
