package org.convlab.core;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden v2 convolution (PyTorch, float64), 1-3 input and 1-4 output channels, through the API. */
class GoldenChannelsTest {
    private static final double TOL = 1e-4;

    static Stream<JsonNode> forwardCases() {
        return Golden.cases("v2/conv").stream();
    }

    static Stream<JsonNode> gradientCases() {
        return Golden.cases("v2/conv_grad").stream();
    }

    @ParameterizedTest
    @MethodSource("forwardCases")
    void forwardMatchesPyTorch(JsonNode c) {
        ChannelStack y = ChannelCorrelation.corr2d(stack(c.get("X")), bank(c.get("K")), floats(c.get("b")),
                GoldenGeometryTest.geometry(c));
        assertStackClose(stack(c.get("Y")), y, "Y");
    }

    @ParameterizedTest
    @MethodSource("gradientCases")
    void lossAndGradientsMatchAutograd(JsonNode c) {
        ConvLayer layer = new ConvLayer(bank(c.get("K")), floats(c.get("b")), GoldenGeometryTest.geometry(c));
        BankGradient g = layer.backward(stack(c.get("X")), stack(c.get("Y_target")));
        assertClose(c.get("loss").asDouble(), g.loss(), TOL, "loss");
        KernelBank expected = bank(c.get("dK"));
        assertEquals(expected.shape(), g.kernelGrad().shape());
        for (int o = 0; o < expected.outputs(); o++) {
            for (int i = 0; i < expected.inputs(); i++) {
                assertClose(expected.kernel(o, i), g.kernelGrad().kernel(o, i), TOL, "dK " + o + "," + i);
            }
            assertClose(c.get("db").get(o).asDouble(), g.biasGrad()[o], TOL, "db " + o);
        }
    }

    static void assertStackClose(ChannelStack expected, ChannelStack actual, String what) {
        assertEquals(expected.shape(), actual.shape(), what);
        for (int o = 0; o < expected.count(); o++) {
            assertClose(expected.channel(o), actual.channel(o), TOL, what + " channel " + o);
        }
    }

    static ChannelStack stack(JsonNode channels) {
        List<FMatrixRMaj> list = new ArrayList<>();
        channels.forEach(ch -> list.add(Golden.matrix(ch)));
        return new ChannelStack(list);
    }

    static KernelBank bank(JsonNode weights) {
        FMatrixRMaj[][] k = new FMatrixRMaj[weights.size()][];
        for (int o = 0; o < k.length; o++) {
            k[o] = new FMatrixRMaj[weights.get(o).size()];
            for (int i = 0; i < k[o].length; i++) {
                k[o][i] = Golden.matrix(weights.get(o).get(i));
            }
        }
        return KernelBank.of(k);
    }

    static float[] floats(JsonNode values) {
        float[] f = new float[values.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values.get(i).asDouble();
        }
        return f;
    }
}
