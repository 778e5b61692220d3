package org.convlab.cli;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.convlab.io.CsvMatrixReader;
import org.convlab.io.NpyArray;
import org.convlab.io.TrainingLog;
import org.convlab.support.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Channels on the command line (issue 15), through the real launcher, pinned by golden v2. */
class ChannelsCliIT {
    private static final double TOL = 1e-4;

    @TempDir
    Path dir;

    static Stream<JsonNode> forwardCases() {
        return Golden.cases("v2/conv").stream();
    }

    /** The gradient cases whose biases are all 0, where training starts. */
    static Stream<JsonNode> gradientCasesFromZeroBias() {
        return Golden.cases("v2/conv_grad").stream()
                .filter(c -> StreamSupport.stream(c.get("b").spliterator(), false).allMatch(b -> b.asDouble() == 0));
    }

    @ParameterizedTest
    @MethodSource("forwardCases")
    void corr2dPrintsEveryOutputChannelOfPyTorch(JsonNode c) throws Exception {
        npy("X.npy", c.get("X"));
        npy("K.npy", c.get("K"));
        String bias = StreamSupport.stream(c.get("b").spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.joining(","));
        List<String> args = List.of("corr2d", "--input", "X.npy", "--kernel", "K.npy", "--bias", bias,
                "--padding", pair(c, "padding"), "--stride", pair(c, "stride"), "--dilation", pair(c, "dilation"));
        Launcher.Result r = Launcher.run(dir, args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        JsonNode y = c.get("Y");
        String[] blocks = r.out().split("\n\n", -1);
        assertEquals(y.size(), blocks.length, r.out());
        for (int o = 0; o < y.size(); o++) {
            String header = "# channel " + o + "\n";
            assertTrue(blocks[o].startsWith(header), blocks[o]);
            assertClose(Golden.matrix(y.get(o)), CsvMatrixReader.parse("stdout", blocks[o].substring(header.length())),
                    TOL, "channel " + o);
        }
        List<String> toFile = new ArrayList<>(args);
        toFile.addAll(List.of("--output", "Y.npy"));
        Launcher.Result written = Launcher.run(dir, toFile.toArray(String[]::new));
        assertEquals(0, written.code(), written.err());
        assertEquals("", written.out());
        NpyArray file = NpyArray.read("Y.npy", Files.readAllBytes(dir.resolve("Y.npy")));
        float[] expected = values(y);
        assertEquals(List.of(y.size(), y.get(0).size(), y.get(0).get(0).size()),
                List.of(file.shape()[0], file.shape()[1], file.shape()[2]));
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], file.data()[i], TOL, "Y.npy value " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("gradientCasesFromZeroBias")
    void oneTrainingStepOfABankGivesAutogradsLossAndGradients(JsonNode c) throws Exception {
        npy("X.npy", c.get("X"));
        npy("Y.npy", c.get("Y_target"));
        npy("K0.npy", c.get("K"));
        // with learning rate 1 the logged bank and biases are K - dK and 0 - db
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.npy", "--target", "Y.npy", "--init", "K0.npy",
                "--lr", "1", "--epochs", "1", "--bias", "--log", "log.csv", "--padding", pair(c, "padding"),
                "--stride", pair(c, "stride"), "--dilation", pair(c, "dilation"));
        assertTrue(r.code() == 0 || r.code() == TrainCommand.DIVERGED, r.err());
        List<String> log = Files.readAllLines(dir.resolve("log.csv"));
        String[] row = log.get(1).split(",");
        assertClose(c.get("loss").asDouble(), Double.parseDouble(row[1]), TOL, "loss");
        float[] k = values(c.get("K"));
        float[] dK = values(c.get("dK"));
        for (int i = 0; i < k.length; i++) {
            assertClose(dK[i], k[i] - Double.parseDouble(row[2 + i]), TOL, "dK " + i);
        }
        JsonNode db = c.get("db");
        for (int o = 0; o < db.size(); o++) {
            assertClose(db.get(o).asDouble(), -Double.parseDouble(row[2 + k.length + o]), TOL, "db " + o);
        }
        int outputs = c.get("K").size();
        int inputs = c.get("K").get(0).size();
        if (outputs > 1 || inputs > 1) {
            assertTrue(log.get(0).startsWith("epoch,loss,k_0_0_0_0,"), log.get(0));
            assertTrue(log.get(0).endsWith(",bias_" + (outputs - 1)), log.get(0));
            assertEquals(2 + k.length + outputs, log.get(0).split(",").length);
        } else {
            JsonNode kernel = c.get("K").get(0).get(0);
            assertEquals(TrainingLog.csvHeader(kernel.size(), kernel.get(0).size(), true), log.get(0));
        }
    }

    @Test
    void trainLearnsABankFromStacksAndPrintsItAsPyTorch() throws Exception {
        float[] x = new float[2 * 8 * 8];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i * 0.37 + i * i * 0.013);
        }
        Files.write(dir.resolve("X.npy"), new NpyArray(new int[] {2, 8, 8}, x).write());
        Files.write(dir.resolve("K.npy"), new NpyArray(new int[] {3, 2, 1, 1},
                new float[] {1, 0, 0, 1, 0.5f, -0.5f}).write());
        Launcher.Result y = Launcher.run(dir, "corr2d", "--input", "X.npy", "--kernel", "K.npy", "--output", "Y.npy");
        assertEquals(0, y.code(), y.err());
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.npy", "--target", "Y.npy", "--kernel-shape",
                "1x1", "--lr", "0.01", "--epochs", "400");
        assertEquals(0, r.code(), r.err());
        List<String> out = r.out().lines().toList();
        String bank = String.join("\n", out.subList(400, out.size()));
        // a 3x2x1x1 tensor as torch prints it: four brackets, a blank line between inputs, two between outputs
        assertTrue(bank.startsWith("tensor([[[["), bank);
        assertEquals(13, out.size() - 400, bank);
        Matcher m = Pattern.compile("-?\\d+\\.\\d+(e[+-]\\d+)?").matcher(bank);
        float[] expected = {1, 0, 0, 1, 0.5f, -0.5f};
        for (float e : expected) {
            assertTrue(m.find(), bank);
            assertEquals(e, Double.parseDouble(m.group()), 1e-3, bank);
        }
    }

    @Test
    void mismatchedShapesNameBothAndExitTwo() throws Exception {
        Files.write(dir.resolve("X.npy"), new NpyArray(new int[] {2, 4, 4}, new float[32]).write());
        Files.write(dir.resolve("K.npy"), new NpyArray(new int[] {3, 3, 2, 2}, new float[36]).write());
        Files.write(dir.resolve("X4.npy"), new NpyArray(new int[] {1, 2, 2, 2}, new float[8]).write());
        Files.writeString(dir.resolve("K.csv"), "1,0\n0,1\n");
        assertUsage("convlab: corr2d: the kernel bank 3x3x2x2 takes 3 input channels but the input 2x4x4 has 2",
                "corr2d", "--input", "X.npy", "--kernel", "K.npy");
        assertUsage("convlab: corr2d: --bias has 2 values but the kernel bank 1x1x2x2 has 1 output channels",
                "corr2d", "--input", "X.npy", "--kernel", "K.csv", "--bias", "1,2");
        assertUsage("convlab: corr2d: --input X4.npy is 1x2x2x2; it must have 2 (HxW) or 3 (CxHxW) dimensions",
                "corr2d", "--input", "X4.npy", "--kernel", "K.csv");
        assertUsage("convlab: train: the initial bank is 3x3x2x2 but the input 2x4x4 and the target 2x4x4 need"
                + " 2x2x2x2", "train", "--input", "X.npy", "--target", "X.npy", "--init", "K.npy");
    }

    @Test
    void oneInputAndOneOutputChannelKeepsTheSingleKernelLogHeader() throws Exception {
        Files.write(dir.resolve("X.npy"), new NpyArray(new int[] {1, 4, 5}, new float[20]).write());
        Files.write(dir.resolve("Y.npy"), new NpyArray(new int[] {1, 4, 4}, new float[16]).write());
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.npy", "--target", "Y.npy", "--kernel-shape",
                "1x2", "--epochs", "2", "--log", "log.csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("epoch,loss,k_0_0,k_0_1", Files.readAllLines(dir.resolve("log.csv")).get(0));
    }

    @Test
    void aBankWhoseLossGrowsExitsThree() throws Exception {
        float[] x = new float[2 * 6 * 6];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.cos(i * 0.9);
        }
        Files.write(dir.resolve("X.npy"), new NpyArray(new int[] {2, 6, 6}, x).write());
        Files.write(dir.resolve("Y.npy"), new NpyArray(new int[] {3, 4, 4}, new float[48]).write());
        Files.write(dir.resolve("K0.npy"), new NpyArray(new int[] {3, 2, 3, 3}, filled(54, 0.1f)).write());
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.npy", "--target", "Y.npy", "--init", "K0.npy",
                "--lr", "1", "--epochs", "3");
        assertEquals(TrainCommand.DIVERGED, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("convlab: training diverged at epoch "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    private static float[] filled(int n, float v) {
        float[] f = new float[n];
        Arrays.fill(f, v);
        return f;
    }

    private void assertUsage(String message, String... args) throws Exception {
        Launcher.Result r = Launcher.run(dir, args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(message + "\n", r.err());
    }

    private void npy(String name, JsonNode nested) throws IOException {
        List<Integer> shape = new ArrayList<>();
        for (JsonNode n = nested; n.isArray(); n = n.get(0)) {
            shape.add(n.size());
        }
        Files.write(dir.resolve(name), new NpyArray(shape.stream().mapToInt(Integer::intValue).toArray(),
                values(nested)).write());
    }

    private static float[] values(JsonNode nested) {
        List<Float> flat = new ArrayList<>();
        flatten(nested, flat);
        float[] f = new float[flat.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = flat.get(i);
        }
        return f;
    }

    private static void flatten(JsonNode n, List<Float> into) {
        if (n.isArray()) {
            n.forEach(child -> flatten(child, into));
        } else {
            into.add((float) n.asDouble());
        }
    }

    private static String pair(JsonNode c, String field) {
        return c.get(field).get(0).asInt() + "," + c.get(field).get(1).asInt();
    }
}
