package org.convlab.cli;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.convlab.io.Channels;
import org.convlab.io.CsvMatrixReader;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixText;
import org.convlab.io.Npy;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code convlab pool} and {@code convlab d2l 6.5} through the real launcher. */
class PoolingIT {
    private static final double TOL = 1e-4;

    @TempDir
    Path dir;

    static Stream<JsonNode> poolCases() {
        return Golden.cases("v2/pool").stream();
    }

    private static FMatrixRMaj[] channels(JsonNode tensor) {
        FMatrixRMaj[] m = new FMatrixRMaj[tensor.size()];
        for (int c = 0; c < m.length; c++) {
            m[c] = Golden.matrix(tensor.get(c));
        }
        return m;
    }

    private static String[] options(JsonNode c, String input, String... more) {
        JsonNode size = c.get("size");
        JsonNode stride = c.get("stride");
        JsonNode padding = c.get("padding");
        String[] base = {"pool", "--input", input, "--size", size.get(0) + "x" + size.get(1),
            "--stride", stride.get(0) + "," + stride.get(1), "--padding", padding.get(0) + "," + padding.get(1),
            "--mode", c.get("mode").asText()};
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("poolCases")
    void poolingPrintsAndWritesPytorchsChannels(JsonNode c) throws Exception {
        Files.write(dir.resolve("X.npy"), Npy.writeChannels(channels(c.get("X"))));
        FMatrixRMaj[] expected = channels(c.get("Y"));

        Launcher.Result printed = Launcher.run(dir, options(c, "X.npy"));
        assertEquals(0, printed.code(), printed.err());
        String[] blocks = printed.out().split("\n\n", -1);
        assertEquals(expected.length, blocks.length, printed.out());
        for (int ch = 0; ch < expected.length; ch++) {
            String header = "# channel " + ch + "\n";
            assertTrue(blocks[ch].startsWith(header), blocks[ch]);
            assertClose(expected[ch], CsvMatrixReader.parse("stdout", blocks[ch].substring(header.length())), TOL,
                    "printed channel " + ch);
        }

        Launcher.Result written = Launcher.run(dir, options(c, "X.npy", "--output", "Y.npy"));
        assertEquals(0, written.code(), written.err());
        assertEquals("", written.out());
        Channels y = MatrixFiles.readChannels(dir.resolve("Y.npy"));
        assertTrue(y.stacked());
        assertEquals(expected.length, y.planes().length);
        for (int ch = 0; ch < expected.length; ch++) {
            assertClose(expected[ch], y.planes()[ch], TOL, "written channel " + ch);
        }
    }

    @Test
    void aMatrixInCsvPoolsToACsvMatrix() throws Exception {
        Files.writeString(dir.resolve("X.csv"), "0,1,2\n3,4,5\n6,7,8\n");
        Launcher.Result max = Launcher.run(dir, "pool", "--input", "X.csv", "--size", "2", "--stride", "1");
        assertEquals(0, max.code(), max.err());
        assertEquals("4.0,5.0\n7.0,8.0\n", max.out());
        Launcher.Result avg = Launcher.run(dir, "pool", "--input=X.csv", "--size=2x2", "--stride=1", "--mode=avg",
                "--output", "Y.csv");
        assertEquals(0, avg.code(), avg.err());
        assertEquals("2.0,3.0\n5.0,6.0\n", Files.readString(dir.resolve("Y.csv")));
    }

    @Test
    void strideDefaultsToTheWindowAndATwoDimensionalNpyStaysTwoDimensional() throws Exception {
        FMatrixRMaj x = new FMatrixRMaj(4, 4);
        for (int i = 0; i < 16; i++) {
            x.data[i] = i;
        }
        MatrixFiles.write(dir.resolve("X.npy"), x);
        Launcher.Result r = Launcher.run(dir, "pool", "--input", "X.npy", "--size", "2", "--output", "Y.npy");
        assertEquals(0, r.code(), r.err());
        Channels y = MatrixFiles.readChannels(dir.resolve("Y.npy"));
        assertFalse(y.stacked());
        assertEquals(MatrixText.csv(new FMatrixRMaj(2, 2, true, 5, 7, 13, 15)), MatrixText.csv(y.planes()[0]));
    }

    @Test
    void d2lSection65PrintsTheBooksOutputsByteForByte() throws Exception {
        Launcher.Result r = Launcher.run(dir, "d2l", "6.5");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(Golden.text("d2l/section-6.5.txt"), r.out());
    }

    @Test
    void d2lWithoutASectionAndWithSection62PrintTheSameText() throws Exception {
        Launcher.Result plain = Launcher.run(dir, "d2l");
        Launcher.Result named = Launcher.run(dir, "d2l", "6.2");
        assertEquals(0, named.code(), named.err());
        assertEquals(plain.out(), named.out());
        assertTrue(plain.out().startsWith("tensor([[19., 25.],"), plain.out());
    }

    @Test
    void poolHasHelp() throws Exception {
        Launcher.Result r = Launcher.run(dir, "pool", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: convlab pool --input X --size PH[xPW]"), r.out());
    }

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("X33.csv"), "0,1,2\n3,4,5\n6,7,8\n");
        Files.write(dir.resolve("C2.npy"), Npy.writeChannels(new FMatrixRMaj[] {new FMatrixRMaj(3, 3),
            new FMatrixRMaj(3, 3)}));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "pool --input X33.csv | convlab: pool: --size PH or PHxPW is required",
        "pool --size 2 | convlab: pool: --input X is required",
        "pool --input X33.csv --size 2by2 | convlab: pool: --size must be PH or PHxPW with whole numbers, not '2by2'",
        "pool --input X33.csv --size -2 | convlab: pool: --size must be PH or PHxPW with whole numbers, not '-2'",
        "pool --input X33.csv --size 99999999999 | convlab: pool: --size must be PH or PHxPW with whole numbers, not '99999999999'",
        "pool --input X33.csv --size 0x2 | convlab: the pooling window is 0x2; it must be at least 1x1",
        "pool --input X33.csv --size 2 --stride 0 | convlab: the stride is 0,0; it must be 1 or more",
        "pool --input X33.csv --size 2 --stride 1x1 | convlab: pool: --stride must be S or SH,SW with whole numbers, not '1x1'",
        "pool --input X33.csv --size 3 --padding 2 | convlab: the padding 2,2 is more than half the 3x3 window; it can be at most 1,1",
        "pool --input X33.csv --size 2 --padding 1,x | convlab: pool: --padding must be P or PH,PW with whole numbers, not '1,x'",
        "pool --input X33.csv --size 4 | convlab: the 4x4 pooling window with padding 0,0 does not fit the 3x3 input; it needs at least 4x4",
        "pool --input X33.csv --size 2 --mode min | convlab: pool: --mode must be max or avg, not 'min'",
        "pool --input X33.csv --size 2 --output Y.txt | convlab: pool: --output must name a .csv or .npy file, not 'Y.txt'",
        "pool --input C2.npy --size 2 --output Y.csv | convlab: pool: C2.npy is a 2x3x3 array, whose pooling only a .npy file can hold; use --output Y.npy",
        "pool --input missing.npy --size 2 | convlab: missing.npy: no such file",
        "pool --input X33.csv --size 2 --size 3 | convlab: pool: --size is given twice",
        "d2l 6.9 | convlab: d2l: unknown section '6.9'; sections: 6.2, 6.5",
    })
    void badOptionsGetOneLineAndExitTwo(String args, String message) throws Exception {
        Launcher.Result r = Launcher.run(dir, args.split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(message + "\n", r.err());
        assertEquals("", r.out());
    }
}
