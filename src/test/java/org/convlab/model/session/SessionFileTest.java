package org.convlab.model.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.convlab.core.ConvGeometry;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.convlab.model.training.InitKind;
import org.convlab.model.training.TrainingSettings;
import org.convlab.support.Reference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SessionFileTest {
    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    static Session randomSession(long seed) {
        Random r = new Random(seed);
        int rows = 1 + r.nextInt(40);
        int cols = 1 + r.nextInt(40);
        FMatrixRMaj x = Reference.random(r, rows, cols);
        x.data[0] = Float.MIN_VALUE * (1 + r.nextInt(5));
        FMatrixRMaj k = Reference.random(r, 1 + r.nextInt(15), 1 + r.nextInt(15));
        InitKind init = InitKind.values()[r.nextInt(InitKind.values().length)];
        FMatrixRMaj custom = init == InitKind.CUSTOM ? Reference.random(r, 1 + r.nextInt(5), 1 + r.nextInt(5)) : null;
        boolean targetShape = r.nextBoolean();
        TrainingSettings t = new TrainingSettings(r.nextDouble() / 10 + 1e-9, 1 + r.nextInt(1000), r.nextBoolean(), init,
                r.nextLong(), r.nextBoolean() ? 0 : r.nextDouble() * 1e-3, r.nextBoolean(),
                targetShape ? 0 : 1 + r.nextInt(5), targetShape ? 0 : 1 + r.nextInt(5), custom);
        List<String> panes = r.nextBoolean() ? List.of("workspace") : List.of("workspace", "training");
        ConvGeometry g = r.nextBoolean() ? ConvGeometry.VALID : new ConvGeometry(r.nextInt(4), r.nextInt(4),
                1 + r.nextInt(4), 1 + r.nextInt(4), 1 + r.nextInt(3), 1 + r.nextInt(3));
        PoolingStage pooling = PoolingStage.OFF;
        if (r.nextBoolean()) {
            int ph = 1 + r.nextInt(4);
            int pw = 1 + r.nextInt(4);
            pooling = new PoolingStage(r.nextBoolean(), new PoolWindow(ph, pw, 1 + r.nextInt(3), 1 + r.nextInt(3),
                    r.nextInt(ph / 2 + 1), r.nextInt(pw / 2 + 1)), r.nextBoolean() ? PoolMode.MAX : PoolMode.AVG);
        }
        return new Session(new WorkspaceState(x, k, (float) r.nextGaussian(), g, pooling), t, panes);
    }

    static void assertSameSession(Session a, Session b) {
        assertSameMatrix(a.workspace().input(), b.workspace().input());
        assertSameMatrix(a.workspace().kernel(), b.workspace().kernel());
        assertEquals(a.workspace().bias(), b.workspace().bias());
        assertEquals(a.workspace().geometry(), b.workspace().geometry());
        assertEquals(a.workspace().pooling(), b.workspace().pooling());
        assertEquals(a.training(), b.training());
        assertEquals(a.openPanes(), b.openPanes());
    }

    static void assertSameMatrix(FMatrixRMaj a, FMatrixRMaj b) {
        assertEquals(a.numRows, b.numRows);
        assertEquals(a.numCols, b.numCols);
        assertArrayEquals(a.data, b.data);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void saveThenOpenReproducesTheSessionExactly(long seed) throws Exception {
        Session s = randomSession(seed);
        Path f = dir.resolve("s.convlab");
        SessionFile.save(f, s);
        assertSameSession(s, SessionFile.open(f));
    }

    @Test
    void aVersionOneFileOpensInTheChaptersGeometry() throws Exception {
        String v1 = "{\"format\": \"convlab-session\", \"version\": 1, \"workspace\": {\"input\": [[1, 0, 1]],"
                + " \"kernel\": [[1, -1]], \"bias\": 0.5}, \"training\": {\"kernelRows\": 0, \"kernelCols\": 0,"
                + " \"init\": \"book\", \"learningRate\": 0.03, \"epochs\": 10, \"learnBias\": false, \"seed\": 0,"
                + " \"tolerance\": 0, \"runToConvergence\": false}, \"openPanes\": [\"workspace\"]}";
        Session s = SessionFile.fromJson("old.convlab", v1);
        assertEquals(ConvGeometry.VALID, s.workspace().geometry());
        assertArrayEquals(new float[] {1, 0, 1}, s.workspace().input().data);
        assertEquals(0.5f, s.workspace().bias());
    }

    @Test
    void aVersionTwoFileWithoutItsGeometryIsRefused() {
        String json = SessionFile.toJson(randomSession(3)).replaceAll("(?s),\\s*\"geometry\"\\s*:\\s*\\{[^}]*}", "");
        assertEquals("s.convlab: \"geometry\" is missing", refused(json));
        String negative = SessionFile.toJson(randomSession(3)).replaceFirst("(?s)\"stride\"\\s*:\\s*\\[[^]]*]",
                "\"stride\": [0, 1]");
        assertEquals("s.convlab: \"stride\" must hold whole numbers from 1 to 64, not [0,1]", refused(negative));
    }

    @Test
    void aFileWithoutPoolingOpensWithThePoolingStageOffAndIsWrittenWithoutIt() throws Exception {
        Session plain = new Session(new WorkspaceState(Reference.random(new Random(4), 6, 8),
                new FMatrixRMaj(1, 2, true, 1, -1), 0f), randomSession(4).training(), List.of("workspace"));
        String json = SessionFile.toJson(plain);
        assertFalse(json.contains("pooling"), json);
        assertEquals(PoolingStage.OFF, SessionFile.fromJson("s.convlab", json).workspace().pooling());
    }

    @Test
    void theSectionsPoolingIsSavedAndOpened() throws Exception {
        PoolingStage max = new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.MAX);
        Session s = new Session(new WorkspaceState(Reference.random(new Random(5), 6, 8),
                new FMatrixRMaj(1, 2, true, 1, -1), 0f).withPooling(max), randomSession(5).training(),
                List.of("workspace"));
        String json = SessionFile.toJson(s);
        assertTrue(json.contains("\"mode\" : \"max\""), json);
        assertEquals(max, SessionFile.fromJson("s.convlab", json).workspace().pooling());
    }

    @Test
    void poolingPaddingMoreThanHalfTheWindowIsRefusedWithPyTorchsReason() {
        Session s = new Session(new WorkspaceState(new FMatrixRMaj(4, 4), new FMatrixRMaj(1, 1), 0f)
                .withPooling(new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.AVG)),
                randomSession(6).training(), List.of("workspace"));
        String json = SessionFile.toJson(s).replaceFirst("(?s)(\"pooling\".*?\"padding\"\\s*:\\s*)\\[[^]]*]",
                "$1[2, 0]");
        assertEquals("s.convlab: \"pooling\" the padding 2,0 is more than half the 2x2 window; it can be at most 1,1",
                refused(json));
        String mode = SessionFile.toJson(s).replace("\"avg\"", "\"min\"");
        assertTrue(refused(mode).startsWith("s.convlab: \"mode\""), refused(mode));
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        String json = SessionFile.toJson(randomSession(1)).replaceFirst("\\{", "{\"futureFeature\": {\"a\": [1, 2]},");
        assertSameSession(randomSession(1), SessionFile.fromJson("s.convlab", json));
    }

    private static String refused(String json) {
        return assertThrows(SessionFormatException.class, () -> SessionFile.fromJson("s.convlab", json)).getMessage();
    }

    @Test
    void truncatedFileIsRefused() {
        String json = SessionFile.toJson(randomSession(2));
        assertTrue(refused(json.substring(0, json.length() / 2)).startsWith("s.convlab: is not valid JSON at line"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"[1, 2]\" | s.convlab: is not a ConvLab session (no \"format\": \"convlab-session\")",
        "\"\" | s.convlab: is not a ConvLab session (no \"format\": \"convlab-session\")",
        "\"{\"\"format\"\": \"\"convlab-session\"\", \"\"version\"\": 4}\" | s.convlab: was saved by a newer ConvLab (session version 4; this one reads up to 3); please update ConvLab",
        "\"{\"\"format\"\": \"\"convlab-session\"\", \"\"version\"\": 1}\" | s.convlab: \"workspace\" is missing",
    })
    void malformedFilesAreRefusedWithAReason(String json, String message) {
        assertEquals(message, refused(json));
    }

    @Test
    void badValuesAreNamed() {
        String good = SessionFile.toJson(randomSession(3));
        assertEquals("s.convlab: \"bias\" must be a finite number, not \"x\"",
                refused(good.replaceFirst("\"bias\" : [^,\\n]+", "\"bias\" : \"x\"")));
        assertEquals("s.convlab: \"learningRate\" must be positive, not -1.0",
                refused(good.replaceFirst("\"learningRate\" : [^,\\n]+", "\"learningRate\" : -1")));
        assertEquals("s.convlab: \"init\" must be one of [book, random, zeros, custom], not \"magic\"",
                refused(good.replaceFirst("\"init\" : \"[a-z]+\"", "\"init\" : \"magic\"")));
        assertEquals("s.convlab: \"kernel\" row 1, column 1 is null, not a finite number",
                refused(good.replaceFirst("\"kernel\" : \\[ \\[ [^,\\]]+", "\"kernel\" : [ [ null")));
    }

    @Test
    void tooLargeFileIsRefusedBeforeReading() throws IOException {
        Path f = dir.resolve("huge.convlab");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.position(SessionFile.MAX_BYTES + 1).write(java.nio.ByteBuffer.wrap(new byte[] {'}'}));
        }
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.open(f));
        assertEquals("huge.convlab: is larger than 64 MB, the most that can be read", e.getMessage());
    }
}
