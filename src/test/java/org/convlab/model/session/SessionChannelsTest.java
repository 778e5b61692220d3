package org.convlab.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.convlab.core.ConvGeometry;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.convlab.support.Reference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Version 3 session files: every input channel with its name, the whole kernel bank, one bias per output channel. */
class SessionChannelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A random state of 1-3 input and 1-4 output channels, for the round trips and the fuzz corpus. */
    static Session randomChannelSession(long seed) {
        Random r = new Random(seed);
        int inputs = 1 + r.nextInt(3);
        int outputs = 1 + r.nextInt(4);
        int rows = 1 + r.nextInt(12);
        int cols = 1 + r.nextInt(12);
        int kh = 1 + r.nextInt(4);
        int kw = 1 + r.nextInt(4);
        List<FMatrixRMaj> x = new ArrayList<>();
        for (int c = 0; c < inputs; c++) {
            x.add(Reference.random(r, rows, cols));
        }
        List<List<FMatrixRMaj>> bank = new ArrayList<>();
        List<Float> biases = new ArrayList<>();
        for (int o = 0; o < outputs; o++) {
            List<FMatrixRMaj> row = new ArrayList<>();
            for (int c = 0; c < inputs; c++) {
                row.add(Reference.random(r, kh, kw));
            }
            bank.add(row);
            biases.add((float) r.nextGaussian());
        }
        List<String> names = inputs == 3 && r.nextBoolean() ? List.of("R", "G", "B") : null;
        ConvGeometry g = r.nextBoolean() ? ConvGeometry.VALID : new ConvGeometry(r.nextInt(3), r.nextInt(3),
                1 + r.nextInt(3), 1 + r.nextInt(3), 1 + r.nextInt(2), 1 + r.nextInt(2));
        PoolingStage pooling = r.nextBoolean() ? PoolingStage.OFF
                : new PoolingStage(true, PoolWindow.sliding(2, 2), PoolMode.AVG);
        return new Session(new WorkspaceState(x, names, bank, biases, g, pooling),
                SessionFileTest.randomSession(seed).training(), List.of("workspace"));
    }

    /** Three colour channels into two output channels, with the floats that are easiest to lose. */
    private static WorkspaceState rgbToTwo() {
        Random r = new Random(64);
        List<FMatrixRMaj> x = List.of(Reference.random(r, 5, 6), Reference.random(r, 5, 6), Reference.random(r, 5, 6));
        x.get(0).data[0] = Float.MIN_VALUE;
        x.get(1).data[1] = -0.0f;
        x.get(2).data[2] = Float.MAX_VALUE;
        x.get(2).data[3] = 0.1f;
        List<List<FMatrixRMaj>> bank = List.of(
                List.of(Reference.random(r, 2, 3), Reference.random(r, 2, 3), Reference.random(r, 2, 3)),
                List.of(Reference.random(r, 2, 3), Reference.random(r, 2, 3), Reference.random(r, 2, 3)));
        bank.get(1).get(2).data[5] = -Float.MIN_NORMAL;
        return new WorkspaceState(x, List.of("R", "G", "B"), bank, List.of(0.299f, -1e-30f),
                new ConvGeometry(1, 0, 2, 1, 1, 2), new PoolingStage(true, PoolWindow.sliding(2, 1), PoolMode.MAX));
    }

    private static Session session(WorkspaceState s) {
        return new Session(s, SessionFileTest.randomSession(1).training(), List.of("workspace", "training"));
    }

    private static String refused(String json) {
        return assertThrows(SessionFormatException.class, () -> SessionFile.fromJson("s.convlab", json)).getMessage();
    }

    /** A version 3 file of {@link #rgbToTwo()} with its workspace object edited. */
    private static String edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(SessionFile.toJson(session(rgbToTwo())));
        edit.accept((ObjectNode) root.get("workspace"));
        return JSON.writeValueAsString(root);
    }

    @Test
    void threeChannelsIntoTwoOutputsComeBackBitForBit() throws Exception {
        Session s = session(rgbToTwo());
        Path f = dir.resolve("rgb.convlab");
        SessionFile.save(f, s);
        Session back = SessionFile.open(f);
        assertEquals(s.workspace(), back.workspace());
        assertEquals(List.of("R", "G", "B"), back.workspace().channelNames());
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(back.workspace().input(1).data[1]));
        assertEquals(s.training(), back.training());
        assertEquals(s.openPanes(), back.openPanes());
        assertTrue(Files.readString(f).contains("\"version\" : 3"));
    }

    @Test
    void randomChannelStatesComeBackEqual() throws Exception {
        for (long seed = 0; seed < 40; seed++) {
            Session s = randomChannelSession(seed);
            assertEquals(s.workspace(), SessionFile.fromJson("s.convlab", SessionFile.toJson(s)).workspace(),
                    "seed " + seed);
        }
    }

    @Test
    void anRgbToGrayTrainingTargetIsSavedAndReadBack() throws Exception {
        Session s = new Session(rgbToTwo(), SessionFileTest.randomSession(2).training()
                .withTarget(org.convlab.model.training.TargetKind.RGB_TO_GRAY), List.of("training"));
        String json = SessionFile.toJson(s);
        assertEquals(org.convlab.model.training.TargetKind.RGB_TO_GRAY,
                SessionFile.fromJson("s.convlab", json).training().target());
        // the default target is not written, so a file without channels reads as before
        assertEquals(org.convlab.model.training.TargetKind.WORKSPACE, SessionFile.fromJson("s.convlab",
                SessionFile.toJson(session(rgbToTwo()))).training().target());
        assertFalse(SessionFile.toJson(session(rgbToTwo())).contains("\"target\""));
    }

    @Test
    void theChaptersSingleChannelIsStillWrittenAsVersionTwo() throws Exception {
        WorkspaceState one = new WorkspaceState(new FMatrixRMaj(2, 2, true, 1, 2, 3, 4), new FMatrixRMaj(1, 1), 0.5f);
        String json = SessionFile.toJson(session(one));
        assertTrue(json.contains("\"version\" : 2"), json);
        assertTrue(json.contains("\"input\""), json);
        assertFalse(json.contains("\"channels\""), json);
        assertEquals(one, SessionFile.fromJson("s.convlab", json).workspace());
    }

    @Test
    void oneChannelWithItsOwnNameOrSeveralOutputsNeedsVersionThree() throws Exception {
        WorkspaceState one = new WorkspaceState(new FMatrixRMaj(2, 2, true, 1, 2, 3, 4), new FMatrixRMaj(1, 1), 0.5f);
        WorkspaceState named = one.withInputs(List.of(one.input()), List.of("gray"));
        WorkspaceState twoOut = one.withBank(List.of(List.of(one.kernel()), List.of(one.kernel())), List.of(1f, 2f));
        for (WorkspaceState s : List.of(named, twoOut)) {
            String json = SessionFile.toJson(session(s));
            assertTrue(json.contains("\"version\" : 3"), json);
            assertEquals(s, SessionFile.fromJson("s.convlab", json).workspace());
        }
    }

    @Test
    void moreChannelsThanTheWindowEditsAreRefused() throws Exception {
        String nine = edited(ws -> {
            ArrayNode channels = (ArrayNode) ws.get("channels");
            while (channels.size() < 9) {
                channels.add(channels.get(0).deepCopy());
            }
        });
        assertEquals("s.convlab: \"channels\" holds 9 input channels; a session holds at most 8", refused(nine));
        String nineOut = edited(ws -> {
            ArrayNode kernels = (ArrayNode) ws.get("kernels");
            while (kernels.size() < 9) {
                kernels.add(kernels.get(0).deepCopy());
            }
        });
        assertEquals("s.convlab: \"kernels\" holds 9 output channels; a session holds at most 8", refused(nineOut));
    }

    @Test
    void malformedChannelDataIsRefusedInOneLine() throws Exception {
        assertEquals("s.convlab: \"kernels\" output channel 1 has 2 kernels but there are 3 input channels;"
                + " it needs one per input channel", refused(edited(ws -> ((ArrayNode) ws.get("kernels").get(1)).remove(0))));
        assertEquals("s.convlab: \"biases\" holds 3 values but there are 2 output channels; it needs one per output"
                + " channel", refused(edited(ws -> ((ArrayNode) ws.get("biases")).add(1.0))));
        assertEquals("s.convlab: input channel 2 is 1x1 but channel 0 is 5x6", refused(edited(ws ->
                ((ObjectNode) ws.get("channels").get(2)).set("values", JSON.createArrayNode().add(
                        JSON.createArrayNode().add(1))))));
        assertEquals("s.convlab: kernel (1, 0) is 1x1 but kernel (0, 0) is 2x3", refused(edited(ws ->
                ((ArrayNode) ws.get("kernels").get(1)).set(0, JSON.createArrayNode().add(JSON.createArrayNode().add(1))))));
        assertEquals("s.convlab: \"channels\" channel 1 has no \"name\"",
                refused(edited(ws -> ((ObjectNode) ws.get("channels").get(1)).remove("name"))));
        assertEquals("s.convlab: \"channels\" channel 0 needs a name of 1 to 64 characters, not \" \"",
                refused(edited(ws -> ((ObjectNode) ws.get("channels").get(0)).put("name", " "))));
        assertEquals("s.convlab: \"channels\" channel 2: row 2 has 1 values, row 1 has 6", refused(edited(ws ->
                ((ArrayNode) ws.get("channels").get(2).get("values").get(1)).removeAll().add(1))));
        assertEquals("s.convlab: \"channels\" channel 0 must be an object with a name and values, not [1]",
                refused(edited(ws -> ((ArrayNode) ws.get("channels")).set(0, JSON.createArrayNode().add(1)))));
        assertEquals("s.convlab: \"kernels\" output channel 0 must be a list of one kernel per input channel, not 1",
                refused(edited(ws -> ((ArrayNode) ws.get("kernels")).set(0, JSON.getNodeFactory().numberNode(1)))));
        assertEquals("s.convlab: \"kernels\" kernel (0, 2): row 1, column 1 is \"x\", not a finite number",
                refused(edited(ws -> ((ArrayNode) ws.get("kernels").get(0).get(2).get(0)).set(0, "x"))));
        assertEquals("s.convlab: \"biases\" value 2 is null, not a finite number",
                refused(edited(ws -> ((ArrayNode) ws.get("biases")).setNull(1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"channels", "kernels", "biases", "geometry"})
    void aVersionThreeFileWithoutAPartIsRefused(String part) throws Exception {
        assertEquals("s.convlab: \"" + part + "\" is missing", refused(edited(ws -> ws.remove(part))));
    }

    @Test
    void aVersionThreeFileIsNotReadAsASingleChannel() throws Exception {
        String json = edited(ws -> {
            ws.set("input", JSON.createArrayNode().add(JSON.createArrayNode().add(1)));
            ws.remove("channels");
        });
        assertEquals("s.convlab: \"channels\" is missing", refused(json));
    }

    @Test
    void aVersionFourFileAsksForANewerConvLab() throws Exception {
        String json = SessionFile.toJson(session(rgbToTwo())).replace("\"version\" : 3", "\"version\" : 4");
        assertEquals("s.convlab: was saved by a newer ConvLab (session version 4; this one reads up to 3); please"
                + " update ConvLab", refused(json));
    }
}
