package org.convlab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ejml.data.FMatrixRMaj;

/**
 * Writes the tensors of D2L 6.4 from the window: a stack of channels ({@code C x H x W}: X, or Y
 * with its output channels) or a kernel bank ({@code C_out x C_in x kh x kw}). A {@code .npy} path
 * gets the whole tensor as one array, in PyTorch's axis order; any other path one CSV file per
 * channel or kernel beside it, named after the chosen file and the channel: {@code X.csv} becomes
 * {@code X-R.csv}, {@code X-G.csv}, {@code X-B.csv}; a bank's kernels are {@code K-o0-R.csv}
 * (output channel 0, input channel R). Every file is written atomically.
 */
public final class TensorFiles {
    private TensorFiles() {
    }

    /**
     * Writes a stack of channels.
     *
     * @param path     the chosen file; {@code .npy} for one array
     * @param channels the channels, all of one shape, at least one; not modified
     * @param names    one name per channel, used in the CSV files' names
     * @return the files written, in channel order
     * @throws IOException if a file cannot be written; those written before it stay
     */
    public static List<Path> writeStack(Path path, List<FMatrixRMaj> channels, List<String> names)
            throws IOException {
        if (isNpy(path)) {
            MatrixFiles.writeChannels(path, channels.toArray(FMatrixRMaj[]::new));
            return List.of(path);
        }
        List<String> parts = fileParts(names);
        List<Path> written = new ArrayList<>();
        for (int c = 0; c < channels.size(); c++) {
            written.add(writeCsv(path, parts.get(c), channels.get(c)));
        }
        return written;
    }

    /**
     * Writes a kernel bank.
     *
     * @param path       the chosen file; {@code .npy} for one 4-D array
     * @param bank       {@code bank.get(o).get(c)}, all of one shape; not modified
     * @param inputNames one name per input channel, used in the CSV files' names
     * @return the files written, output channel by output channel
     * @throws IOException if a file cannot be written; those written before it stay
     */
    public static List<Path> writeBank(Path path, List<List<FMatrixRMaj>> bank, List<String> inputNames)
            throws IOException {
        if (isNpy(path)) {
            AtomicFile.write(path, bankArray(bank).write());
            return List.of(path);
        }
        List<String> parts = fileParts(inputNames);
        List<Path> written = new ArrayList<>();
        for (int o = 0; o < bank.size(); o++) {
            for (int c = 0; c < bank.get(o).size(); c++) {
                written.add(writeCsv(path, "o" + o + "-" + parts.get(c), bank.get(o).get(c)));
            }
        }
        return written;
    }

    /**
     * A bank as one {@code C_out x C_in x kh x kw} array.
     *
     * @param bank {@code bank.get(o).get(c)}, all of one shape; not modified
     * @return the array, its values in C order
     */
    public static NpyArray bankArray(List<List<FMatrixRMaj>> bank) {
        FMatrixRMaj first = bank.get(0).get(0);
        int[] shape = {bank.size(), bank.get(0).size(), first.numRows, first.numCols};
        int size = first.numRows * first.numCols;
        float[] data = new float[shape[0] * shape[1] * size];
        for (int o = 0; o < shape[0]; o++) {
            for (int c = 0; c < shape[1]; c++) {
                System.arraycopy(bank.get(o).get(c).data, 0, data, (o * shape[1] + c) * size, size);
            }
        }
        return new NpyArray(shape, data);
    }

    private static Path writeCsv(Path chosen, String part, FMatrixRMaj m) throws IOException {
        String name = chosen.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".csv";
        Path file = chosen.resolveSibling(stem + "-" + part + extension);
        MatrixFiles.write(file, m);
        return file;
    }

    /**
     * The channel names as parts of file names: letters, digits, '_' and '-' kept, anything else
     * (a '/', a space) made '_'; if that leaves two alike or one empty, every channel is named by
     * its index instead, c0, c1, ..., so no file overwrites another.
     */
    static List<String> fileParts(List<String> names) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            String part = n.strip().replaceAll("[^\\p{L}\\p{N}_-]", "_");
            parts.add(part);
            if (part.isEmpty() || !seen.add(part.toLowerCase(Locale.ROOT))) {
                List<String> indices = new ArrayList<>();
                for (int c = 0; c < names.size(); c++) {
                    indices.add("c" + c);
                }
                return indices;
            }
        }
        return parts;
    }

    private static boolean isNpy(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }
}
