package org.convlab.cli;

import java.io.PrintStream;
import java.util.Set;
import org.convlab.core.Chapter;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.KernelInit;
import org.convlab.core.Trainer;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/** {@code convlab d2l}: replays section 6.2 and prints each of its outputs as the book does. */
final class D2lCommand implements Command {
    @Override
    public String name() {
        return "d2l";
    }

    @Override
    public String help() {
        return String.join("\n",
                "usage: convlab d2l",
                "",
                "Replays D2L section 6.2 \"Convolutions for Images\" and prints its outputs in order,",
                "formatted as PyTorch prints them, separated by blank lines:",
                "corr2d of the 3x3 example, the 6x8 edge image, its edges under K = [1, -1], the",
                "transposed image's all-zero output, the ten training lines from the initial kernel",
                "[[0.3314, -0.4786]] with lr 0.03, and the learned kernel.");
    }

    @Override
    public int run(String[] args, PrintStream out) throws UsageException {
        Arguments.parse(name(), args, Set.of(), Set.of());
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
        return 0;
    }
}
