package org.convlab.model.lesson;

import java.util.Optional;
import java.util.Set;
import org.convlab.core.ChapterExercises;
import org.convlab.core.ConvGeometry;
import org.convlab.io.VisibleText;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.LessonFormatException.Problem;
import org.ejml.data.FMatrixRMaj;

/** Reads the claims of a step: {"kind": "output", "value": [[19, 25], [37, 43]]} and the like. */
final class ClaimReader {
    private ClaimReader() {
    }

    /** The kinds of claim a lesson file can make; each maps to a {@link Claim} record. */
    private enum Kind {
        OUTPUT, CELL, CELL_SUM, ALL, COUNT, SHAPE, LOSS, TRAINED_KERNEL, DIVERGES, STABLE_RATE_LIMIT, MATRIX_FORM,
        POOLED, POOLED_SHAPE, SHIFT_CHANGES, CHANNEL_OUTPUT, STACK_SHAPE, BANK_SHAPE, MATRIX_PRODUCT, COST,
        COMPOSITION, PATCH_MATRIX, CHANNEL_POOLED
    }

    static Claim claim(LessonNode node, LessonStep step) throws LessonFormatException {
        Kind kind = node.choice("kind", Kind.class, null);
        Variation with = node.has("with") ? variation(node.object("with"), step.setup()) : Variation.NONE;
        int big = Integer.MAX_VALUE;
        return switch (kind) {
            case OUTPUT -> new Claim.Output(node.matrix("value", name -> Optional.empty(), Set.of()), (int) node.integer("decimals", 0, 8, 4), with);
            case CELL -> new Claim.Cell((int) node.integer("row", 0, big), (int) node.integer("col", 0, big),
                    node.number("value"), decimals(node, "value"), with);
            case CELL_SUM -> new Claim.CellSum((int) node.integer("row", 0, big), (int) node.integer("col", 0, big),
                    with);
            case ALL -> new Claim.All(node.number("value"), with);
            case COUNT -> new Claim.Count(node.number("value"), (int) node.integer("count", 0, big), with);
            case SHAPE -> new Claim.Shape((int) node.integer("rows", 1, big), (int) node.integer("cols", 1, big), with);
            case LOSS -> new Claim.Loss((int) node.integer("epoch", 1, big), node.number("value"),
                    decimals(node, "value"), with);
            case TRAINED_KERNEL -> new Claim.TrainedKernel(node.matrix("value", name -> Optional.empty(), Set.of()), (int) node.integer("decimals", 0, 8, 4), with);
            case DIVERGES -> new Claim.Diverges(with);
            case STABLE_RATE_LIMIT -> rateLimit(node, with);
            case MATRIX_FORM -> new Claim.MatrixForm((int) node.integer("rows", 1, big),
                    (int) node.integer("cols", 1, big), (int) node.integer("nonzeros", 0, big), with);
            case POOLED -> new Claim.Pooled(node.matrix("value", name -> Optional.empty(), Set.of()),
                    (int) node.integer("decimals", 0, 8, 4), with);
            case POOLED_SHAPE -> new Claim.PooledShape((int) node.integer("rows", 1, big),
                    (int) node.integer("cols", 1, big), with);
            case SHIFT_CHANGES -> new Claim.ShiftChanges((int) node.integer("y", 0, big), (int) node.integer("z", 0, big),
                    with);
            case CHANNEL_OUTPUT -> new Claim.ChannelOutput((int) node.integer("channel", 0, big),
                    literal(node, "value"), (int) node.integer("decimals", 0, 8, 4), with);
            case STACK_SHAPE -> new Claim.StackShape((int) node.integer("channels", 1, big),
                    (int) node.integer("rows", 1, big), (int) node.integer("cols", 1, big), with);
            case BANK_SHAPE -> new Claim.BankShape((int) node.integer("outputs", 1, big),
                    (int) node.integer("inputs", 1, big), (int) node.integer("rows", 1, big),
                    (int) node.integer("cols", 1, big), with);
            case MATRIX_PRODUCT -> new Claim.ProductPaths((int) node.integer("differing", 0, big),
                    (int) node.integer("decimals", 0, 8), with);
            case COST -> cost(node, with);
            case COMPOSITION -> new Claim.Composition(literal(node, "first"), literal(node, "second"), with);
            case PATCH_MATRIX -> new Claim.PatchMatrix((int) node.integer("rows", 1, big),
                    (int) node.integer("cols", 1, big), with);
            case CHANNEL_POOLED -> new Claim.ChannelPooled((int) node.integer("channel", 0, big),
                    literal(node, "value"), (int) node.integer("decimals", 0, 8, 4), with);
        };
    }

    private static FMatrixRMaj literal(LessonNode node, String field) throws LessonFormatException {
        return node.matrix(field, name -> Optional.empty(), Set.of());
    }

    /** A layer's cost: any of multiplyAdds, parameters and outputs, at least one. */
    private static Claim cost(LessonNode node, Variation with) throws LessonFormatException {
        Long[] parts = new Long[3];
        String[] names = {"multiplyAdds", "parameters", "outputs"};
        for (int i = 0; i < parts.length; i++) {
            parts[i] = node.has(names[i]) ? node.integer(names[i], 0, Long.MAX_VALUE) : null;
        }
        if (parts[0] == null && parts[1] == null && parts[2] == null) {
            throw node.problem(node.at(names[0]), Problem.MISSING_FIELD, names[0]);
        }
        return new Claim.LayerCost(parts[0], parts[1], parts[2], with);
    }

    private static int decimals(LessonNode node, String field) throws LessonFormatException {
        return node.has("decimals") ? (int) node.integer("decimals", 0, 8) : node.decimals(field);
    }

    /** A limit written "1/30" or "0.0333"; compared to 4 decimals unless the claim says otherwise. */
    private static Claim rateLimit(LessonNode node, Variation with) throws LessonFormatException {
        String written = node.text("value");
        String[] parts = written.split("/");
        double value;
        try {
            value = parts.length == 2 ? Double.parseDouble(parts[0].trim()) / Double.parseDouble(parts[1].trim())
                    : Double.parseDouble(written.trim());
        } catch (NumberFormatException e) {
            throw node.problem(node.at("value"), Problem.WRONG_TYPE, "number");
        }
        if (!Double.isFinite(value)) {
            throw node.problem(node.at("value"), Problem.NOT_FINITE, VisibleText.cut(written));
        }
        return new Claim.StableRateLimit(written, value, (int) node.integer("decimals", 0, 8, 4), with);
    }

    private static Variation variation(LessonNode node, WorkspaceState setup) throws LessonFormatException {
        FMatrixRMaj input = node.has("input")
                ? node.matrix("input", ChapterExercises::input, ChapterExercises.inputNames()) : null;
        FMatrixRMaj kernel = node.has("kernel")
                ? node.matrix("kernel", ChapterExercises::kernel, ChapterExercises.kernelNames()) : null;
        ConvGeometry geometry = LessonReader.namesGeometry(node) ? LessonReader.geometry(node, setup.geometry()) : null;
        LessonReader.requireFits(node, kernel != null ? "kernel" : "input", input != null ? input : setup.input(),
                kernel != null ? kernel : setup.kernel(), geometry != null ? geometry : setup.geometry());
        Float bias = node.has("bias") ? (float) node.number("bias") : null;
        PoolingStage pooling = node.has("pooling") ? LessonReader.pooling(node.object("pooling")) : null;
        Double rate = node.has("learningRate") ? node.number("learningRate") : null;
        if (rate != null && !(rate > 0)) {
            throw node.problem(node.at("learningRate"), Problem.OUT_OF_RANGE, rate, "0+", "∞");
        }
        Integer epochs = node.has("epochs") ? (int) node.integer("epochs", 1, 10_000) : null;
        Integer inputs = node.has("inputChannels")
                ? (int) node.integer("inputChannels", 1, WorkspaceState.MAX_CHANNELS) : null;
        Integer outputs = node.has("outputChannels")
                ? (int) node.integer("outputChannels", 1, WorkspaceState.MAX_CHANNELS) : null;
        return new Variation(input, kernel, bias, geometry, pooling, rate, epochs, inputs, outputs);
    }
}
