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
 * The forward pass of a layer with several input and output channels (D2L 6.4, issue 15): the
 * first layer of a classic CNN ({@code nn.Conv2d(3, 64, 3, padding=1)} on 3 x 224 x 224), the
 * window's budget case (3 x 512 x 512 to 8 channels, 3x3, no padding: under one 16 ms frame) and
 * the 1x1 convolution, which ConvLab computes as one EJML product.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChannelsBenchmark {
    @Param({Peers.CONVLAB, Peers.NAIVE, Peers.BOOFCV, Peers.BOOFCV_CONCURRENT, ChannelPeers.IM2COL})
    public String impl;

    /** Input C x H x W, bank O x h x w (O x C x h x w), padding: see {@link LayerShape}. */
    @Param({"3x224x224/64x3x3/pad1", "3x512x512/8x3x3", "3x512x512/8x1x1"})
    public String layer;

    private Correlation correlation;

    /** Builds the implementation and refuses to time it unless its output is ConvLab's. */
    @Setup
    public void setUp() {
        LayerShape s = LayerShape.parse(layer);
        correlation = ChannelPeers.forward(impl, s);
        float[] convLab = ChannelPeers.forward(Peers.CONVLAB, s).validOutput();
        float[] naive = ChannelPeers.forward(Peers.NAIVE, s).validOutput();
        Agreement.check(Peers.CONVLAB, convLab, naive);
        Agreement.check(impl, correlation.validOutput(), convLab, "ConvLab");
    }

    /** One forward pass of the layer. */
    @Benchmark
    public Object channels() {
        return correlation.run();
    }
}
