package org.convlab.model.lesson;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ChapterExercises;
import org.convlab.core.ConvGeometry;
import org.convlab.core.Shapes;
import org.convlab.io.VisibleText;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.LessonFormatException.Problem;
import org.ejml.data.FMatrixRMaj;

/**
 * The channels of a step's setup (format 4, D2L 6.4): X as {@code "inputs"}, a list of matrices
 * with optional {@code "channelNames"}, K as {@code "kernels"}, one list of C_in kernels per output
 * channel, and {@code "biases"}, one per output channel. A setup of format 3 writes {@code "input"},
 * {@code "kernel"} and {@code "bias"}, which read as one channel each; the two may be mixed
 * (one input channel with a bank of several outputs).
 *
 * @param inputs  X[c]
 * @param names   one name per input channel, or null for c0, c1, ...
 * @param kernels K[o][c]
 * @param biases  b[o]
 */
record ChannelSetup(List<FMatrixRMaj> inputs, List<String> names, List<List<FMatrixRMaj>> kernels,
                    List<Float> biases) {
    /** A channel name longer than this would not fit over its panel. */
    static final int MAX_NAME_LENGTH = 12;

    /**
     * Reads and checks the channels of a setup: every count and shape agrees, at most
     * {@link WorkspaceState#MAX_CHANNELS} of each, as the window edits them.
     */
    static ChannelSetup read(LessonNode setup) throws LessonFormatException {
        List<FMatrixRMaj> inputs = setup.has("inputs")
                ? firsts(setup.matrices("inputs", false, ChapterExercises::input, ChapterExercises.inputNames()))
                : List.of(setup.matrix("input", ChapterExercises::input, ChapterExercises.inputNames()));
        requireCount(setup, "inputs", inputs.size(), WorkspaceState.MAX_CHANNELS);
        requireOneShape(setup, "inputs", inputs, 0);
        List<String> names = setup.has("channelNames") ? names(setup, inputs.size()) : null;
        List<List<FMatrixRMaj>> kernels = setup.has("kernels")
                ? setup.matrices("kernels", true, ChapterExercises::kernel, ChapterExercises.kernelNames())
                : List.of(List.of(setup.matrix("kernel", ChapterExercises::kernel, ChapterExercises.kernelNames())));
        requireCount(setup, "kernels", kernels.size(), WorkspaceState.MAX_CHANNELS);
        List<FMatrixRMaj> all = new ArrayList<>();
        for (int o = 0; o < kernels.size(); o++) {
            if (kernels.get(o).size() != inputs.size()) {
                throw setup.problem(setup.at("kernels") + "[" + o + "]", Problem.COUNT_MISMATCH,
                        kernels.get(o).size(), inputs.size());
            }
            all.addAll(kernels.get(o));
        }
        requireOneShape(setup, "kernels", all, inputs.size());
        List<Float> biases = new ArrayList<>();
        if (setup.has("biases")) {
            for (double b : setup.numbers("biases")) {
                biases.add((float) b);
            }
            if (biases.size() != kernels.size()) {
                throw setup.problem(setup.at("biases"), Problem.COUNT_MISMATCH, biases.size(), kernels.size());
            }
        } else {
            float b = (float) setup.number("bias", 0);
            kernels.forEach(row -> biases.add(b));
        }
        return new ChannelSetup(inputs, names, kernels, biases);
    }

    /**
     * The workspace these channels make.
     *
     * @param geometry padding, stride and dilation
     * @param pooling  the pooling stage
     * @return the state
     */
    WorkspaceState state(ConvGeometry geometry, PoolingStage pooling) {
        return new WorkspaceState(inputs, names, kernels, biases, geometry, pooling);
    }

    private static List<FMatrixRMaj> firsts(List<List<FMatrixRMaj>> lists) {
        return lists.stream().map(l -> l.get(0)).toList();
    }

    private static List<String> names(LessonNode setup, int channels) throws LessonFormatException {
        List<String> names = setup.texts("channelNames");
        if (names.size() != channels) {
            throw setup.problem(setup.at("channelNames"), Problem.COUNT_MISMATCH, names.size(), channels);
        }
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
                throw setup.problem(setup.at("channelNames") + "[" + c + "]", Problem.OUT_OF_RANGE,
                        VisibleText.cut(name), "1", MAX_NAME_LENGTH + " characters");
            }
        }
        return names;
    }

    private static void requireCount(LessonNode setup, String field, int count, int max) throws LessonFormatException {
        if (count > max) {
            throw setup.problem(setup.at(field), Problem.OUT_OF_RANGE, count, 1, max);
        }
    }

    /** Every matrix has the first one's shape; the one that has not is named by its place, "kernels[1][0]". */
    private static void requireOneShape(LessonNode setup, String field, List<FMatrixRMaj> matrices, int perRow)
            throws LessonFormatException {
        for (int i = 1; i < matrices.size(); i++) {
            if (!Shapes.sameShape(matrices.get(0), matrices.get(i))) {
                String where = perRow == 0 ? setup.at(field) + "[" + i + "]"
                        : setup.at(field) + "[" + i / perRow + "][" + i % perRow + "]";
                throw setup.problem(where, Problem.CHANNEL_SHAPE, Shapes.of(matrices.get(i)), Shapes.of(matrices.get(0)));
            }
        }
    }
}
