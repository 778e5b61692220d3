package org.convlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.core.ConvGeometry;
import org.convlab.core.EpochRecord;
import org.convlab.core.KernelInit;
import org.convlab.core.Shapes;
import org.convlab.core.Trainer;
import org.convlab.core.TrainingStatus;
import org.convlab.io.AtomicFile;
import org.convlab.io.MatrixText;
import org.convlab.io.NpyArray;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;
import org.convlab.io.VisibleText;
import org.ejml.data.FMatrixRMaj;

/** {@code convlab train}: the chapter's gradient-descent loop on files. */
final class TrainCommand implements Command {
    /** Exit code when training diverges: the run ended, but not with a learned kernel. */
    static final int DIVERGED = 3;
    /** The most epochs one run may take (each is printed, so a run is bounded by its output too). */
    static final int MAX_EPOCHS = 100_000_000;
    private static final int OUTPUT_CHECK_EPOCHS = 4096;
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,4})x(\\d{1,4})");

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String help() {
        return String.join("\n",
                "usage: convlab train --input X --target Y (--kernel-shape HxW [--seed N] | --init K0)",
                "                     [--lr 0.03] [--epochs 10] [--bias] [--log LOG.csv]",
                "                     [--padding P] [--stride S] [--dilation D]",
                "",
                "Learns a kernel K (and a bias with --bias) so that corr2d(X, K) + b approaches Y, by",
                "gradient descent on the loss sum((corr2d(X, K) + b - Y)^2), printing 'epoch N, loss L'",
                "for each epoch (the loss before its update), then the learned kernel.",
                "",
                "  --input X          the input matrix (CSV text or .npy)",
                "  --target Y         the wanted output, of shape (H-h+1)x(W-w+1) without padding,",
                "                     stride or dilation",
                "  --kernel-shape HxW start from a random kernel of this shape ...",
                "  --seed N           ... drawn from this seed (default 0), uniform in +-1/sqrt(h*w)",
                "  --init K0          or start from this kernel",
                "  --lr R             learning rate (default 0.03)",
                "  --epochs N         number of epochs (default 10, at most " + MAX_EPOCHS + ")",
                "  --bias             learn a bias too (it starts at 0)",
                "  --log LOG.csv      write epoch,loss,k_0_0,...[,bias] per epoch",
                GeometryOptions.help(21),
                "",
                "With channels, X is a C_in x H x W and Y a C_out x OH x OW .npy stack: a bank of",
                "C_out x C_in kernels of --kernel-shape is learned (--init may be a C_out x C_in x h x w",
                ".npy), with one bias per output channel, and the log's columns are",
                "epoch,loss,k_o_c_i_j...[,bias_o...].",
                "",
                "Exit codes: 0 trained, 2 bad input (also data whose loss overflows float32), " + DIVERGED
                        + " training diverged:",
                "the loss grew (learning rate too high); the learned kernel is then not printed.");
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(name(), args, GeometryOptions.withNames("--input", "--target",
                "--kernel-shape", "--seed", "--init", "--lr", "--epochs", "--log"), Set.of("--bias"));
        GeometryOptions geometryOptions = GeometryOptions.parse(name(), a);
        Path inputFile = a.path(name(), "--input", a.require(name(), "--input", "X"));
        Path targetFile = a.path(name(), "--target", a.require(name(), "--target", "Y"));
        if (a.has("--kernel-shape") == a.has("--init")) {
            throw new UsageException(name() + ": give either --kernel-shape HxW or --init K0");
        }
        if (a.has("--seed") && !a.has("--kernel-shape")) {
            throw new UsageException(name() + ": --seed goes with --kernel-shape");
        }
        double lr = a.learningRate(name(), "--lr", 0.03);
        int epochs = a.positiveInt(name(), "--epochs", 10, MAX_EPOCHS);
        boolean useBias = a.has("--bias");
        Path initFile = a.path(name(), "--init");
        int[] shape = initFile == null ? shape(a) : null;
        long seed = seed(a);
        Path logFile = a.path(name(), "--log");
        if (logFile != null) {
            Inputs.checkWritable(logFile);
        }
        NpyArray xa = Tensors.read(inputFile);
        NpyArray ya = Tensors.read(targetFile);
        NpyArray inita = initFile != null ? Tensors.read(initFile) : null;
        if (xa.shape().length != 2 || ya.shape().length != 2 || inita != null && inita.shape().length != 2) {
            return new BankTraining(name(), lr, epochs, useBias).run(xa, ya, inita, shape,
                    inita == null ? seed : 0, geometryOptions, logFile, out, err);
        }
        FMatrixRMaj x = Tensors.matrix(xa);
        FMatrixRMaj y = Tensors.matrix(ya);
        FMatrixRMaj k0;
        if (inita != null) {
            k0 = Tensors.matrix(inita);
        } else {
            fits(x, shape[0], shape[1], geometryOptions.forKernel(shape[0], shape[1]));
            k0 = KernelInit.pytorchDefault(shape[0], shape[1], seed);
        }
        ConvGeometry geometry = geometryOptions.forKernel(k0.numRows, k0.numCols);
        checkShapes(x, y, k0, targetFile, geometry, geometryOptions);
        Inputs.checkWork(x, k0.numRows, k0.numCols, geometry, 3);
        Trainer trainer;
        try {
            trainer = new Trainer(x, y, k0, useBias, lr, geometry);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        EpochRecord last = logFile == null ? train(trainer, epochs, out, null, useBias)
                : trainLogged(logFile, trainer, epochs, out, useBias);
        return outcome(trainer, last, lr, out, err, useBias);
    }

    /** Trains with every epoch's row going to the log, which replaces the old file only once complete. */
    private static EpochRecord trainLogged(Path logFile, Trainer trainer, int epochs, PrintStream out,
                                           boolean useBias) throws UsageException, IOException {
        EpochRecord[] last = new EpochRecord[1];
        FMatrixRMaj k0 = trainer.kernel();
        try {
            AtomicFile.write(logFile, stream -> {
                Writer log = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                log.write(TrainingLog.csvHeader(k0.numRows, k0.numCols, useBias));
                log.write('\n');
                last[0] = train(trainer, epochs, out, log, useBias);
                log.flush();
            });
        } catch (OutputLost e) {
            throw e;
        } catch (IOException e) {
            throw Inputs.cannotWrite(logFile, e);
        }
        return last[0];
    }

    /**
     * Runs the epochs, printing each as it ends and logging it, and keeps only the last record,
     * so memory stays the same for ten epochs or a hundred million.
     */
    private static EpochRecord train(Trainer trainer, int epochs, PrintStream out, Writer log, boolean useBias)
            throws IOException {
        EpochRecord last = null;
        for (int i = 0; i < epochs && trainer.status() == TrainingStatus.RUNNING; i++) {
            last = trainer.step();
            out.println(TrainingLog.line(last));
            if (log != null) {
                log.write(TrainingLog.csvRow(last, useBias));
                log.write('\n');
            }
            if (i % OUTPUT_CHECK_EPOCHS == 0) {
                OutputLost.check(out);
            }
        }
        OutputLost.check(out);
        return last;
    }

    private static int outcome(Trainer trainer, EpochRecord last, double lr, PrintStream out, PrintStream err,
                               boolean useBias)
            throws UsageException {
        if (last.epoch() == 1 && !isFinite(last)) {
            throw new UsageException("the data overflow float32: at the starting kernel the loss or its gradient is"
                    + " not finite, whatever the learning rate; scale the input and the target down");
        }
        if (trainer.status() == TrainingStatus.DIVERGED || trainer.lossGrew()) {
            out.flush();
            err.println("convlab: training diverged at epoch " + trainer.epoch() + " (the loss grew from "
                    + MatrixText.fixed(trainer.firstLoss(), 3) + " to " + MatrixText.fixed(trainer.currentLoss(), 3)
                    + "): learning rate " + lr + " is too high, each step overshoots; try a smaller one");
            return DIVERGED;
        }
        out.println(TorchFormat.tensor(trainer.kernel()));
        if (useBias) {
            out.println(TorchFormat.vector(trainer.bias()));
        }
        return 0;
    }

    private static boolean isFinite(EpochRecord r) {
        if (!Double.isFinite(r.loss()) || !Double.isFinite(r.biasGrad())) {
            return false;
        }
        for (float g : r.kernelGrad().data) {
            if (!Float.isFinite(g)) {
                return false;
            }
        }
        return true;
    }

    /** Refuses a drawn kernel's shape before the kernel is made (a 9999x9999 one would take 400 MB). */
    static void fits(FMatrixRMaj x, int rows, int cols, ConvGeometry geometry) throws UsageException {
        try {
            if (geometry.isValid()) {
                Shapes.requireKernelFits(x, rows, cols);
            } else {
                geometry.requireOutput(x.numRows, x.numCols, rows, cols);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void checkShapes(FMatrixRMaj x, FMatrixRMaj y, FMatrixRMaj k0, Path targetFile,
                                    ConvGeometry geometry, GeometryOptions options) throws UsageException {
        if (geometry.isValid()) {
            try {
                Shapes.requireKernelFits(x, k0);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        } else {
            options.requireOutput(geometry, x, k0);
        }
        int rows = geometry.outputRows(x.numRows, k0.numRows);
        int cols = geometry.outputCols(x.numCols, k0.numCols);
        if (y.numRows != rows || y.numCols != cols) {
            throw new UsageException(VisibleText.escaped(targetFile.toString()) + ": the target is " + Shapes.of(y)
                    + " but must be " + rows + "x" + cols + ", the shape of corr2d of input " + Shapes.of(x)
                    + " with kernel " + Shapes.of(k0) + (geometry.isValid() ? "" : " and " + geometry));
        }
    }

    private int[] shape(Arguments a) throws UsageException {
        Matcher m = SHAPE.matcher(a.get("--kernel-shape").strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1) {
            throw new UsageException(name() + ": --kernel-shape must look like 1x2 (rows x columns, each at least 1),"
                    + " not " + VisibleText.quote(a.get("--kernel-shape")));
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private long seed(Arguments a) throws UsageException {
        String s = a.get("--seed");
        if (s == null) {
            return 0;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name() + ": --seed must be a whole number, not " + VisibleText.quote(s));
        }
    }
}
