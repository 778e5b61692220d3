package org.convlab.cli;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.convlab.core.ConvGeometry;
import org.convlab.io.MatrixFiles;
import org.ejml.data.FMatrixRMaj;

/**
 * The {@code --padding P|PH,PW|same}, {@code --stride S|SH,SW} and {@code --dilation D|DH,DW}
 * options of {@code corr2d} and {@code train} (defaults 0, 1, 1). {@code same} depends on the
 * kernel's size, so the options become a {@link ConvGeometry} only once the kernel is known.
 */
final class GeometryOptions {
    private static final Set<String> NAMES = Set.of("--padding", "--stride", "--dilation");
    private static final String[][] HELP = {
        {"--padding P", "zero rows and columns around X: P, PH,PW or 'same'"},
        {"", "(stride 1 and odd kernel sizes only); default 0"},
        {"--stride S", "rows and columns between windows: S or SH,SW; default 1"},
        {"--dilation D", "rows and columns between kernel taps: D or DH,DW; default 1"},
    };

    /** As many cells as the largest matrix file ConvLab reads holds. */
    static final long MAX_OUTPUT_CELLS = MatrixFiles.MAX_BYTES / Float.BYTES;

    private final String command;
    private final int[] padding;
    private final int[] stride;
    private final int[] dilation;

    private GeometryOptions(String command, int[] padding, int[] stride, int[] dilation) {
        this.command = command;
        this.padding = padding;
        this.stride = stride;
        this.dilation = dilation;
    }

    /**
     * A command's valued options with these three added.
     *
     * @param names the command's own options that take a value
     * @return both sets together
     */
    static Set<String> withNames(String... names) {
        Set<String> all = new HashSet<>(NAMES);
        all.addAll(Arrays.asList(names));
        return all;
    }

    /**
     * The lines of a command's help that describe the options, their texts starting at the given column.
     *
     * @param column where the description starts, as in the command's other lines
     * @return several lines
     */
    static String help(int column) {
        StringBuilder sb = new StringBuilder();
        for (String[] line : HELP) {
            sb.append(sb.length() == 0 ? "" : "\n").append(String.format("  %-" + (column - 2) + "s%s", line[0], line[1]));
        }
        return sb.toString();
    }

    /**
     * Reads the three options.
     *
     * @throws UsageException for a value that is not one or two whole numbers in range
     */
    static GeometryOptions parse(String command, Arguments a) throws UsageException {
        String p = a.get("--padding");
        int[] padding = p != null && p.strip().equals("same") ? null
                : pair(command, "--padding", "P, PH,PW or 'same'", p, 0);
        return new GeometryOptions(command, padding, pair(command, "--stride", "S or SH,SW", a.get("--stride"), 1),
                pair(command, "--dilation", "D or DH,DW", a.get("--dilation"), 1));
    }

    /**
     * The geometry for a kernel of the given size.
     *
     * @throws UsageException for {@code same} with a stride above 1 or an even kernel size
     */
    ConvGeometry forKernel(int kernelRows, int kernelCols) throws UsageException {
        try {
            if (padding == null) {
                return ConvGeometry.same(kernelRows, kernelCols, stride[0], stride[1], dilation[0], dilation[1]);
            }
            return new ConvGeometry(padding[0], padding[1], stride[0], stride[1], dilation[0], dilation[1]);
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
    }

    /**
     * Requires an output that is not empty and not larger than a file ConvLab reads, so that a
     * huge padding is a usage error rather than a failed allocation.
     *
     * @throws UsageException naming the shapes
     */
    void requireOutput(ConvGeometry g, FMatrixRMaj x, FMatrixRMaj k) throws UsageException {
        try {
            g.requireOutput(x.numRows, x.numCols, k.numRows, k.numCols);
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
        long cells = (long) g.outputRows(x.numRows, k.numRows) * g.outputCols(x.numCols, k.numCols);
        if (cells > MAX_OUTPUT_CELLS) {
            throw new UsageException(command + ": with " + g + " the output would be "
                    + g.outputRows(x.numRows, k.numRows) + "x" + g.outputCols(x.numCols, k.numCols)
                    + ", more than the " + MAX_OUTPUT_CELLS + " cells of the largest file ConvLab reads");
        }
    }

    /** One whole number for both directions or two separated by a comma, each at least {@code least}. */
    private static int[] pair(String command, String name, String form, String value, int least)
            throws UsageException {
        if (value == null) {
            return new int[] {least, least};
        }
        String[] parts = value.strip().split(",", -1);
        boolean valid = parts.length <= 2 && Arrays.stream(parts)
                .allMatch(part -> part.strip().matches("\\d{1,6}") && Integer.parseInt(part.strip()) >= least);
        if (!valid) {
            throw new UsageException(command + ": " + name + " must be " + form + " with whole numbers of at least "
                    + least + ", not '" + value + "'");
        }
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[parts.length - 1].strip())};
    }
}
