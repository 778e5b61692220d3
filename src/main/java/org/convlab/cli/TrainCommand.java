package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
import org.convlab.io.NpyArray;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;
import org.ejml.data.FMatrixRMaj;

/** {@code convlab train}: the chapter's gradient-descent loop on files. */
final class TrainCommand implements Command {
    /** Exit code when training diverges: the run ended, but not with a learned kernel. */
    static final int DIVERGED = 3;
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
                "  --epochs N         number of epochs (default 10)",
                "  --bias             learn a bias too (it starts at 0)",
                "  --log LOG.csv      write epoch,loss,k_0_0,...[,bias] per epoch",
                GeometryOptions.help(21),
                "",
                "With channels, X is a C_in x H x W and Y a C_out x OH x OW .npy stack: a bank of",
                "C_out x C_in kernels of --kernel-shape is learned (--init may be a C_out x C_in x h x w",
                ".npy), with one bias per output channel, and the log's columns are",
                "epoch,loss,k_o_c_i_j...[,bias_o...].",
                "",
                "Exit codes: 0 trained, 2 bad input, " + DIVERGED + " training diverged (learning rate too high).");
    }

    @Override
    public int run(String[] args, PrintStream out) throws UsageException, IOException {
        Arguments a = Arguments.parse(name(), args, GeometryOptions.withNames("--input", "--target",
                "--kernel-shape", "--seed", "--init", "--lr", "--epochs", "--log"), Set.of("--bias"));
        GeometryOptions geometryOptions = GeometryOptions.parse(name(), a);
        String inputFile = a.require(name(), "--input", "X");
        String targetFile = a.require(name(), "--target", "Y");
        if (a.has("--kernel-shape") == a.has("--init")) {
            throw new UsageException(name() + ": give either --kernel-shape HxW or --init K0");
        }
        if (a.has("--seed") && !a.has("--kernel-shape")) {
            throw new UsageException(name() + ": --seed goes with --kernel-shape");
        }
        double lr = a.positiveDouble(name(), "--lr", 0.03);
        int epochs = a.positiveInt(name(), "--epochs", 10);
        boolean useBias = a.has("--bias");
        NpyArray xa = Tensors.read(inputFile);
        NpyArray ya = Tensors.read(targetFile);
        NpyArray inita = a.has("--init") ? Tensors.read(a.get("--init")) : null;
        if (xa.shape().length != 2 || ya.shape().length != 2 || inita != null && inita.shape().length != 2) {
            return new BankTraining(name(), lr, epochs, useBias).run(xa, ya, inita,
                    inita == null ? shape(a) : null, inita == null ? seed(a) : 0, geometryOptions, a.get("--log"), out);
        }
        FMatrixRMaj x = Tensors.matrix(xa);
        FMatrixRMaj y = Tensors.matrix(ya);
        FMatrixRMaj k0 = inita != null ? Tensors.matrix(inita)
                : KernelInit.pytorchDefault(shape(a)[0], shape(a)[1], seed(a));
        ConvGeometry geometry = geometryOptions.forKernel(k0.numRows, k0.numCols);
        checkShapes(x, y, k0, targetFile, geometry, geometryOptions);
        Trainer trainer;
        try {
            trainer = new Trainer(x, y, k0, useBias, lr, geometry);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<EpochRecord> records = trainer.run(epochs);
        records.forEach(r -> out.println(TrainingLog.line(r)));
        if (a.has("--log")) {
            writeLog(a.get("--log"), records, k0, useBias);
        }
        if (trainer.status() == TrainingStatus.DIVERGED) {
            out.flush();
            System.err.println("convlab: training diverged at epoch " + trainer.epoch() + ": learning rate " + lr
                    + " is too high, each step overshoots; try a smaller one");
            return DIVERGED;
        }
        out.println(TorchFormat.tensor(trainer.kernel()));
        if (useBias) {
            out.println(TorchFormat.vector(trainer.bias()));
        }
        return 0;
    }

    private static void checkShapes(FMatrixRMaj x, FMatrixRMaj y, FMatrixRMaj k0, String targetFile,
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
            throw new UsageException(targetFile + ": the target is " + Shapes.of(y) + " but must be " + rows + "x"
                    + cols + ", the shape of corr2d of input " + Shapes.of(x) + " with kernel " + Shapes.of(k0)
                    + (geometry.isValid() ? "" : " and " + geometry));
        }
    }

    private int[] shape(Arguments a) throws UsageException {
        Matcher m = SHAPE.matcher(a.get("--kernel-shape").strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1) {
            throw new UsageException(name() + ": --kernel-shape must look like 1x2 (rows x columns, each at least 1),"
                    + " not '" + a.get("--kernel-shape") + "'");
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
            throw new UsageException(name() + ": --seed must be a whole number, not '" + s + "'");
        }
    }

    private void writeLog(String file, List<EpochRecord> records, FMatrixRMaj k0, boolean useBias)
            throws UsageException {
        StringBuilder sb = new StringBuilder(TrainingLog.csvHeader(k0.numRows, k0.numCols, useBias)).append('\n');
        records.forEach(r -> sb.append(TrainingLog.csvRow(r, useBias)).append('\n'));
        try {
            AtomicFile.write(Path.of(file), sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UsageException(file + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
    }
}
