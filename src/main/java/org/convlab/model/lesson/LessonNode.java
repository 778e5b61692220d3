package org.convlab.model.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.convlab.io.VisibleText;
import org.convlab.model.lesson.LessonFormatException.Problem;
import org.ejml.data.FMatrixRMaj;

/**
 * A JSON object of a lesson file together with where it sits (file, step, field path), so that
 * every value read from it is checked and every problem names its place. Unknown fields are
 * ignored, so newer files with extra fields still load.
 */
final class LessonNode {
    /** The most decimals a number in a lesson may be written with. */
    static final int MAX_DECIMALS = 20;

    private final JsonNode node;
    private final String file;
    private final int step;
    private final String path;

    LessonNode(JsonNode node, String file, int step, String path) {
        this.node = node;
        this.file = file;
        this.step = step;
        this.path = path;
    }

    LessonFormatException problem(String field, Problem problem, Object... args) {
        return new LessonFormatException(file, step, field, problem, args);
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    private JsonNode required(String name) throws LessonFormatException {
        if (!has(name)) {
            throw problem(at(name), Problem.MISSING_FIELD, name);
        }
        return node.get(name);
    }

    String text(String name) throws LessonFormatException {
        JsonNode v = required(name);
        if (!v.isTextual()) {
            throw problem(at(name), Problem.WRONG_TYPE, "text");
        }
        return v.asText();
    }

    String text(String name, String fallback) throws LessonFormatException {
        return has(name) ? text(name) : fallback;
    }

    boolean bool(String name, boolean fallback) throws LessonFormatException {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw problem(at(name), Problem.WRONG_TYPE, "boolean");
        }
        return v.asBoolean();
    }

    double number(String name) throws LessonFormatException {
        return number(at(name), required(name));
    }

    double number(String name, double fallback) throws LessonFormatException {
        return has(name) ? number(name) : fallback;
    }

    /**
     * The number of decimals the file writes a number with ("1.0010" has 4), 0 for integers. A
     * number written with more than {@link #MAX_DECIMALS} ("1.9E-300000") is refused: comparing at
     * that precision would take time and memory growing with the exponent.
     */
    int decimals(String name) throws LessonFormatException {
        JsonNode v = node.get(name);
        int decimals = v != null && v.isBigDecimal() ? Math.max(0, v.decimalValue().scale()) : 0;
        if (decimals > MAX_DECIMALS) {
            throw problem(at(name), Problem.OUT_OF_RANGE, shown(v), 0, MAX_DECIMALS + " decimals");
        }
        return decimals;
    }

    long integer(String name, long min, long max) throws LessonFormatException {
        JsonNode v = required(name);
        if (!v.isIntegralNumber() && !(v.isBigDecimal() && v.decimalValue().stripTrailingZeros().scale() <= 0)) {
            throw problem(at(name), Problem.WRONG_TYPE, "integer");
        }
        if (!v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw problem(at(name), Problem.OUT_OF_RANGE, shown(v), min, max);
        }
        return v.asLong();
    }

    long integer(String name, long min, long max, long fallback) throws LessonFormatException {
        return has(name) ? integer(name, min, max) : fallback;
    }

    /**
     * A whole number for rows and columns alike, or a pair {@code [rows, columns]}, as
     * {@code nn.Conv2d} takes its padding, stride and dilation.
     */
    int[] pair(String name, int min, int max, int[] fallback) throws LessonFormatException {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            int n = (int) integer(name, min, max);
            return new int[] {n, n};
        }
        if (v.size() != 2) {
            throw problem(at(name), Problem.WRONG_TYPE, "pair");
        }
        int[] pair = new int[2];
        for (int i = 0; i < 2; i++) {
            JsonNode e = v.get(i);
            if (!e.isIntegralNumber()) {
                throw problem(at(name), Problem.WRONG_TYPE, "pair");
            }
            if (!e.canConvertToInt() || e.asInt() < min || e.asInt() > max) {
                throw problem(at(name), Problem.OUT_OF_RANGE, shown(e), min, max);
            }
            pair[i] = e.asInt();
        }
        return pair;
    }

    LessonNode object(String name) throws LessonFormatException {
        JsonNode v = required(name);
        if (!v.isObject()) {
            throw problem(at(name), Problem.WRONG_TYPE, "object");
        }
        return new LessonNode(v, file, step, at(name));
    }

    Optional<LessonNode> optionalObject(String name) throws LessonFormatException {
        return has(name) ? Optional.of(object(name)) : Optional.empty();
    }

    /** The objects of an array field; when they are the lesson's steps, each is numbered as its own step. */
    List<LessonNode> objects(String name, boolean areSteps) throws LessonFormatException {
        JsonNode v = required(name);
        if (!v.isArray()) {
            throw problem(at(name), Problem.WRONG_TYPE, "array");
        }
        List<LessonNode> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String where = at(name) + "[" + i + "]";
            if (!v.get(i).isObject()) {
                throw new LessonFormatException(file, areSteps ? i + 1 : step, areSteps ? "" : where,
                        Problem.WRONG_TYPE, "object");
            }
            out.add(areSteps ? new LessonNode(v.get(i), file, i + 1, "") : new LessonNode(v.get(i), file, step, where));
        }
        return out;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) throws LessonFormatException {
        if (!has(name)) {
            if (fallback == null) {
                throw problem(at(name), Problem.MISSING_FIELD, name);
            }
            return fallback;
        }
        String word = text(name);
        String constant = word.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().replace("_", "").equals(constant.replace("_", ""))) {
                return e;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        throw problem(at(name), Problem.UNKNOWN_CHOICE, VisibleText.cut(word), String.join(", ", allowed));
    }

    /**
     * A matrix field: a preset's name, a row [1, -1], or rows [[0, 1], [2, 3]].
     *
     * @param name    the field
     * @param presets looks a name up
     * @param known   the known names, for the message
     */
    FMatrixRMaj matrix(String name, Function<String, Optional<FMatrixRMaj>> presets, Set<String> known)
            throws LessonFormatException {
        return matrix(at(name), required(name), presets, known);
    }

    /**
     * A list field of matrices, {@code [[[1, 0]], [[0, 1]]]}: each element a matrix as
     * {@link #matrix} reads it, or when {@code nested} a list of such matrices (a bank's rows).
     *
     * @return one list per element; a single matrix per element when not nested
     */
    List<List<FMatrixRMaj>> matrices(String name, boolean nested, Function<String, Optional<FMatrixRMaj>> presets,
                                     Set<String> known) throws LessonFormatException {
        JsonNode v = required(name);
        if (!v.isArray()) {
            throw problem(at(name), Problem.WRONG_TYPE, "array");
        }
        if (v.isEmpty()) {
            throw problem(at(name), Problem.EMPTY_MATRIX);
        }
        List<List<FMatrixRMaj>> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String where = at(name) + "[" + i + "]";
            JsonNode e = v.get(i);
            if (!nested) {
                out.add(List.of(matrix(where, e, presets, known)));
                continue;
            }
            if (!e.isArray() || e.isEmpty()) {
                throw problem(where, Problem.WRONG_TYPE, "array");
            }
            List<FMatrixRMaj> row = new ArrayList<>();
            for (int j = 0; j < e.size(); j++) {
                row.add(matrix(where + "[" + j + "]", e.get(j), presets, known));
            }
            out.add(row);
        }
        return out;
    }

    /** A list field of numbers, {@code [0.5, -1]}. */
    List<Double> numbers(String name) throws LessonFormatException {
        JsonNode v = required(name);
        if (!v.isArray()) {
            throw problem(at(name), Problem.WRONG_TYPE, "array");
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(number(at(name) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    /** A list field of texts, {@code ["R", "G", "B"]}. */
    List<String> texts(String name) throws LessonFormatException {
        JsonNode v = required(name);
        if (!v.isArray()) {
            throw problem(at(name), Problem.WRONG_TYPE, "array");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw problem(at(name) + "[" + i + "]", Problem.WRONG_TYPE, "text");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    private FMatrixRMaj matrix(String where, JsonNode v, Function<String, Optional<FMatrixRMaj>> presets,
                               Set<String> known) throws LessonFormatException {
        if (v.isTextual()) {
            return presets.apply(v.asText()).orElseThrow(() -> problem(where, Problem.UNKNOWN_PRESET,
                    VisibleText.cut(v.asText()),
                    String.join(", ", known)));
        }
        if (!v.isArray()) {
            throw problem(where, Problem.WRONG_TYPE, "matrix");
        }
        if (v.isEmpty()) {
            throw problem(where, Problem.EMPTY_MATRIX);
        }
        boolean oneRow = !v.get(0).isArray();
        int rows = oneRow ? 1 : v.size();
        int cols = oneRow ? v.size() : v.get(0).size();
        if (cols == 0) {
            throw problem(where, Problem.EMPTY_MATRIX);
        }
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            JsonNode row = oneRow ? v : v.get(i);
            String rowWhere = oneRow ? where : where + "[" + i + "]";
            if (!row.isArray()) {
                throw problem(rowWhere, Problem.WRONG_TYPE, "array");
            }
            if (row.size() != cols) {
                throw problem(rowWhere, Problem.RAGGED_MATRIX, i + 1, row.size(), cols);
            }
            for (int j = 0; j < cols; j++) {
                m.set(i, j, (float) number(rowWhere + "[" + j + "]", row.get(j)));
            }
        }
        return m;
    }

    private double number(String where, JsonNode v) throws LessonFormatException {
        if (!v.isNumber()) {
            throw problem(where, Problem.WRONG_TYPE, "number");
        }
        // Through the text, in time linear in its length, whatever the exponent.
        double d = v.isBigDecimal() ? Double.parseDouble(v.decimalValue().toString()) : v.asDouble();
        if (!Float.isFinite((float) d)) {
            throw problem(where, Problem.NOT_FINITE, shown(v));
        }
        return d;
    }

    /** A number as a message quotes it, in scientific notation when its exponent is large. */
    private static String shown(JsonNode v) {
        return VisibleText.cut(v.isBigDecimal() ? v.decimalValue().toString() : v.asText());
    }
}
