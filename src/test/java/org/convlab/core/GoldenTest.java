package org.convlab.core;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden case (scipy correlate2d and a numpy statement of the chapter's loop) through the API. */
class GoldenTest {
    private static final double TOL = 1e-4;

    static Stream<JsonNode> corr2dCases() {
        return Golden.cases("corr2d").stream();
    }

    static Stream<JsonNode> gradCases() {
        return Golden.cases("grad").stream();
    }

    static Stream<JsonNode> trainCases() {
        return Golden.cases("train").stream();
    }

    @ParameterizedTest
    @MethodSource("corr2dCases")
    void corr2dMatchesScipy(JsonNode c) {
        FMatrixRMaj y = CrossCorrelation.corr2d(Golden.matrix(c.get("X")), Golden.matrix(c.get("K")),
                (float) c.get("bias").asDouble(), null);
        assertClose(Golden.matrix(c.get("Y")), y, TOL, "Y");
    }

    @ParameterizedTest
    @MethodSource("gradCases")
    void lossAndGradientMatchNumpy(JsonNode c) {
        Conv2D layer = new Conv2D(Golden.matrix(c.get("K")), (float) c.get("bias").asDouble());
        LossGradient g = layer.backward(Golden.matrix(c.get("X")), Golden.matrix(c.get("Y_target")));
        assertClose(c.get("loss").asDouble(), g.loss(), TOL, "loss");
        assertClose(Golden.matrix(c.get("dK")), g.kernelGrad(), TOL, "dK");
        assertClose(c.get("db").asDouble(), g.biasGrad(), TOL, "db");
    }

    @ParameterizedTest
    @MethodSource("trainCases")
    void trainingLoopMatchesNumpy(JsonNode c) {
        Trainer t = new Trainer(Golden.matrix(c.get("X")), Golden.matrix(c.get("Y_target")),
                Golden.matrix(c.get("K0")), c.get("use_bias").asBoolean(), c.get("lr").asDouble());
        List<EpochRecord> records = t.run(c.get("epochs").asInt());
        assertEquals(c.get("epochs").asInt(), records.size());
        for (int i = 0; i < records.size(); i++) {
            assertClose(c.get("losses").get(i).asDouble(), records.get(i).loss(), TOL, "loss of epoch " + (i + 1));
        }
        assertClose(Golden.matrix(c.get("K")), t.kernel(), TOL, "learned kernel");
        assertClose(c.get("b").asDouble(), t.bias(), TOL, "learned bias");
    }
}
