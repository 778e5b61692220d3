package org.convlab.model.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ConvGeometry;
import org.convlab.core.PoolWindow;
import org.convlab.io.VisibleText;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;

/** Typed reads from a session's JSON tree, each failing with a message that names the field. */
final class SessionReader {
    private final String file;

    SessionReader(String file) {
        this.file = file;
    }

    SessionFormatException bad(String field, String what) {
        return new SessionFormatException(file, "\"" + field + "\" " + what);
    }

    /** A value as a message quotes it: its JSON, cut to its start when long. */
    private static String shown(JsonNode n) {
        String json = n.toString();
        return json.length() <= VisibleText.QUOTED_CHARS ? VisibleText.escaped(json) : VisibleText.quote(json);
    }

    private JsonNode field(JsonNode parent, String field) throws SessionFormatException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw bad(field, "is missing");
        }
        return n;
    }

    JsonNode object(JsonNode parent, String field) throws SessionFormatException {
        JsonNode n = field(parent, field);
        if (!n.isObject()) {
            throw bad(field, "must be an object");
        }
        return n;
    }

    int integer(JsonNode parent, String field, int min, int max) throws SessionFormatException {
        JsonNode n = field(parent, field);
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            throw bad(field, "must be a whole number from " + min + " to " + max + ", not " + shown(n));
        }
        return n.asInt();
    }

    /** A pair of whole numbers, {@code [rows, columns]}, each from min to max. */
    int[] pair(JsonNode parent, String field, int min, int max) throws SessionFormatException {
        JsonNode n = field(parent, field);
        if (!n.isArray() || n.size() != 2) {
            throw bad(field, "must be a pair [rows, columns], not " + shown(n));
        }
        int[] pair = new int[2];
        for (int i = 0; i < 2; i++) {
            JsonNode v = n.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
                throw bad(field, "must hold whole numbers from " + min + " to " + max + ", not " + shown(n));
            }
            pair[i] = v.asInt();
        }
        return pair;
    }

    long longValue(JsonNode parent, String field) throws SessionFormatException {
        JsonNode n = field(parent, field);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw bad(field, "must be a whole number, not " + shown(n));
        }
        return n.asLong();
    }

    float finite(JsonNode parent, String field) throws SessionFormatException {
        JsonNode n = field(parent, field);
        if (!n.isNumber() || !Float.isFinite((float) n.asDouble())) {
            throw bad(field, "must be a finite number, not " + shown(n));
        }
        return (float) n.asDouble();
    }

    double positive(JsonNode parent, String field) throws SessionFormatException {
        float v = finite(parent, field);
        if (!(v > 0)) {
            throw bad(field, "must be positive, not " + v);
        }
        return parent.get(field).asDouble();
    }

    double nonNegative(JsonNode parent, String field) throws SessionFormatException {
        float v = finite(parent, field);
        if (!(v >= 0)) {
            throw bad(field, "must be 0 or positive, not " + v);
        }
        return parent.get(field).asDouble();
    }

    boolean bool(JsonNode parent, String field) throws SessionFormatException {
        JsonNode n = field(parent, field);
        if (!n.isBoolean()) {
            throw bad(field, "must be true or false, not " + shown(n));
        }
        return n.asBoolean();
    }

    String text(JsonNode parent, String field, List<String> allowed) throws SessionFormatException {
        JsonNode n = field(parent, field);
        if (!n.isTextual() || !allowed.contains(n.asText())) {
            throw bad(field, "must be one of " + allowed + ", not " + shown(n));
        }
        return n.asText();
    }

    FMatrixRMaj matrix(JsonNode parent, String field, int maxSide) throws SessionFormatException {
        return matrix(field(parent, field), field, "", maxSide);
    }

    /**
     * A matrix of a list of them (a channel, a kernel of the bank), its problems told as the field's
     * and prefixed with where in the list it sits.
     */
    FMatrixRMaj matrix(JsonNode rows, String field, String at, int maxSide) throws SessionFormatException {
        if (rows == null || !rows.isArray() || rows.isEmpty() || !rows.get(0).isArray() || rows.get(0).isEmpty()) {
            throw bad(field, at + "must be a non-empty list of rows of numbers");
        }
        int cols = rows.get(0).size();
        if (rows.size() > maxSide || cols > maxSide) {
            throw bad(field, at + "is " + rows.size() + "x" + cols + "; at most " + maxSide + "x" + maxSide
                    + " is allowed");
        }
        FMatrixRMaj m = new FMatrixRMaj(rows.size(), cols);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (!row.isArray()) {
                throw bad(field, at + "row " + (i + 1) + " is not a list of numbers");
            }
            if (row.size() != cols) {
                throw bad(field, at + "row " + (i + 1) + " has " + row.size() + " values, row 1 has " + cols);
            }
            for (int j = 0; j < cols; j++) {
                JsonNode v = row.get(j);
                if (!v.isNumber() || !Float.isFinite((float) v.asDouble())) {
                    throw bad(field, at + "row " + (i + 1) + ", column " + (j + 1) + " is " + shown(v)
                            + ", not a finite number");
                }
                m.set(i, j, (float) v.asDouble());
            }
        }
        return m;
    }

    /** A non-empty list of at most {@code max} entries, each counted as one of {@code what}. */
    JsonNode array(JsonNode parent, String field, int max, String what) throws SessionFormatException {
        JsonNode n = field(parent, field);
        if (!n.isArray() || n.isEmpty()) {
            throw bad(field, "must be a non-empty list");
        }
        if (n.size() > max) {
            throw bad(field, "holds " + n.size() + " " + what + "; a session holds at most " + max);
        }
        return n;
    }

    /** Entry i of a list, which must be an object (a channel and its name). */
    JsonNode objectAt(JsonNode list, int i, String field, String at, String expected) throws SessionFormatException {
        JsonNode n = list.get(i);
        if (!n.isObject()) {
            throw bad(field, at + " must be " + expected + ", not " + shown(n));
        }
        return n;
    }

    /** Entry i of a list, which must be a list (a bank's row of kernels). */
    JsonNode listAt(JsonNode list, int i, String field, String at, String expected) throws SessionFormatException {
        JsonNode n = list.get(i);
        if (!n.isArray()) {
            throw bad(field, at + " must be " + expected + ", not " + shown(n));
        }
        return n;
    }

    /** A member of an entry of a list, which must be present. */
    JsonNode element(JsonNode entry, String key, String field, String at) throws SessionFormatException {
        JsonNode n = entry.get(key);
        if (n == null || n.isNull()) {
            throw bad(field, at + " has no \"" + key + "\"");
        }
        return n;
    }

    /** An entry's non-blank "name" of at most max characters. */
    String name(JsonNode entry, String field, String at, int max) throws SessionFormatException {
        JsonNode n = element(entry, "name", field, at);
        if (!n.isTextual() || n.asText().isBlank() || n.asText().length() > max) {
            throw bad(field, at + " needs a name of 1 to " + max + " characters, not " + shown(n));
        }
        return n.asText();
    }

    /** A non-empty list of at most max finite numbers. */
    List<Float> finiteList(JsonNode parent, String field, int max) throws SessionFormatException {
        JsonNode n = array(parent, field, max, "values");
        List<Float> values = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode v = n.get(i);
            if (!v.isNumber() || !Float.isFinite((float) v.asDouble())) {
                throw bad(field, "value " + (i + 1) + " is " + shown(v) + ", not a finite number");
            }
            values.add((float) v.asDouble());
        }
        return values;
    }

    /** A pooling window, its PyTorch range rules (padding at most half the window) refused as a format error. */
    PoolWindow poolWindow(int[] size, int[] stride, int[] padding) throws SessionFormatException {
        try {
            return new PoolWindow(size[0], size[1], stride[0], stride[1], padding[0], padding[1]);
        } catch (IllegalArgumentException e) {
            throw bad("pooling", e.getMessage());
        }
    }

    WorkspaceState state(FMatrixRMaj x, FMatrixRMaj k, float bias, ConvGeometry geometry, PoolingStage pooling)
            throws SessionFormatException {
        try {
            return new WorkspaceState(x, k, bias, geometry, pooling);
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(file, e.getMessage());
        }
    }

    /** A state of several channels; what the state refuses (shapes, counts) is the file's refusal. */
    WorkspaceState state(List<FMatrixRMaj> inputs, List<String> names, List<List<FMatrixRMaj>> bank,
                         List<Float> biases, ConvGeometry geometry, PoolingStage pooling)
            throws SessionFormatException {
        try {
            return new WorkspaceState(inputs, names, bank, biases, geometry, pooling);
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(file, e.getMessage());
        }
    }
}
