package org.convlab.model.session;

import com.fasterxml.jackson.databind.JsonNode;
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

    private SessionFormatException bad(String field, String what) {
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
        JsonNode rows = field(parent, field);
        if (!rows.isArray() || rows.isEmpty() || !rows.get(0).isArray() || rows.get(0).isEmpty()) {
            throw bad(field, "must be a non-empty list of rows of numbers");
        }
        int cols = rows.get(0).size();
        if (rows.size() > maxSide || cols > maxSide) {
            throw bad(field, "is " + rows.size() + "x" + cols + "; at most " + maxSide + "x" + maxSide
                    + " is allowed");
        }
        FMatrixRMaj m = new FMatrixRMaj(rows.size(), cols);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (!row.isArray()) {
                throw bad(field, "row " + (i + 1) + " is not a list of numbers");
            }
            if (row.size() != cols) {
                throw bad(field, "row " + (i + 1) + " has " + row.size() + " values, row 1 has " + cols);
            }
            for (int j = 0; j < cols; j++) {
                JsonNode v = row.get(j);
                if (!v.isNumber() || !Float.isFinite((float) v.asDouble())) {
                    throw bad(field, "row " + (i + 1) + ", column " + (j + 1) + " is " + shown(v)
                            + ", not a finite number");
                }
                m.set(i, j, (float) v.asDouble());
            }
        }
        return m;
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
}
