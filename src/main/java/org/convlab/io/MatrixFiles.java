package org.convlab.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        String name = path.toString();
        byte[] bytes = bytes(path);
        if (isNpy(path)) {
            return Npy.read(name, bytes);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MatrixFormatException(name, "is not a text file; give CSV text or a .npy file");
        }
        return CsvMatrixReader.parse(name, text);
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
        return Npy.readChannels(path.toString(), bytes(path));
    }

    private static byte[] bytes(Path path) throws MatrixFormatException {
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new MatrixFormatException(name, "is a folder, not a matrix file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new MatrixFormatException(name, "the file is " + size / (1024 * 1024)
                        + " MB; at most " + MAX_BYTES / (1024 * 1024) + " MB can be read");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new MatrixFormatException(name, "no such file");
        } catch (IOException e) {
            throw new MatrixFormatException(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
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
        byte[] bytes = isNpy(path) ? Npy.write(m) : MatrixText.csv(m).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(path, bytes);
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
        return path.getFileName() != null && path.getFileName().toString().toLowerCase().endsWith(".npy");
    }
}
