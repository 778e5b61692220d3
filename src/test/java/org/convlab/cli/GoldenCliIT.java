package org.convlab.cli;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.convlab.core.Trainer;
import org.convlab.io.CsvMatrixReader;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixText;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden case through the real launcher: corr2d to stdout and to .npy, train with --log. */
class GoldenCliIT {
    private static final double TOL = 1e-4;

    @TempDir
    Path dir;

    static Stream<JsonNode> corr2dCases() {
        return Golden.cases("corr2d").stream();
    }

    static Stream<JsonNode> trainCases() {
        return Golden.cases("train").stream();
    }

    private Path csv(String name, JsonNode rows) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, MatrixText.csv(Golden.matrix(rows)));
        return p;
    }

    @ParameterizedTest
    @MethodSource("corr2dCases")
    void corr2dPrintsScipysOutput(JsonNode c) throws Exception {
        csv("X.csv", c.get("X"));
        csv("K.csv", c.get("K"));
        String bias = Double.toString(c.get("bias").asDouble());
        Launcher.Result r = Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv", "--bias", bias);
        assertEquals(0, r.code(), r.err());
        assertClose(Golden.matrix(c.get("Y")), CsvMatrixReader.parse("stdout", r.out()), TOL, "Y");

        Launcher.Result toFile = Launcher.run(dir, "corr2d", "--input=X.csv", "--kernel=K.csv", "--bias=" + bias,
                "--output", "Y.npy");
        assertEquals(0, toFile.code(), toFile.err());
        assertEquals("", toFile.out());
        assertClose(Golden.matrix(c.get("Y")), MatrixFiles.read(dir.resolve("Y.npy")), TOL, "Y.npy");
    }

    @ParameterizedTest
    @MethodSource("trainCases")
    void trainLogsNumpysLossesAndParameters(JsonNode c) throws Exception {
        csv("X.csv", c.get("X"));
        csv("Y.csv", c.get("Y_target"));
        csv("K0.csv", c.get("K0"));
        boolean bias = c.get("use_bias").asBoolean();
        List<String> args = new ArrayList<>(List.of("train", "--input", "X.csv", "--target", "Y.csv", "--init",
                "K0.csv", "--lr", c.get("lr").asText(), "--epochs", c.get("epochs").asText(), "--log", "log.csv"));
        if (bias) {
            args.add("--bias");
        }
        Launcher.Result r = Launcher.run(dir, args.toArray(String[]::new));
        int epochs = c.get("epochs").asInt();
        JsonNode losses = c.get("losses");
        // numpy's loop trains on whatever the loss does; ConvLab calls a run whose loss grew diverged (exit 3)
        boolean grew = losses.get(epochs - 1).asDouble() > Trainer.GROWTH_FACTOR * losses.get(0).asDouble();
        assertEquals(grew ? TrainCommand.DIVERGED : 0, r.code(), r.err());
        List<String> out = r.out().lines().toList();
        List<String> log = Files.readAllLines(dir.resolve("log.csv"));
        assertEquals(epochs + 1, log.size());
        FMatrixRMaj k = Golden.matrix(c.get("K"));
        assertEquals(org.convlab.io.TrainingLog.csvHeader(k.numRows, k.numCols, bias), log.get(0));
        for (int e = 1; e <= epochs; e++) {
            String[] row = log.get(e).split(",");
            assertEquals(Integer.toString(e), row[0]);
            double loss = c.get("losses").get(e - 1).asDouble();
            assertClose(loss, Double.parseDouble(row[1]), TOL, "loss of epoch " + e);
            assertEquals("epoch " + e + ", loss " + MatrixText.fixed(Double.parseDouble(row[1]), 3), out.get(e - 1));
        }
        String[] last = log.get(epochs).split(",");
        for (int i = 0; i < k.getNumElements(); i++) {
            assertClose(k.data[i], Double.parseDouble(last[2 + i]), TOL, "k_" + i);
        }
        if (bias) {
            assertClose(c.get("b").asDouble(), Double.parseDouble(last[last.length - 1]), TOL, "bias");
        }
        assertEquals(epochs + (grew ? 0 : (bias ? 2 : 1) + (k.numRows - 1)), out.size(), r.out());
    }
}
