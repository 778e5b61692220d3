package org.convlab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.convlab.core.Chapter;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.KernelInit;
import org.convlab.core.Trainer;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/** {@code convlab d2l [SECTION]}: replays a section (6.2 unless named) and prints its outputs as the book does. */
final class D2lCommand implements Command {
    private final Map<String, Consumer<PrintStream>> sections = new LinkedHashMap<>();

    D2lCommand() {
        sections.put("6.2", D2lCommand::convolutionsForImages);
        sections.put("6.5", PoolingSection::print);
    }

    @Override
    public String name() {
        return "d2l";
    }

    @Override
    public String help() {
        return String.join("\n",
                "usage: convlab d2l [SECTION]",
                "",
                "Replays a D2L section, 6.2 unless another is named, and prints its outputs in order.",
                "Sections: " + String.join(", ", sections.keySet()) + ".",
                "",
                "6.2 \"Convolutions for Images\" prints its outputs in order,",
                "formatted as PyTorch prints them, separated by blank lines:",
                "corr2d of the 3x3 example, the 6x8 edge image, its edges under K = [1, -1], the",
                "transposed image's all-zero output, the ten training lines from the initial kernel",
                "[[0.3314, -0.4786]] with lr 0.03, and the learned kernel.",
                "6.5 \"Pooling\" prints max and average pooling of its 3x3 example, then nn.MaxPool2d",
                "with default stride, padding and stride, a 2x3 window, and over two channels.");
    }

    @Override
    public int run(String[] args, PrintStream out) throws UsageException {
        boolean named = args.length > 0 && !args[0].startsWith("--");
        String section = named ? args[0] : "6.2";
        Arguments.parse(name(), named ? Arrays.copyOfRange(args, 1, args.length) : args, Set.of(), Set.of());
        Consumer<PrintStream> replay = sections.get(section);
        if (replay == null) {
            throw new UsageException(name() + ": unknown section '" + section + "'; sections: "
                    + String.join(", ", sections.keySet()));
        }
        replay.accept(out);
        return 0;
    }

    private static void convolutionsForImages(PrintStream out) {
        out.println(TorchFormat.tensor(CrossCorrelation.corr2d(Chapter.exampleInput(), Chapter.exampleKernel())));
        out.println();
        FMatrixRMaj x = Chapter.edgeImage();
        out.println(TorchFormat.tensor(x));
        out.println();
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Chapter.edgeKernel());
        out.println(TorchFormat.tensor(y));
        out.println();
        out.println(TorchFormat.tensor(CrossCorrelation.corr2d(CommonOps_FDRM.transpose(x, null), Chapter.edgeKernel())));
        out.println();
        Trainer trainer = new Trainer(x, y, KernelInit.bookRun(), false, Chapter.LEARNING_RATE);
        trainer.run(Chapter.EPOCHS).forEach(r -> out.println(TrainingLog.line(r)));
        out.println();
        out.println(TorchFormat.tensor(trainer.kernel()));
    }
}
