package org.convlab.cli;

import java.nio.file.Path;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixFormatException;
import org.ejml.data.FMatrixRMaj;

/** Reads the matrix files named on the command line, turning their errors into usage errors. */
final class Inputs {
    private Inputs() {
    }

    static FMatrixRMaj matrix(String file) throws UsageException {
        try {
            return MatrixFiles.read(Path.of(file));
        } catch (MatrixFormatException e) {
            throw new UsageException(e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(file + ": not a valid file name");
        }
    }
}
