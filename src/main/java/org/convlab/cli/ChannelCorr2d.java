package org.convlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.convlab.io.AtomicFile;
import org.convlab.io.MatrixText;
import org.convlab.io.NpyArray;

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
     * @param out      standard output
     * @return 0
     * @throws UsageException for shapes that do not agree, a bad bias or an output that cannot be written
     */
    static int run(String command, Arguments a, NpyArray x, NpyArray k, GeometryOptions geometry, PrintStream out)
            throws UsageException {
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
        String output = a.get("--output");
        if (output == null) {
            out.print(text(y));
            return 0;
        }
        byte[] bytes = output.endsWith(".npy")
                ? new NpyArray(new int[] {y.count(), y.rows(), y.cols()}, y.toArray()).write()
                : text(y).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.write(Path.of(output), bytes);
        } catch (IOException e) {
            throw new UsageException(output + ": cannot be written (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        return 0;
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
