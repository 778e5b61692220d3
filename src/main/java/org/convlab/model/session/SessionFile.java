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
import org.convlab.io.AtomicFile;
import org.convlab.io.BoundedFile;
import org.convlab.io.VisibleText;
import org.convlab.model.WorkspaceState;
import org.convlab.model.training.InitKind;
import org.convlab.model.training.TargetKind;
import org.convlab.model.training.TrainingSettings;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads and writes {@code .convlab} session files: JSON with a format name and version. Version 2
 * adds the workspace's padding, stride and dilation; a version 1 file opens as before, in the
 * chapter's geometry (no padding, stride 1, no dilation). Version 3 holds several input channels,
 * a bank of kernels and one bias per output channel (D2L 6.4); a single-channel workspace is still
 * written as version 2 (see {@link WorkspaceSection}). A workspace may carry an optional
 * {@code "pooling"} object (D2L 6.5); without it the pooling stage is off, so files written before
 * it existed open unchanged, and a workspace that never used pooling is written without it. Reading
 * refuses, with a message and without side effects, a file that is malformed, truncated, too large
 * or of a newer version; unknown fields are ignored. Writing is atomic: a failed save leaves the
 * previous file as it was.
 */
public final class SessionFile {
    /** The format name every session file carries. */
    public static final String FORMAT = "convlab-session";
    /**
     * The newest version this build reads and the one it writes for several channels; a
     * single-channel workspace is still written as version 2.
     */
    public static final int VERSION = 3;
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
        root.put("version", WorkspaceSection.versionFor(s.workspace()));
        root.set("workspace", WorkspaceSection.write(s.workspace()));
        TrainingSettings t = s.training();
        ObjectNode tr = root.putObject("training");
        tr.put("kernelRows", t.kernelRows());
        tr.put("kernelCols", t.kernelCols());
        tr.put("init", initName(t.init()));
        if (t.customKernel() != null) {
            tr.set("customKernel", WorkspaceSection.matrix(t.customKernel()));
        }
        tr.put("learningRate", t.learningRate());
        tr.put("epochs", t.epochs());
        tr.put("learnBias", t.bias());
        tr.put("seed", t.seed());
        tr.put("tolerance", t.tolerance());
        tr.put("runToConvergence", t.runToConvergence());
        if (t.target() == TargetKind.RGB_TO_GRAY) {
            // written only when it is not the default, so files without channels stay as they were
            tr.put("target", "rgb-to-gray");
        }
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
        WorkspaceState state = WorkspaceSection.read(r, ws, version);
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
                r.nonNegative(tr, "tolerance"), r.bool(tr, "runToConvergence"), rows, cols, custom)
                .withTarget(tr.has("target") && r.text(tr, "target", List.of("workspace", "rgb-to-gray"))
                        .equals("rgb-to-gray") ? TargetKind.RGB_TO_GRAY : TargetKind.WORKSPACE);
        List<String> panes = new ArrayList<>();
        root.path("openPanes").forEach(p -> panes.add(p.asText()));
        return new Session(state, training, panes);
    }

    private static String initName(InitKind kind) {
        return INIT_NAMES.entrySet().stream().filter(e -> e.getValue() == kind).findFirst().orElseThrow().getKey();
    }
}
