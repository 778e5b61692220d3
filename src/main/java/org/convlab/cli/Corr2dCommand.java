package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.Shapes;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixText;
import org.convlab.io.NpyArray;
import org.convlab.io.VisibleText;
import org.ejml.data.FMatrixRMaj;

/** {@code convlab corr2d}: Y = corr2d(X, K) + b, as CSV on stdout or into a file. */
final class Corr2dCommand implements Command {
    @Override
    public String name() {
        return "corr2d";
    }

    @Override
    public String help() {
        return String.join("\n",
                "usage: convlab corr2d --input X --kernel K [--bias B] [--output Y]",
                "                      [--padding P] [--stride S] [--dilation D]",
                "",
                "Computes the cross-correlation Y = corr2d(X, K) + B (the kernel is not flipped), valid",
                "unless padding, stride or dilation say otherwise (PyTorch's conv2d conventions).",
                "",
                "  --input X    the input matrix: CSV/whitespace text or a 2-D .npy file; or a",
                "               C_in x H x W .npy stack of channels",
                "  --kernel K   the kernel, no larger than the input without padding; with channels a",
                "               C_out x C_in x h x w .npy bank (C_in x h x w for one output channel)",
                "  --bias B     a number added to every output cell (default 0); with channels one",
                "               number for all or a comma-separated list, one per output channel",
                "  --output Y   write Y to a .csv or .npy file instead of printing CSV; with channels",
                "               C_out x OH x OW, printed as CSV per channel after '# channel N'",
                GeometryOptions.help(15));
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(name(), args,
                GeometryOptions.withNames("--input", "--kernel", "--bias", "--output"), Set.of());
        GeometryOptions geometryOptions = GeometryOptions.parse(name(), a);
        Path input = a.path(name(), "--input", a.require(name(), "--input", "X"));
        Path kernel = a.path(name(), "--kernel", a.require(name(), "--kernel", "K"));
        // a list of biases, one per output channel, is for channels only
        boolean biasList = a.has("--bias") && a.get("--bias").contains(",");
        float bias = a.has("--bias") && !biasList ? a.floatValue(name(), "--bias", a.get("--bias")) : 0f;
        Path output = a.path(name(), "--output");
        if (output != null) {
            String lower = a.get("--output").toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".csv") && !lower.endsWith(".npy")) {
                throw new UsageException(name() + ": --output must name a .csv or .npy file, not "
                        + VisibleText.quote(a.get("--output")));
            }
            Inputs.checkWritable(output);
        }
        NpyArray xa = Tensors.read(input);
        NpyArray ka = Tensors.read(kernel);
        if (xa.shape().length != 2 || ka.shape().length != 2) {
            return ChannelCorr2d.run(name(), a, xa, ka, geometryOptions, output, out);
        }
        if (biasList) {
            a.floatValue(name(), "--bias", a.get("--bias"));
        }
        FMatrixRMaj x = Tensors.matrix(xa);
        FMatrixRMaj k = Tensors.matrix(ka);
        ConvGeometry geometry = geometryOptions.forKernel(k.numRows, k.numCols);
        FMatrixRMaj y;
        try {
            if (geometry.isValid()) {
                Shapes.requireKernelFits(x, k);
            } else {
                geometryOptions.requireOutput(geometry, x, k);
            }
            Inputs.checkWork(x, k.numRows, k.numCols, geometry, 1);
            y = CrossCorrelation.corr2d(x, k, bias, geometry, null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        requireFinite(y);
        if (output == null) {
            MatrixText.csv(y, out);
            OutputLost.check(out);
        } else {
            try {
                MatrixFiles.write(output, y);
            } catch (IOException e) {
                throw Inputs.cannotWrite(output, e);
            }
        }
        return 0;
    }

    /** Finite inputs can still sum past float32's range; such an output would be a file no reader takes. */
    private static void requireFinite(FMatrixRMaj y) throws UsageException {
        for (int i = 0; i < y.getNumElements(); i++) {
            if (!Float.isFinite(y.data[i])) {
                throw new UsageException("the output overflows float32: Y[" + i / y.numCols + "," + i % y.numCols
                        + "] is beyond " + Float.MAX_VALUE + "; scale the input or the kernel down");
            }
        }
    }
}
