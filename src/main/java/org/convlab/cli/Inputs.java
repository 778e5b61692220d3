package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.convlab.io.AtomicFile;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixFormatException;
import org.convlab.io.VisibleText;
import org.ejml.data.FMatrixRMaj;

/** The files named on the command line: matrices read with their errors turned into usage errors, outputs checked. */
final class Inputs {
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

    static UsageException cannotWrite(Path file, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException n && n.getReason() != null) {
            reason = n.getReason();
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        }
        return new UsageException(VisibleText.escaped(file.toString()) + ": cannot be written ("
                + VisibleText.escaped(reason) + ")");
    }
}
