package org.convlab.model.session;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ConvGeometry;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.io.AtomicFile;
import org.convlab.io.BoundedFile;
import org.convlab.io.VisibleText;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.convlab.model.training.InitKind;
import org.convlab.model.training.TrainingSettings;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads and writes {@code .convlab} session files: JSON with a format name and version. Version 2
 * adds the workspace's padding, stride and dilation; a version 1 file opens as before, in the
 * chapter's geometry (no padding, stride 1, no dilation). A workspace may carry an optional
 * {@code "pooling"} object (D2L 6.5); without it the pooling stage is off, so files written before
 * it existed open unchanged, and a workspace that never used pooling is written without it. Reading
 * refuses, with a message and without side effects, a file that is malformed, truncated, too large
 * or of a newer version; unknown fields are ignored. Writing is atomic: a failed save leaves the
 * previous file as it was.
 */
public final class SessionFile {
    /** The format name every session file carries. */
    public static final String FORMAT = "convlab-session";
    /** The version this build writes and the newest it reads. */
    public static final int VERSION = 2;
    /** Larger files are refused before they are read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The largest input a session may hold, per side. */
    public static final int MAX_SIDE = 4096;

    /** The names the file uses for where training starts, in the order the README lists them. */
    private static final java.util.Map<String, InitKind> INIT_NAMES = new java.util.LinkedHashMap<>();

    static {
        INIT_NAMES.put("book", InitKind.BOOK_RUN);
        INIT_NAMES.put("random", InitKind.RANDOM);
        INIT_NAMES.put("zeros", InitKind.ZEROS);
        INIT_NAMES.put("custom", InitKind.CUSTOM);
    }

    private static final String BYTE_ORDER_MARK = "\ufeff";
    /** The names the file uses for the pooling modes, those of the command line's --mode. */
    private static final java.util.Map<PoolMode, String> MODE_NAMES = java.util.Map.of(PoolMode.MAX, "max",
            PoolMode.AVG, "avg");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionFile() {
    }

    /**
     * Saves a session atomically.
     *
     * @param path    the file to create or replace
     * @param session what to save
     * @throws IOException if it cannot be written; the old file is then intact
     */
    public static void save(Path path, Session session) throws IOException {
        AtomicFile.write(path, toJson(session).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens a session file.
     *
     * @param path the file
     * @return the session
     * @throws SessionFormatException naming the file and the problem
     */
    public static Session open(Path path) throws SessionFormatException {
        String name = VisibleText.escaped(String.valueOf(path.getFileName()));
        byte[] bytes;
        try {
            bytes = BoundedFile.read(path, MAX_BYTES);
        } catch (BoundedFile.ReadRefusal e) {
            throw new SessionFormatException(name, e.getMessage());
        }
        try {
            return fromJson(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new SessionFormatException(name, "is not a text file (it is not UTF-8), so not a ConvLab session");
        }
    }

    /**
     * The JSON text of a session.
     *
     * @param s the session
     * @return pretty-printed JSON
     */
    public static String toJson(Session s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode ws = root.putObject("workspace");
        ws.set("input", matrix(s.workspace().input()));
        ws.set("kernel", matrix(s.workspace().kernel()));
        ws.put("bias", s.workspace().bias());
        ConvGeometry g = s.workspace().geometry();
        ObjectNode geometry = ws.putObject("geometry");
        geometry.putArray("padding").add(g.padRows()).add(g.padCols());
        geometry.putArray("stride").add(g.strideRows()).add(g.strideCols());
        geometry.putArray("dilation").add(g.dilationRows()).add(g.dilationCols());
        PoolingStage p = s.workspace().pooling();
        if (!p.equals(PoolingStage.OFF)) {
            ObjectNode pooling = ws.putObject("pooling");
            pooling.put("on", p.on());
            pooling.putArray("window").add(p.window().rows()).add(p.window().cols());
            pooling.putArray("stride").add(p.window().strideRows()).add(p.window().strideCols());
            pooling.putArray("padding").add(p.window().padRows()).add(p.window().padCols());
            pooling.put("mode", MODE_NAMES.get(p.mode()));
        }
        TrainingSettings t = s.training();
        ObjectNode tr = root.putObject("training");
        tr.put("kernelRows", t.kernelRows());
        tr.put("kernelCols", t.kernelCols());
        tr.put("init", initName(t.init()));
        if (t.customKernel() != null) {
            tr.set("customKernel", matrix(t.customKernel()));
        }
        tr.put("learningRate", t.learningRate());
        tr.put("epochs", t.epochs());
        tr.put("learnBias", t.bias());
        tr.put("seed", t.seed());
        tr.put("tolerance", t.tolerance());
        tr.put("runToConvergence", t.runToConvergence());
        ArrayNode panes = root.putArray("openPanes");
        s.openPanes().forEach(panes::add);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session tree always serializes", e);
        }
    }

    /**
     * Parses the JSON text of a session.
     *
     * @param name the file name, for messages
     * @param text the JSON
     * @return the session
     * @throws SessionFormatException for anything that is not a valid session of a known version
     */
    public static Session fromJson(String name, String text) throws SessionFormatException {
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = JSON.createParser(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
            root = JSON.readTree(parser);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 || parser == null
                    ? e.getLocation() : parser.currentLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String why = e instanceof StreamConstraintsException ? " (nested too deeply, or a number or text too long)"
                    : " (the file may be truncated or not a ConvLab session)";
            throw new SessionFormatException(name, "is not valid JSON" + where + why);
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
        SessionReader r = new SessionReader(name);
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new SessionFormatException(name, "is not a ConvLab session (no \"format\": \"" + FORMAT + "\")");
        }
        int version = r.integer(root, "version", 1, Integer.MAX_VALUE);
        if (version > VERSION) {
            throw new SessionFormatException(name, "was saved by a newer ConvLab (session version " + version
                    + "; this one reads up to " + VERSION + "); please update ConvLab");
        }
        JsonNode ws = r.object(root, "workspace");
        WorkspaceState state = r.state(r.matrix(ws, "input", MAX_SIDE), r.matrix(ws, "kernel", MAX_SIDE),
                r.finite(ws, "bias"), version == 1 ? ConvGeometry.VALID : geometry(r, r.object(ws, "geometry")),
                ws.has("pooling") ? pooling(r, r.object(ws, "pooling")) : PoolingStage.OFF);
        JsonNode tr = r.object(root, "training");
        InitKind init = INIT_NAMES.get(r.text(tr, "init", List.copyOf(INIT_NAMES.keySet())));
        FMatrixRMaj custom = init == InitKind.CUSTOM ? r.matrix(tr, "customKernel", 64) : null;
        int rows = r.integer(tr, "kernelRows", 0, 64);
        int cols = r.integer(tr, "kernelCols", 0, 64);
        if ((rows == 0) != (cols == 0)) {
            throw new SessionFormatException(name, "\"kernelRows\" and \"kernelCols\" must both be 0 (the target's"
                    + " shape) or both positive, not " + rows + " and " + cols);
        }
        TrainingSettings training = new TrainingSettings(r.positive(tr, "learningRate"),
                r.integer(tr, "epochs", 1, 100_000_000), r.bool(tr, "learnBias"), init, r.longValue(tr, "seed"),
                r.nonNegative(tr, "tolerance"), r.bool(tr, "runToConvergence"), rows, cols, custom);
        List<String> panes = new ArrayList<>();
        root.path("openPanes").forEach(p -> panes.add(p.asText()));
        return new Session(state, training, panes);
    }

    private static ConvGeometry geometry(SessionReader r, JsonNode g) throws SessionFormatException {
        int[] padding = r.pair(g, "padding", 0, ConvGeometry.LARGEST);
        int[] stride = r.pair(g, "stride", 1, ConvGeometry.LARGEST);
        int[] dilation = r.pair(g, "dilation", 1, ConvGeometry.LARGEST);
        return new ConvGeometry(padding[0], padding[1], stride[0], stride[1], dilation[0], dilation[1]);
    }

    private static PoolingStage pooling(SessionReader r, JsonNode p) throws SessionFormatException {
        PoolWindow window = r.poolWindow(r.pair(p, "window", 1, ConvGeometry.LARGEST), r.pair(p, "stride", 1, ConvGeometry.LARGEST),
                r.pair(p, "padding", 0, ConvGeometry.LARGEST));
        String mode = r.text(p, "mode", List.of("max", "avg"));
        return new PoolingStage(r.bool(p, "on"), window, "max".equals(mode) ? PoolMode.MAX : PoolMode.AVG);
    }

    private static String initName(InitKind kind) {
        return INIT_NAMES.entrySet().stream().filter(e -> e.getValue() == kind).findFirst().orElseThrow().getKey();
    }

    private static ArrayNode matrix(FMatrixRMaj m) {
        ArrayNode rows = JSON.createArrayNode();
        for (int i = 0; i < m.numRows; i++) {
            ArrayNode row = rows.addArray();
            for (int j = 0; j < m.numCols; j++) {
                row.add(m.get(i, j));
            }
        }
        return rows;
    }
}
