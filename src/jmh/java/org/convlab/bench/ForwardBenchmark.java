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

/** Forward {@code corr2d(X, K)}, every implementation on every size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForwardBenchmark {
    @Param({Peers.CONVLAB, Peers.NAIVE, Peers.BOOFCV, Peers.BOOFCV_CONCURRENT, Peers.IMAGEJ, Peers.CONVOLVE_OP})
    public String impl;

    @Param({"6x8/1x2", "256x256/3x3", "1024x1024/3x3", "1024x1024/11x11", "4096x4096/3x3"})
    public String shape;

    private Correlation correlation;

    /** Builds the implementation and checks, for those computing the valid output, its values. */
    @Setup
    public void setUp() {
        Shape s = Shape.parse(shape);
        float[] x = Shape.gaussian(s.rows() * s.cols(), 1);
        float[] k = Shape.gaussian(s.kernelRows() * s.kernelCols(), 2);
        correlation = Peers.forward(impl, x, s.rows(), s.cols(), k, s.kernelRows(), s.kernelCols());
        Agreement.check(impl, correlation, Peers.forward(Peers.NAIVE, x, s.rows(), s.cols(), k, s.kernelRows(),
                s.kernelCols()));
    }

    /** One forward correlation. */
    @Benchmark
    public Object forward() {
        return correlation.run();
    }
}
