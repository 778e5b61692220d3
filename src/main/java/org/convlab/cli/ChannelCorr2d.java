package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.convlab.io.AtomicFile;
import org.convlab.io.MatrixText;
import org.convlab.io.NpyArray;
import org.ejml.data.FMatrixRMaj;

/**
 * {@code convlab corr2d} with channels (D2L 6.4): X of C_in x H x W, K of C_out x C_in x h x w (or
 * C_in x h x w for one output channel), one bias per output channel, Y of C_out x OH x OW, printed
 * as one CSV block per output channel after a line {@code # channel N}, or written to a file.
 */
final class ChannelCorr2d {
    private ChannelCorr2d() {
    }

    /**
     * Computes and prints or writes Y.
     *
     * @param a        the command's options, for --bias and --output
     * @param x        the input array
     * @param k        the kernel array
     * @param geometry the geometry options
     * @param output   the --output file, or null to print
     * @param out      standard output
     * @return 0
     * @throws UsageException for shapes that do not agree, a bad bias or an output that cannot be written
     */
    static int run(String command, Arguments a, NpyArray x, NpyArray k, GeometryOptions geometry, Path output,
                   PrintStream out) throws UsageException, IOException {
        ChannelStack input = Tensors.stack(x, command + ": --input " + a.get("--input"));
        KernelBank bank = Tensors.bank(k, command + ": --kernel " + a.get("--kernel"));
        float[] bias = bias(command, a, bank);
        ConvGeometry g = geometry.forKernel(bank.rows(), bank.cols());
        geometry.requireOutput(g, input.channel(0), bank.kernel(0, 0));
        ChannelStack y;
        try {
            y = ChannelCorrelation.corr2d(input, bank, bias, g);
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
        requireFinite(y);
        if (output == null) {
            out.print(text(y));
            OutputLost.check(out);
            return 0;
        }
        byte[] bytes = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")
                ? new NpyArray(new int[] {y.count(), y.rows(), y.cols()}, y.toArray()).write()
                : text(y).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.write(output, bytes);
        } catch (IOException e) {
            throw Inputs.cannotWrite(output, e);
        }
        return 0;
    }

    /** Finite inputs can still sum past float32's range; such an output would be a file no reader takes. */
    private static void requireFinite(ChannelStack y) throws UsageException {
        for (int o = 0; o < y.count(); o++) {
            FMatrixRMaj c = y.channel(o);
            for (int i = 0; i < c.getNumElements(); i++) {
                if (!Float.isFinite(c.data[i])) {
                    throw new UsageException("the output overflows float32: channel " + o + ", Y[" + i / c.numCols
                            + "," + i % c.numCols + "] is beyond " + Float.MAX_VALUE
                            + "; scale the input or the kernel down");
                }
            }
        }
    }

    /** Every output channel as CSV after {@code # channel N}, the channels separated by a blank line. */
    static String text(ChannelStack y) {
        StringBuilder sb = new StringBuilder();
        for (int o = 0; o < y.count(); o++) {
            sb.append(o == 0 ? "" : "\n").append("# channel ").append(o).append('\n').append(MatrixText.csv(y.channel(o)));
        }
        return sb.toString();
    }

    /** --bias: one number for every output channel, or a comma-separated list of one per output channel. */
    private static float[] bias(String command, Arguments a, KernelBank bank) throws UsageException {
        float[] bias = new float[bank.outputs()];
        String text = a.get("--bias");
        if (text == null) {
            return bias;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 1 && parts.length != bias.length) {
            throw new UsageException(command + ": --bias has " + parts.length + " values but the kernel bank "
                    + bank.shape() + " has " + bias.length + " output channels");
        }
        for (int o = 0; o < bias.length; o++) {
            bias[o] = (float) a.number(command, "--bias", parts[parts.length == 1 ? 0 : o]);
        }
        return bias;
    }
}
