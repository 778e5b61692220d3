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
 * The backward pass of the first layer of a classic CNN, {@code ConvLayer.backward}: the forward
 * pass, the squared loss against a target, dK for each of the 64 x 3 kernels and db.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChannelsBackwardBenchmark {
    @Param({Peers.CONVLAB, Peers.NAIVE, ChannelPeers.IM2COL})
    public String impl;

    /** As in {@link ChannelsBenchmark}. */
    @Param({"3x224x224/64x3x3/pad1"})
    public String layer;

    private ChannelGradientPeers.Backward backward;

    /** Builds the implementation and refuses to time it unless its loss and gradients are ConvLab's. */
    @Setup
    public void setUp() {
        LayerShape s = LayerShape.parse(layer);
        backward = ChannelGradientPeers.of(impl, s);
        ChannelGradientPeers.Gradients got = backward.gradients();
        ChannelGradientPeers.Gradients convLab = ChannelGradientPeers.of(Peers.CONVLAB, s).gradients();
        Agreement.check(impl + " dK", got.kernelGrad(), convLab.kernelGrad(), "ConvLab");
        Agreement.check(impl + " db", got.biasGrad(), convLab.biasGrad(), "ConvLab");
        Agreement.check(impl + " loss", new float[] {(float) got.loss()}, new float[] {(float) convLab.loss()},
                "ConvLab");
    }

    /** One backward pass. */
    @Benchmark
    public Object channelsBackward() {
        return backward.run();
    }
}
