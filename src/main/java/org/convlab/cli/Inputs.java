package org.convlab.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import org.convlab.core.ConvGeometry;
import org.convlab.core.Shapes;
import org.convlab.io.AtomicFile;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixFormatException;
import org.convlab.io.VisibleText;
import org.ejml.data.FMatrixRMaj;

/** The files named on the command line: matrices read with their errors turned into usage errors, outputs checked. */
final class Inputs {
    /** The most multiply-adds one corr2d or one training epoch may take. */
    static final long MAX_WORK = 100_000_000_000L;

    private Inputs() {
    }

    static FMatrixRMaj matrix(Path file) throws UsageException {
        try {
            return MatrixFiles.read(file);
        } catch (MatrixFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Checks before the work that an output can be written where it is named, so that a long
     * training run does not end in "cannot be written".
     */
    static void checkWritable(Path file) throws UsageException {
        try {
            AtomicFile.checkWritable(file);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * Refuses before starting a correlation so large it would run for minutes without a word:
     * a 2048x2048 kernel over a 4096x4096 input is 18 trillion multiply-adds.
     *
     * @param x      the input
     * @param rows   the kernel's rows, which fit in the input
     * @param cols   the kernel's columns
     * @param geometry padding, stride and dilation, which set the output's size
     * @param passes how many correlations of that size one step takes (3 for a training epoch)
     */
    static void checkWork(FMatrixRMaj x, int rows, int cols, ConvGeometry geometry, int passes)
            throws UsageException {
        double work = (double) passes * rows * cols * Math.max(0, geometry.outputRows(x.numRows, rows))
                * Math.max(0, geometry.outputCols(x.numCols, cols));
        if (work > MAX_WORK) {
            throw new UsageException(String.format(Locale.ROOT, "input %s with kernel %dx%d takes %.3g"
                    + " multiply-adds%s, more than the %.0e one step may take (about a minute); use a smaller"
                    + " kernel or input", Shapes.of(x), rows, cols, work, passes > 1 ? " an epoch" : "",
                    (double) MAX_WORK));
        }
    }

    /** Why a file cannot be written, in words, naming the file as given rather than a temporary one. */
    static UsageException cannotWrite(Path file, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException f) {
            reason = f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return new UsageException(VisibleText.escaped(file.toString()) + ": cannot be written ("
                + VisibleText.escaped(reason) + ")");
    }
}
