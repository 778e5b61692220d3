package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.core.Pooling;
import org.convlab.io.Channels;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixFormatException;
import org.convlab.io.MatrixText;
import org.ejml.data.FMatrixRMaj;

/**
 * {@code convlab pool}: max or average pooling of a matrix, or of each channel of a {@code C x H x W}
 * {@code .npy} array, with PyTorch's window, stride and padding.
 */
final class PoolCommand implements Command {
    /** One whole number, or two joined by the separator; at most 9 digits, so parsing cannot overflow. */
    private static final String PAIR = "(\\d{1,9})(?:%s(\\d{1,9}))?";
    private static final Pattern SIZE = Pattern.compile(String.format(PAIR, "x"));
    private static final Pattern COMMA_PAIR = Pattern.compile(String.format(PAIR, ","));

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public String help() {
        return String.join("\n",
                "usage: convlab pool --input X --size PH[xPW] [--stride S|SH,SW] [--padding P|PH,PW]",
                "                    [--mode max|avg] [--output Y]",
                "",
                "Pools X as PyTorch's nn.MaxPool2d / nn.AvgPool2d do (D2L 6.5): each output cell is the",
                "largest (max) or the mean (avg) of a PHxPW window of X. Max pooling pads with minus",
                "infinity, so a padded cell never wins; average pooling counts the padded zeros.",
                "",
                "  --input X      a matrix (CSV/whitespace text or a 2-D .npy file), or a 3-D .npy",
                "                 array C x H x W whose channels are pooled one by one",
                "  --size PH[xPW] the window; 2 means 2x2",
                "  --stride S     windows S apart, or SH,SW (default: the window's size)",
                "  --padding P    P padded rows and columns on each side, or PH,PW (default 0);",
                "                 at most half the window",
                "  --mode M       max (default) or avg",
                "  --output Y     write Y to a .csv or .npy file (a 3-D input: a .npy file only)",
                "                 instead of printing CSV; a 3-D input prints each channel after a",
                "                 line '# channel N', channels separated by a blank line");
    }

    @Override
    public int run(String[] args, PrintStream out) throws UsageException, IOException {
        Arguments a = Arguments.parse(name(), args,
                Set.of("--input", "--size", "--stride", "--padding", "--mode", "--output"), Set.of());
        String inputFile = a.require(name(), "--input", "X");
        int[] size = pair(a, "--size", SIZE, "PH or PHxPW", null);
        int[] stride = pair(a, "--stride", COMMA_PAIR, "S or SH,SW", size);
        int[] padding = pair(a, "--padding", COMMA_PAIR, "P or PH,PW", new int[] {0, 0});
        PoolMode mode = mode(a.get("--mode"));
        String output = a.get("--output");
        if (output != null && !output.endsWith(".csv") && !output.endsWith(".npy")) {
            throw new UsageException(name() + ": --output must name a .csv or .npy file, not '" + output + "'");
        }
        Channels x = channels(inputFile);
        if (x.stacked() && output != null && !output.endsWith(".npy")) {
            FMatrixRMaj plane = x.planes()[0];
            throw new UsageException(name() + ": " + inputFile + " is a " + x.planes().length + "x" + plane.numRows
                    + "x" + plane.numCols + " array, whose pooling only a .npy file can hold; use --output Y.npy");
        }
        FMatrixRMaj[] y;
        try {
            PoolWindow window = new PoolWindow(size[0], size[1], stride[0], stride[1], padding[0], padding[1]);
            y = Pooling.pool2d(x.planes(), window, mode);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (output == null) {
            print(x.stacked(), y, out);
        } else {
            write(Path.of(output), x.stacked(), y);
        }
        return 0;
    }

    /** A window size, stride or padding: one number for both directions or one for each. */
    private int[] pair(Arguments a, String option, Pattern form, String forms, int[] fallback) throws UsageException {
        String v = a.get(option);
        if (v == null) {
            if (fallback == null) {
                throw new UsageException(name() + ": " + option + " " + forms + " is required");
            }
            return fallback;
        }
        Matcher m = form.matcher(v.strip());
        if (!m.matches()) {
            throw new UsageException(name() + ": " + option + " must be " + forms + " with whole numbers, not '"
                    + v + "'");
        }
        int first = Integer.parseInt(m.group(1));
        return new int[] {first, m.group(2) == null ? first : Integer.parseInt(m.group(2))};
    }

    private PoolMode mode(String v) throws UsageException {
        if (v == null || v.equals("max")) {
            return PoolMode.MAX;
        }
        if (v.equals("avg")) {
            return PoolMode.AVG;
        }
        throw new UsageException(name() + ": --mode must be max or avg, not '" + v + "'");
    }

    private static Channels channels(String file) throws UsageException {
        try {
            return MatrixFiles.readChannels(Path.of(file));
        } catch (MatrixFormatException e) {
            throw new UsageException(e.getMessage());
        } catch (InvalidPathException e) {
            throw new UsageException(file + ": not a valid file name");
        }
    }

    private static void print(boolean stacked, FMatrixRMaj[] y, PrintStream out) {
        if (!stacked) {
            out.print(MatrixText.csv(y[0]));
            return;
        }
        for (int c = 0; c < y.length; c++) {
            if (c > 0) {
                out.println();
            }
            out.println("# channel " + c);
            out.print(MatrixText.csv(y[c]));
        }
    }

    private static void write(Path path, boolean stacked, FMatrixRMaj[] y) throws UsageException {
        try {
            if (stacked) {
                MatrixFiles.writeChannels(path, y);
            } else {
                MatrixFiles.write(path, y[0]);
            }
        } catch (IOException e) {
            throw new UsageException(path + ": cannot be written (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }
}
