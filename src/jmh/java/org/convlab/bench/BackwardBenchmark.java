package org.convlab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The backward pass {@code dK = corr2d(X, dY)} for a kernel of the given size: X is H x W and the
 * error map dY, used as the kernel, is (H - h + 1) x (W - w + 1).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BackwardBenchmark {
    @Param({Peers.CONVLAB, Peers.NAIVE, Peers.BOOFCV, Peers.BOOFCV_CONCURRENT})
    public String impl;

    @Param({"6x8/1x2", "256x256/3x3", "1024x1024/3x3", "1024x1024/11x11", "4096x4096/3x3"})
    public String shape;

    private Correlation correlation;

    /** Builds the implementation and checks its values against the naive loop. */
    @Setup
    public void setUp() {
        Shape s = Shape.parse(shape);
        float[] x = Shape.gaussian(s.rows() * s.cols(), 1);
        float[] e = Shape.gaussian(s.outRows() * s.outCols(), 3);
        correlation = Peers.backward(impl, x, s.rows(), s.cols(), e, s.outRows(), s.outCols());
        Agreement.check(impl, correlation, Peers.forward(Peers.NAIVE, x, s.rows(), s.cols(), e, s.outRows(),
                s.outCols()));
    }

    /** One kernel gradient. */
    @Benchmark
    public Object backward() {
        return correlation.run();
    }
}
