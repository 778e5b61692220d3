package org.convlab.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads and writes matrix files: {@code .npy} by its name, CSV or whitespace-separated text
 * otherwise. Writing goes through a temporary file in the same folder that is then moved over the
 * target, so a failed write never leaves a half-written file.
 */
public final class MatrixFiles {
    /** Larger files are refused before they are read. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private MatrixFiles() {
    }

    /**
     * Reads a matrix file.
     *
     * @param path the file
     * @return a new matrix
     * @throws MatrixFormatException with the file name (as given) and, for text, the position
     */
    public static FMatrixRMaj read(Path path) throws MatrixFormatException {
        String name = VisibleText.escaped(path.toString());
        if (isNpy(path)) {
            try {
                return Npy.read(name, notEmpty(name, BoundedFile.read(path, MAX_BYTES)));
            } catch (BoundedFile.ReadRefusal e) {
                throw new MatrixFormatException(name, e.getMessage());
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream bytes = BoundedFile.open(path, MAX_BYTES);
             Reader text = new BufferedReader(new InputStreamReader(bytes, utf8), 1 << 16)) {
            text.mark(1);
            if (text.read() < 0) {
                throw new MatrixFormatException(name, "the file is empty");
            }
            text.reset();
            return CsvMatrixReader.read(name, text);
        } catch (CharacterCodingException e) {
            throw new MatrixFormatException(name, "is not a text file; give CSV text or a .npy file");
        } catch (IOException e) {
            throw new MatrixFormatException(name, BoundedFile.refusal(e).getMessage());
        }
    }

    /**
     * Reads the channels of a {@code C x H x W} {@code .npy} file; any other matrix file (2-D
     * {@code .npy} or text) is one channel.
     *
     * @param path the file
     * @return the channels, each a new matrix, all of one shape
     * @throws MatrixFormatException as {@link #read(Path)} does, or for a {@code .npy} array that is
     *                               neither 2-D nor 3-D
     */
    public static Channels readChannels(Path path) throws MatrixFormatException {
        if (!isNpy(path)) {
            return new Channels(new FMatrixRMaj[] {read(path)}, false);
        }
        String name = VisibleText.escaped(path.toString());
        try {
            return Npy.readChannels(name, notEmpty(name, BoundedFile.read(path, MAX_BYTES)));
        } catch (BoundedFile.ReadRefusal e) {
            throw new MatrixFormatException(name, e.getMessage());
        }
    }

    private static byte[] notEmpty(String name, byte[] bytes) throws MatrixFormatException {
        if (bytes.length == 0) {
            throw new MatrixFormatException(name, "the file is empty");
        }
        return bytes;
    }

    /**
     * Writes a matrix as {@code .npy} (by the name) or CSV, atomically.
     *
     * @param path the file to create or replace
     * @param m    the matrix, not modified
     * @throws IOException if it cannot be written; an existing file is then left as it was
     */
    public static void write(Path path, FMatrixRMaj m) throws IOException {
        if (isNpy(path)) {
            AtomicFile.write(path, Npy.write(m));
            return;
        }
        AtomicFile.write(path, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            MatrixText.csv(m, text);
            text.flush();
        });
    }

    /**
     * Writes channels as a {@code C x H x W} {@code .npy} file, atomically.
     *
     * @param path     the {@code .npy} file to create or replace
     * @param channels the channels, all of one shape, none modified
     * @throws IOException if it cannot be written; an existing file is then left as it was
     * @throws IllegalArgumentException if the path does not end in {@code .npy} (text holds one
     *                                  matrix), or the channels are none or differ in shape
     */
    public static void writeChannels(Path path, FMatrixRMaj[] channels) throws IOException {
        if (!isNpy(path)) {
            throw new IllegalArgumentException(path + ": channels can only be written to a .npy file");
        }
        AtomicFile.write(path, Npy.writeChannels(channels));
    }

    private static boolean isNpy(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }
}
