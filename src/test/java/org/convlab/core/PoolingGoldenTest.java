package org.convlab.core;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.stream.Stream;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The v2 pooling cases (PyTorch 1.13, float64, 1-3 channels) through the API. */
class PoolingGoldenTest {
    private static final double TOL = 1e-4;

    static Stream<JsonNode> poolCases() {
        return Golden.cases("v2/pool").stream();
    }

    static Stream<JsonNode> gradCases() {
        return Golden.cases("v2/pool_grad").stream();
    }

    @ParameterizedTest
    @MethodSource("poolCases")
    void poolingMatchesPytorch(JsonNode c) {
        FMatrixRMaj[] y = Pooling.pool2d(channels(c.get("X")), window(c), mode(c));
        FMatrixRMaj[] expected = channels(c.get("Y"));
        assertEquals(expected.length, y.length, "channels");
        for (int ch = 0; ch < y.length; ch++) {
            assertClose(expected[ch], y[ch], TOL, "Y channel " + ch);
        }
    }

    @ParameterizedTest
    @MethodSource("gradCases")
    void lossAndInputGradientMatchAutograd(JsonNode c) {
        FMatrixRMaj[] x = channels(c.get("X"));
        FMatrixRMaj[] target = channels(c.get("Y_target"));
        FMatrixRMaj[] y = Pooling.pool2d(x, window(c), mode(c));
        double loss = 0;
        FMatrixRMaj[] dy = new FMatrixRMaj[y.length];
        for (int ch = 0; ch < y.length; ch++) {
            dy[ch] = new FMatrixRMaj(y[ch].numRows, y[ch].numCols);
            for (int i = 0; i < y[ch].data.length; i++) {
                double e = y[ch].data[i] - target[ch].data[i];
                loss += e * e;
                dy[ch].data[i] = (float) (2 * e);
            }
        }
        assertClose(c.get("loss").asDouble(), loss, TOL, "loss");
        FMatrixRMaj[] dx = Pooling.backward(x, window(c), mode(c), dy);
        FMatrixRMaj[] expected = channels(c.get("dX"));
        for (int ch = 0; ch < dx.length; ch++) {
            assertClose(expected[ch], dx[ch], TOL, "dX channel " + ch);
        }
    }

    static PoolWindow window(JsonNode c) {
        return new PoolWindow(c.get("size").get(0).asInt(), c.get("size").get(1).asInt(),
                c.get("stride").get(0).asInt(), c.get("stride").get(1).asInt(),
                c.get("padding").get(0).asInt(), c.get("padding").get(1).asInt());
    }

    static PoolMode mode(JsonNode c) {
        return PoolMode.valueOf(c.get("mode").asText().toUpperCase(Locale.ROOT));
    }

    static FMatrixRMaj[] channels(JsonNode tensor) {
        FMatrixRMaj[] m = new FMatrixRMaj[tensor.size()];
        for (int ch = 0; ch < m.length; ch++) {
            m[ch] = Golden.matrix(tensor.get(ch));
        }
        return m;
    }
}
