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
 * Forward correlation with padding and stride (D2L 6.3) next to the valid pass it must keep up
 * with: padding 1 at most 1.25x the valid pass, stride 2 at most the valid pass (issue 14).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeometryBenchmark {
    @Param({Peers.CONVLAB, Peers.BOOFCV})
    public String impl;

    @Param({"1024x1024/3x3", "1024x1024/3x3/pad1", "1024x1024/3x3/stride2"})
    public String shape;

    private Correlation correlation;

    /** Builds the implementation and checks its values against the naive loop. */
    @Setup
    public void setUp() {
        Shape s = Shape.parse(shape);
        float[] x = Shape.gaussian(s.rows() * s.cols(), 1);
        correlation = GeometryPeers.of(impl, x, s);
        float[] expected = GeometryPeers.of(Peers.NAIVE, x, s).validOutput();
        float[] got = correlation.validOutput();
        if (GeometryPeers.skipsFirstRowAndColumn(impl, s.geometry())) {
            int outCols = GeometryPeers.geometry(s.geometry(), s.kernelRows()).outputCols(s.cols(), s.kernelCols());
            for (int i = 0; i < expected.length; i++) {
                if (i < outCols || i % outCols == 0) {
                    expected[i] = 0;
                    got[i] = 0;
                }
            }
        }
        Agreement.check(impl, got, expected);
    }

    /** One forward correlation. */
    @Benchmark
    public Object geometry() {
        return correlation.run();
    }
}
