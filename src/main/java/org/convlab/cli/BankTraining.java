package org.convlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.convlab.core.BankTrainer;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.convlab.core.KernelInit;
import org.convlab.core.TrainingStatus;
import org.convlab.io.AtomicFile;
import org.convlab.io.NpyArray;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;

/**
 * {@code convlab train} with channels (D2L 6.4): learns a kernel bank from an input stack and a
 * target stack, the output channel count taken from the target, and prints the training lines,
 * the learned bank and biases as PyTorch prints them.
 */
final class BankTraining {
    private final String command;
    private final double learningRate;
    private final int epochs;
    private final boolean useBias;

    /**
     * @param command      the command's name, for messages
     * @param learningRate the step size
     * @param epochs       how many epochs
     * @param useBias      whether the biases are learned
     */
    BankTraining(String command, double learningRate, int epochs, boolean useBias) {
        this.command = command;
        this.learningRate = learningRate;
        this.epochs = epochs;
        this.useBias = useBias;
    }

    /**
     * Trains and prints.
     *
     * @param x           the input array, 2 or 3 dimensions
     * @param y           the target array, 2 or 3 dimensions
     * @param init        the initial bank's array, or null to draw one
     * @param kernelShape h and w of every kernel when drawn
     * @param seed        the seed of the drawn bank
     * @param geometry    the geometry options
     * @param log         the --log file, or null
     * @param out         standard output
     * @param err         standard error, which says that training diverged
     * @return 0, or {@link TrainCommand#DIVERGED}
     * @throws UsageException for shapes that do not agree or a log that cannot be written
     */
    int run(NpyArray x, NpyArray y, NpyArray init, int[] kernelShape, long seed, GeometryOptions geometry, Path log,
            PrintStream out, PrintStream err) throws UsageException, IOException {
        ChannelStack input = Tensors.stack(x, command + ": --input");
        ChannelStack target = Tensors.stack(y, command + ": --target");
        if (init == null) {
            TrainCommand.fits(input.channel(0), kernelShape[0], kernelShape[1],
                    geometry.forKernel(kernelShape[0], kernelShape[1]));
        }
        KernelBank k0 = init != null ? Tensors.bank(init, command + ": --init")
                : KernelInit.pytorchDefaultBank(target.count(), input.count(), kernelShape[0], kernelShape[1], seed);
        if (k0.inputs() != input.count() || k0.outputs() != target.count()) {
            throw new UsageException(command + ": the initial bank is " + k0.shape() + " but the input "
                    + input.shape() + " and the target " + target.shape() + " need " + target.count() + "x"
                    + input.count() + "x" + k0.rows() + "x" + k0.cols());
        }
        ConvGeometry g = geometry.forKernel(k0.rows(), k0.cols());
        geometry.requireOutput(g, input.channel(0), k0.kernel(0, 0));
        BankTrainer trainer;
        try {
            trainer = new BankTrainer(input, target, k0, useBias, learningRate, g);
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
        if (log == null) {
            epochs(trainer, out, null);
        } else {
            try {
                AtomicFile.write(log, stream -> {
                    Writer rows = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                    boolean single = k0.inputs() == 1 && k0.outputs() == 1;
                    rows.write(single ? TrainingLog.csvHeader(k0.rows(), k0.cols(), useBias)
                            : TrainingLog.bankCsvHeader(k0, useBias));
                    rows.write('\n');
                    epochs(trainer, out, rows);
                    rows.flush();
                });
            } catch (IOException e) {
                throw Inputs.cannotWrite(log, e);
            }
        }
        OutputLost.check(out);
        if (trainer.status() == TrainingStatus.DIVERGED || trainer.lossGrew()) {
            out.flush();
            err.println("convlab: training diverged at epoch " + trainer.epoch() + ": learning rate "
                    + learningRate + " is too high, each step overshoots; try a smaller one");
            return TrainCommand.DIVERGED;
        }
        KernelBank k = trainer.kernel();
        out.println(TorchFormat.tensor(new int[] {k.outputs(), k.inputs(), k.rows(), k.cols()}, k.toArray()));
        if (useBias) {
            out.println(TorchFormat.tensor(new int[] {k.outputs()}, trainer.bias()));
        }
        return 0;
    }

    /**
     * Runs the epochs one at a time, printing each line (and its log row) as it ends, so that no
     * epoch's record is kept: a long run needs no more memory than a short one.
     */
    private void epochs(BankTrainer trainer, PrintStream out, Writer log) throws IOException {
        for (int i = 0; i < epochs && trainer.status() == TrainingStatus.RUNNING; i++) {
            BankTrainer.Epoch r = trainer.step();
            out.println(TrainingLog.line(r));
            if (log != null) {
                log.write(TrainingLog.bankCsvRow(r, useBias));
                log.write('\n');
            }
        }
    }
}
