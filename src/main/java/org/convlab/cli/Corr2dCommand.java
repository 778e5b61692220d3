package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.Shapes;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixText;
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
                "",
                "Computes the valid cross-correlation Y = corr2d(X, K) + B (the kernel is not flipped).",
                "",
                "  --input X    the input matrix: CSV/whitespace text or a 2-D .npy file",
                "  --kernel K   the kernel, no larger than the input",
                "  --bias B     a number added to every output cell (default 0)",
                "  --output Y   write Y to a .csv or .npy file instead of printing CSV");
    }

    @Override
    public int run(String[] args, PrintStream out) throws UsageException, IOException {
        Arguments a = Arguments.parse(name(), args, Set.of("--input", "--kernel", "--bias", "--output"), Set.of());
        Path input = a.path(name(), "--input", a.require(name(), "--input", "X"));
        Path kernel = a.path(name(), "--kernel", a.require(name(), "--kernel", "K"));
        float bias = a.has("--bias") ? a.floatValue(name(), "--bias", a.get("--bias")) : 0f;
        Path output = a.path(name(), "--output");
        if (output != null) {
            String lower = a.get("--output").toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".csv") && !lower.endsWith(".npy")) {
                throw new UsageException(name() + ": --output must name a .csv or .npy file, not "
                        + VisibleText.quote(a.get("--output")));
            }
            Inputs.checkWritable(output);
        }
        FMatrixRMaj x = Inputs.matrix(input);
        FMatrixRMaj k = Inputs.matrix(kernel);
        FMatrixRMaj y;
        try {
            Shapes.requireKernelFits(x, k);
            Inputs.checkWork(x, k.numRows, k.numCols, 1);
            y = CrossCorrelation.corr2d(x, k, bias, null);
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
