package org.convlab.model.lesson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convlab.core.ChapterExercises;
import org.convlab.core.Shapes;
import org.convlab.core.ConvGeometry;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.LessonFormatException.Problem;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a lesson file (JSON, described in the README): checks every field, resolves presets, and
 * checks every claim against the arithmetic, so a lesson that loads is one the app can teach.
 */
public final class LessonReader {
    /** The newest lesson file format this version reads. */
    public static final int FORMAT_VERSION = 4;
    private static final double DEFAULT_LEARNING_RATE = 0.03;
    private static final int DEFAULT_EPOCHS = 10;
    private static final int MAX_EPOCHS = 10_000;
    /**
     * The most arithmetic (multiply-adds, as {@link ClaimCheck#work} counts them) the claims of one
     * file may ask for, about a second: a file must not keep the app loading.
     */
    static final long MAX_CHECK_WORK = 200_000_000;
    private static final String BYTE_ORDER_MARK = "\ufeff";

    /** Lenient where a hand-written file benefits (comments, trailing commas), exact about numbers. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private LessonReader() {
    }

    /**
     * Reads a lesson.
     *
     * @param text the file's content
     * @param file the file's name, for messages
     * @return the lesson
     * @throws LessonFormatException saying what is wrong and where
     */
    public static Lesson read(String text, String file) throws LessonFormatException {
        JsonNode tree;
        JsonParser parser = null;
        try {
            parser = JSON.createParser(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
            tree = JSON.readTree(parser);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 || parser == null
                    ? e.getLocation() : parser.currentLocation();
            throw new LessonFormatException(file, 0, "", Problem.NOT_JSON, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new LessonFormatException(file, 0, "", Problem.WRONG_TYPE, "object");
        }
        LessonNode root = new LessonNode(tree, file, 0, "");
        long version = root.integer("formatVersion", 1, Integer.MAX_VALUE);
        if (version > FORMAT_VERSION) {
            throw root.problem("formatVersion", Problem.NEWER_VERSION, version, FORMAT_VERSION);
        }
        String title = root.text("title");
        List<LessonStep> steps = new ArrayList<>();
        long[] workLeft = {MAX_CHECK_WORK};
        for (LessonNode step : root.objects("steps", true)) {
            steps.add(step(step, workLeft));
        }
        if (steps.isEmpty()) {
            throw root.problem("steps", Problem.NO_STEPS);
        }
        return new Lesson(title, steps, file);
    }

    private static LessonStep step(LessonNode node, long[] workLeft) throws LessonFormatException {
        LessonNode setup = node.object("setup");
        ChannelSetup channels = ChannelSetup.read(setup);
        FMatrixRMaj kernel = channels.kernels().get(0).get(0);
        ConvGeometry geometry = geometry(setup, ConvGeometry.VALID);
        requireFits(setup, setup.has("kernels") ? "kernels" : "kernel", channels.inputs().get(0), kernel, geometry);
        WorkspaceState state = channels.state(geometry,
                setup.has("pooling") ? pooling(setup.object("pooling")) : PoolingStage.OFF);
        Optional<TrainingSetup> training = Optional.empty();
        if (setup.has("training")) {
            training = Optional.of(training(setup.object("training"), kernel));
        }
        LessonPane pane = setup.choice("pane", LessonPane.class,
                training.isPresent() ? LessonPane.TRAINING : LessonPane.WORKSPACE);
        boolean exercise = node.choice("kind", StepKind.class, StepKind.CHAPTER) == StepKind.EXERCISE;
        LessonStep draft = new LessonStep(node.text("id"), node.text("title"), node.text("look"),
                node.text("try", ""), node.text("question", ""), exercise, state, training, pane, List.of());
        List<Claim> claims = new ArrayList<>();
        if (node.has("claims")) {
            for (LessonNode claim : node.objects("claims", false)) {
                claims.add(ClaimReader.claim(claim, draft));
            }
        }
        LessonStep step = new LessonStep(draft.id(), draft.title(), draft.look(), draft.tryThis(), draft.question(),
                exercise, state, training, pane, claims);
        for (int i = 0; i < claims.size(); i++) {
            String where = "claims[" + i + "]";
            Optional<ClaimCheck.Mismatch> m;
            try {
                long work = ClaimCheck.work(step, claims.get(i));
                if (work > workLeft[0]) {
                    throw node.problem(where, Problem.TOO_MUCH_WORK, work, MAX_CHECK_WORK);
                }
                workLeft[0] -= work;
                m = ClaimCheck.check(step, claims.get(i));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw node.problem(where, Problem.UNCHECKABLE_CLAIM, e.getMessage());
            }
            if (m.isPresent()) {
                throw node.problem(where, Problem.FALSE_CLAIM, m.get().claimed(), m.get().actual());
            }
        }
        return step;
    }

    private static TrainingSetup training(LessonNode node, FMatrixRMaj kernel) throws LessonFormatException {
        TrainingSetup.Init init = node.choice("init", TrainingSetup.Init.class, null);
        FMatrixRMaj custom = null;
        if (init == TrainingSetup.Init.CUSTOM) {
            custom = node.matrix("kernel", ChapterExercises::kernel, ChapterExercises.kernelNames());
            requireShape(node, "kernel", custom, kernel);
        } else if (init == TrainingSetup.Init.BOOK_RUN) {
            requireShape(node, "init", new FMatrixRMaj(1, 2), kernel);
        }
        double rate = node.number("learningRate", DEFAULT_LEARNING_RATE);
        if (!(rate > 0)) {
            throw node.problem(node.at("learningRate"), Problem.OUT_OF_RANGE, rate, "0+", "∞");
        }
        int epochs = (int) node.integer("epochs", 1, MAX_EPOCHS, DEFAULT_EPOCHS);
        long seed = node.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, 0);
        return new TrainingSetup(init, custom, rate, epochs, node.bool("bias", false), seed);
    }

    static void requireFits(LessonNode node, String field, FMatrixRMaj input, FMatrixRMaj kernel,
                            ConvGeometry geometry) throws LessonFormatException {
        if (geometry.isValid() && (kernel.numRows > input.numRows || kernel.numCols > input.numCols)) {
            throw node.problem(node.at(field), Problem.KERNEL_TOO_LARGE, Shapes.of(kernel), Shapes.of(input));
        }
        if (geometry.outputRows(input.numRows, kernel.numRows) < 1
                || geometry.outputCols(input.numCols, kernel.numCols) < 1) {
            throw node.problem(node.at(field), Problem.EMPTY_OUTPUT, Shapes.of(kernel), Shapes.of(input), geometry);
        }
    }

    /**
     * The padding, stride and dilation a setup or a variation names, each a whole number or a pair
     * {@code [rows, columns]} as {@code nn.Conv2d} takes them; what it does not name comes from
     * {@code base}.
     */
    static ConvGeometry geometry(LessonNode node, ConvGeometry base) throws LessonFormatException {
        int[] padding = node.pair("padding", 0, ConvGeometry.LARGEST, new int[] {base.padRows(), base.padCols()});
        int[] stride = node.pair("stride", 1, ConvGeometry.LARGEST, new int[] {base.strideRows(), base.strideCols()});
        int[] dilation = node.pair("dilation", 1, ConvGeometry.LARGEST, new int[] {base.dilationRows(), base.dilationCols()});
        return new ConvGeometry(padding[0], padding[1], stride[0], stride[1], dilation[0], dilation[1]);
    }

    /**
     * A pooling stage, switched on: {@code {"window": 2, "stride": 1, "padding": 0, "mode": "max"}},
     * each size a whole number or {@code [rows, columns]}; the stride defaults to the window and
     * the padding to 0, as in {@code nn.MaxPool2d}, and padding over half the window is refused.
     */
    static PoolingStage pooling(LessonNode node) throws LessonFormatException {
        int[] window = node.pair("window", 1, ConvGeometry.LARGEST, null);
        if (window == null) {
            throw node.problem(node.at("window"), Problem.MISSING_FIELD, "window");
        }
        int[] stride = node.pair("stride", 1, ConvGeometry.LARGEST, window);
        int[] padding = node.pair("padding", 0, ConvGeometry.LARGEST, new int[] {0, 0});
        for (int side = 0; side < 2; side++) {
            if (padding[side] > window[side] / 2) {
                throw node.problem(node.at("padding"), Problem.OUT_OF_RANGE, padding[side], 0, window[side] / 2);
            }
        }
        return new PoolingStage(true, new PoolWindow(window[0], window[1], stride[0], stride[1], padding[0], padding[1]),
                node.choice("mode", PoolMode.class, PoolMode.MAX));
    }

    /**
     * Whether a node names any of padding, stride and dilation.
     */
    static boolean namesGeometry(LessonNode node) {
        return node.has("padding") || node.has("stride") || node.has("dilation");
    }

    private static void requireShape(LessonNode node, String field, FMatrixRMaj actual, FMatrixRMaj kernel)
            throws LessonFormatException {
        if (actual.numRows != kernel.numRows || actual.numCols != kernel.numCols) {
            throw node.problem(node.at(field), Problem.WRONG_SHAPE, Shapes.of(actual), Shapes.of(kernel));
        }
    }

    /** Whether a step follows the chapter's text or is one of its exercises. */
    private enum StepKind {
        CHAPTER, EXERCISE
    }
}
