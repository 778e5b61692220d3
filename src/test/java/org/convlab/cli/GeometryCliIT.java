package org.convlab.cli;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.convlab.io.CsvMatrixReader;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixText;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Padding, stride and dilation on the command line, through the real launcher (issue 14). */
class GeometryCliIT {
    private static final double TOL = 1e-4;

    @TempDir
    Path dir;

    static Stream<JsonNode> forwardCases() {
        return Stream.concat(Golden.cases("v2/conv1").stream(),
                Golden.cases("v2/conv").stream().filter(c -> c.get("X").size() == 1 && c.get("K").size() == 1));
    }

    /** The single-channel gradient cases whose bias is 0, where training starts. */
    static Stream<JsonNode> gradientCasesFromZeroBias() {
        return Golden.cases("v2/conv_grad").stream().filter(c -> c.get("X").size() == 1 && c.get("K").size() == 1
                && c.get("b").get(0).asDouble() == 0);
    }

    @ParameterizedTest
    @MethodSource("forwardCases")
    void corr2dPrintsPyTorchsOutput(JsonNode c) throws Exception {
        csv("X.csv", c.get("X").get(0));
        csv("K.csv", c.get("K").get(0).get(0));
        Launcher.Result r = Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv", "--bias",
                c.get("b").get(0).asText(), "--padding", pair(c, "padding"), "--stride", pair(c, "stride"),
                "--dilation=" + pair(c, "dilation"));
        assertEquals(0, r.code(), r.err());
        assertClose(Golden.matrix(c.get("Y").get(0)), CsvMatrixReader.parse("stdout", r.out()), TOL, "Y");
    }

    @ParameterizedTest
    @MethodSource("gradientCasesFromZeroBias")
    void oneTrainingStepGivesAutogradsLossAndGradients(JsonNode c) throws Exception {
        csv("X.csv", c.get("X").get(0));
        csv("Y.csv", c.get("Y_target").get(0));
        FMatrixRMaj k = csv("K0.csv", c.get("K").get(0).get(0));
        // with learning rate 1 the logged kernel and bias are K - dK and 0 - db
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.csv", "--target", "Y.csv", "--init", "K0.csv",
                "--lr", "1", "--epochs", "1", "--bias", "--log", "log.csv", "--padding", pair(c, "padding"),
                "--stride", pair(c, "stride"), "--dilation", pair(c, "dilation"));
        assertTrue(r.code() == 0 || r.code() == TrainCommand.DIVERGED, r.err());
        String[] row = Files.readAllLines(dir.resolve("log.csv")).get(1).split(",");
        assertClose(c.get("loss").asDouble(), Double.parseDouble(row[1]), TOL, "loss");
        FMatrixRMaj dK = Golden.matrix(c.get("dK").get(0).get(0));
        for (int i = 0; i < k.getNumElements(); i++) {
            assertClose(dK.data[i], k.data[i] - Double.parseDouble(row[2 + i]), TOL, "dK " + i);
        }
        assertClose(c.get("db").get(0).asDouble(), -Double.parseDouble(row[row.length - 1]), TOL, "db");
    }

    @Test
    void trainLearnsTheKernelOfAPaddedStridedTarget() throws Exception {
        FMatrixRMaj x = new FMatrixRMaj(10, 10);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) Math.sin(i * 0.7 + i * i * 0.01);
        }
        Files.writeString(dir.resolve("X.csv"), MatrixText.csv(x));
        Files.writeString(dir.resolve("K.csv"), "1,0,-1\n2,0,-2\n1,0,-1\n");
        Launcher.Result y = Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv", "--padding", "1",
                "--stride", "2", "--output", "Y.npy");
        assertEquals(0, y.code(), y.err());
        assertEquals(5, MatrixFiles.read(dir.resolve("Y.npy")).numRows);
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.csv", "--target", "Y.npy", "--kernel-shape",
                "3x3", "--lr", "0.01", "--epochs", "1500", "--padding", "1", "--stride", "2", "--log", "log.csv");
        assertEquals(0, r.code(), r.err());
        List<String> log = Files.readAllLines(dir.resolve("log.csv"));
        String[] last = log.get(log.size() - 1).split(",");
        float[] expected = {1, 0, -1, 2, 0, -2, 1, 0, -1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], Double.parseDouble(last[2 + i]), 1e-3, "k " + i + " of " + log.get(log.size() - 1));
        }
    }

    @Test
    void d2lSixThreePrintsTheBooksShapes() throws Exception {
        Launcher.Result r = Launcher.run(dir, "d2l", "6.3");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(Golden.text("d2l/section-6.3.txt"), r.out());
    }

    @Test
    void d2lSixFourPrintsTheBooksChannelOutputs() throws Exception {
        Launcher.Result r = Launcher.run(dir, "d2l", "6.4");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(Golden.text("d2l/section-6.4.txt"), r.out());
    }

    @Test
    void d2lSixTwoIsTheDefaultSection() throws Exception {
        Launcher.Result plain = Launcher.run(dir, "d2l");
        Launcher.Result named = Launcher.run(dir, "d2l", "6.2");
        assertEquals(0, named.code(), named.err());
        assertEquals(plain.out(), named.out());
        assertEquals(String.join("\n\n", D2lCommandIT.seedOutputs()) + "\n", named.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "d2l 6.9|d2l: unknown section '6.9'; sections: 6.2, 6.3, 6.4, 6.5",
        "d2l 6.3 extra|d2l: unexpected argument 'extra'; see 'convlab d2l --help'",
        "corr2d --input X.csv --kernel K.csv --padding -1|corr2d: --padding must be P, PH,PW or 'same' with whole"
            + " numbers of at least 0, not '-1'",
        "corr2d --input X.csv --kernel K.csv --padding 1,2,3|corr2d: --padding must be P, PH,PW or 'same' with whole"
            + " numbers of at least 0, not '1,2,3'",
        "corr2d --input X.csv --kernel K.csv --stride 0|corr2d: --stride must be S or SH,SW with whole numbers of"
            + " at least 1, not '0'",
        "corr2d --input X.csv --kernel K.csv --stride 2,-1|corr2d: --stride must be S or SH,SW with whole numbers"
            + " of at least 1, not '2,-1'",
        "corr2d --input X.csv --kernel K.csv --dilation two|corr2d: --dilation must be D or DH,DW with whole"
            + " numbers of at least 1, not 'two'",
        "corr2d --input X.csv --kernel K.csv --dilation 3|corr2d: kernel 2x2 over input 3x3 with padding 0,0,"
            + " stride 1,1, dilation 3,3 gives an empty output (0x0); the dilated kernel spans 4x4 but the padded"
            + " input is only 3x3",
        "corr2d --input X.csv --kernel K.csv --padding same|corr2d: padding 'same' needs odd kernel sizes, not 2x2",
        "corr2d --input X.csv --kernel K3.csv --padding same --stride 2|corr2d: padding 'same' needs stride 1,"
            + " not 2,2",
        "corr2d --input X.csv --kernel K.csv --padding 99999|corr2d: with padding 99999,99999, stride 1,1,"
            + " dilation 1,1 the output would be 200000x200000, more than the 67108864 cells of the largest file"
            + " ConvLab reads",
        "train --input X.csv --target X.csv --init K.csv --stride 2|X.csv: the target is 3x3 but must be"
            + " 1x1, the shape of corr2d of input 3x3 with kernel 2x2 and padding 0,0, stride 2,2, dilation 1,1",
        "train --input X.csv --target X.csv --init K.csv --padding x|train: --padding must be P, PH,PW or 'same'"
            + " with whole numbers of at least 0, not 'x'",
    })
    void badValuesGetOneLineAndExitTwo(String args, String message) throws Exception {
        Files.writeString(dir.resolve("X.csv"), "1,2,3\n4,5,6\n7,8,9\n");
        Files.writeString(dir.resolve("K.csv"), "1,0\n0,1\n");
        Files.writeString(dir.resolve("K3.csv"), "1,0,0\n0,1,0\n0,0,1\n");
        Launcher.Result r = Launcher.run(dir, args.split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("convlab: " + message + "\n", r.err());
    }

    @Test
    void samePaddingKeepsTheSize() throws Exception {
        Files.writeString(dir.resolve("X.csv"), "1,2,3,4\n5,6,7,8\n9,10,11,12\n");
        Files.writeString(dir.resolve("K.csv"), "0,0,0\n0,1,0\n0,0,0\n");
        Launcher.Result r = Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv", "--padding", "same");
        assertEquals(0, r.code(), r.err());
        assertEquals("1.0,2.0,3.0,4.0\n5.0,6.0,7.0,8.0\n9.0,10.0,11.0,12.0\n", r.out());
    }

    private FMatrixRMaj csv(String name, JsonNode rows) throws IOException {
        FMatrixRMaj m = Golden.matrix(rows);
        Files.writeString(dir.resolve(name), MatrixText.csv(m));
        return m;
    }

    private static String pair(JsonNode c, String field) {
        return c.get(field).get(0).asInt() + "," + c.get(field).get(1).asInt();
    }
}
