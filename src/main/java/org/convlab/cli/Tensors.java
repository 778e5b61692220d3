package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.convlab.core.ChannelStack;
import org.convlab.core.KernelBank;
import org.convlab.io.BoundedFile;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixFormatException;
import org.convlab.io.NpyArray;
import org.convlab.io.VisibleText;
import org.ejml.data.FMatrixRMaj;

/**
 * The files of the channel commands: a {@code .npy} file of 3 or 4 dimensions, or a 2-D matrix
 * file. Any other file is read as {@link Inputs} reads it, so the single-channel commands keep
 * their messages (a 1-D array is still refused as not 2-D); only stacks and banks come from
 * {@link NpyArray}.
 */
final class Tensors {
    private Tensors() {
    }

    /**
     * Reads a file as an array of 2, 3 or 4 dimensions.
     *
     * @throws UsageException with the reader's message
     */
    static NpyArray read(Path file) throws UsageException {
        if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".npy")) {
            NpyArray array = readNpy(file);
            if (array != null && (array.shape().length == 3 || array.shape().length == 4)) {
                return array;
            }
        }
        FMatrixRMaj m = Inputs.matrix(file);
        return new NpyArray(new int[] {m.numRows, m.numCols}, m.data);
    }

    /**
     * The array as a 2-D matrix.
     *
     * @param array of rank 2
     */
    static FMatrixRMaj matrix(NpyArray array) {
        return FMatrixRMaj.wrap(array.shape()[0], array.shape()[1], array.data());
    }

    /**
     * The array as a stack of channels: H x W is one channel, C x H x W is C channels.
     *
     * @param what the option and file, for messages
     * @throws UsageException for another rank
     */
    static ChannelStack stack(NpyArray array, String what) throws UsageException {
        int[] s = array.shape();
        if (s.length == 2) {
            return ChannelStack.fromArray(1, s[0], s[1], array.data());
        }
        if (s.length == 3) {
            return ChannelStack.fromArray(s[0], s[1], s[2], array.data());
        }
        throw new UsageException(what + " is " + array.shapeText() + "; it must have 2 (HxW) or 3 (CxHxW)"
                + " dimensions");
    }

    /**
     * The array as a kernel bank: h x w is one kernel, C_in x h x w one output channel, and
     * C_out x C_in x h x w a whole bank.
     *
     * @param what the option and file, for messages
     * @throws UsageException for another rank
     */
    static KernelBank bank(NpyArray array, String what) throws UsageException {
        int[] s = array.shape();
        switch (s.length) {
            case 2:
                return KernelBank.fromArray(1, 1, s[0], s[1], array.data());
            case 3:
                return KernelBank.fromArray(1, s[0], s[1], s[2], array.data());
            case 4:
                return KernelBank.fromArray(s[0], s[1], s[2], s[3], array.data());
            default:
                throw new UsageException(what + " is " + array.shapeText() + "; it must have 2 (hxw), 3"
                        + " (C_inxhxw) or 4 (C_outxC_inxhxw) dimensions");
        }
    }

    /**
     * The array, or null when the file is not a readable .npy array (the 2-D reader then says why);
     * read within the bounds every matrix file is read with.
     */
    private static NpyArray readNpy(Path file) {
        try {
            return NpyArray.read(VisibleText.escaped(file.toString()), BoundedFile.read(file, MatrixFiles.MAX_BYTES));
        } catch (IOException | MatrixFormatException e) {
            return null;
        }
    }
}
