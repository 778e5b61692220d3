package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
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
import org.convlab.io.VisibleText;
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
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(name(), args,
                Set.of("--input", "--size", "--stride", "--padding", "--mode", "--output"), Set.of());
        String inputFile = a.require(name(), "--input", "X");
        Path input = a.path(name(), "--input", inputFile);
        int[] size = pair(a, "--size", SIZE, "PH or PHxPW", null);
        int[] stride = pair(a, "--stride", COMMA_PAIR, "S or SH,SW", size);
        int[] padding = pair(a, "--padding", COMMA_PAIR, "P or PH,PW", new int[] {0, 0});
        PoolMode mode = mode(a.get("--mode"));
        Path output = a.path(name(), "--output");
        String lower = output == null ? "" : a.get("--output").toLowerCase(Locale.ROOT);
        if (output != null) {
            if (!lower.endsWith(".csv") && !lower.endsWith(".npy")) {
                throw new UsageException(name() + ": --output must name a .csv or .npy file, not "
                        + VisibleText.quote(a.get("--output")));
            }
            Inputs.checkWritable(output);
        }
        Channels x = channels(input);
        if (x.stacked() && output != null && !lower.endsWith(".npy")) {
            FMatrixRMaj plane = x.planes()[0];
            throw new UsageException(name() + ": " + VisibleText.escaped(inputFile) + " is a " + x.planes().length
                    + "x" + plane.numRows + "x" + plane.numCols
                    + " array, whose pooling only a .npy file can hold; use --output Y.npy");
        }
        FMatrixRMaj[] y;
        try {
            PoolWindow window = new PoolWindow(size[0], size[1], stride[0], stride[1], padding[0], padding[1]);
            checkWork(x, window);
            y = Pooling.pool2d(x.planes(), window, mode);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (output == null) {
            print(x.stacked(), y, out);
            OutputLost.check(out);
        } else {
            write(output, x.stacked(), y);
        }
        return 0;
    }

    /** A window as large as the input at stride 1 would compare for hours: refused up front, as corr2d's work is. */
    private static void checkWork(Channels x, PoolWindow window) throws UsageException {
        FMatrixRMaj plane = x.planes()[0];
        double work = (double) x.planes().length * Math.max(0, window.outputRows(plane.numRows))
                * Math.max(0, window.outputCols(plane.numCols)) * window.rows() * window.cols();
        if (work > Inputs.MAX_WORK) {
            throw new UsageException(String.format(Locale.ROOT, "pooling %dx%dx%d with a %dx%d window takes %.3g"
                    + " comparisons, more than the %.0e one step may take (about a minute); use a smaller window,"
                    + " a larger stride or a smaller input", x.planes().length, plane.numRows, plane.numCols,
                    window.rows(), window.cols(), work, (double) Inputs.MAX_WORK));
        }
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
            throw new UsageException(name() + ": " + option + " must be " + forms + " with whole numbers, not "
                    + VisibleText.quote(v));
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
        throw new UsageException(name() + ": --mode must be max or avg, not " + VisibleText.quote(v));
    }

    private static Channels channels(Path file) throws UsageException {
        try {
            return MatrixFiles.readChannels(file);
        } catch (MatrixFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void print(boolean stacked, FMatrixRMaj[] y, PrintStream out) throws IOException {
        if (!stacked) {
            MatrixText.csv(y[0], out);
            return;
        }
        for (int c = 0; c < y.length; c++) {
            if (c > 0) {
                out.println();
            }
            out.println("# channel " + c);
            MatrixText.csv(y[c], out);
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
            throw Inputs.cannotWrite(path, e);
        }
    }
}
