package org.convlab.core;

import static org.convlab.support.Close.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The single-channel golden v2 cases (PyTorch conv2d, float64) for padding, stride and dilation. */
class GoldenGeometryTest {
    private static final double TOL = 1e-4;

    static Stream<JsonNode> forwardCases() {
        return Stream.concat(Golden.cases("v2/conv1").stream(),
                Golden.cases("v2/conv").stream().filter(GoldenGeometryTest::singleChannel));
    }

    static Stream<JsonNode> gradientCases() {
        return Golden.cases("v2/conv_grad").stream().filter(GoldenGeometryTest::singleChannel);
    }

    @ParameterizedTest
    @MethodSource("forwardCases")
    void forwardMatchesPyTorch(JsonNode c) {
        FMatrixRMaj y = CrossCorrelation.corr2d(input(c), kernel(c), (float) c.get("b").get(0).asDouble(),
                geometry(c), null);
        assertClose(Golden.matrix(c.get("Y").get(0)), y, TOL, "Y with " + geometry(c));
    }

    @ParameterizedTest
    @MethodSource("gradientCases")
    void lossAndGradientsMatchAutograd(JsonNode c) {
        Conv2D layer = new Conv2D(kernel(c), (float) c.get("b").get(0).asDouble(), geometry(c));
        LossGradient g = layer.backward(input(c), Golden.matrix(c.get("Y_target").get(0)));
        assertClose(c.get("loss").asDouble(), g.loss(), TOL, "loss");
        assertClose(Golden.matrix(c.get("dK").get(0).get(0)), g.kernelGrad(), TOL, "dK");
        assertClose(c.get("db").get(0).asDouble(), g.biasGrad(), TOL, "db");
    }

    static boolean singleChannel(JsonNode c) {
        return c.get("X").size() == 1 && c.get("K").size() == 1;
    }

    static FMatrixRMaj input(JsonNode c) {
        return Golden.matrix(c.get("X").get(0));
    }

    static FMatrixRMaj kernel(JsonNode c) {
        return Golden.matrix(c.get("K").get(0).get(0));
    }

    static ConvGeometry geometry(JsonNode c) {
        return new ConvGeometry(c.get("padding").get(0).asInt(), c.get("padding").get(1).asInt(),
                c.get("stride").get(0).asInt(), c.get("stride").get(1).asInt(),
                c.get("dilation").get(0).asInt(), c.get("dilation").get(1).asInt());
    }
}
