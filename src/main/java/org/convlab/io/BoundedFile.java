package org.convlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file the user named with a size limit that holds whatever the path is: the size the
 * file system reports is only a first check, the bytes are counted as they are read (a file may
 * grow), and devices, pipes and sockets are refused before they are opened, since /dev/zero never
 * ends and opening a pipe waits for a writer that may never come.
 */
public final class BoundedFile {
    private BoundedFile() {
    }

    /**
     * Reads a whole regular file of at most {@code limit} bytes.
     *
     * @param path  the file
     * @param limit the most bytes accepted, below 2 GB
     * @return the bytes
     * @throws ReadRefusal saying in words why the file cannot be read
     */
    public static byte[] read(Path path, long limit) throws ReadRefusal {
        long size = requireRegularFile(path);
        if (size > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    /**
     * Opens a regular file for reading through a stream that fails once more than {@code limit}
     * bytes have come.
     *
     * @param path  the file
     * @param limit the most bytes accepted
     * @return the stream, to be closed by the caller
     * @throws ReadRefusal saying why the file cannot be read
     */
    public static InputStream open(Path path, long limit) throws ReadRefusal {
        long size = requireRegularFile(path);
        if (size > limit) {
            throw tooLarge(limit);
        }
        try {
            return new LimitedStream(Files.newInputStream(path), limit);
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    /**
     * Checks, without opening it, that a path is a regular file a reader may open: a decoder that
     * opens a pipe itself would wait for a writer.
     *
     * @param path the file
     * @return its size in bytes as the file system reports it
     * @throws ReadRefusal for a folder, device, pipe or socket, or a missing file
     */
    public static long requireRegularFile(Path path) throws ReadRefusal {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw refusal(e);
        }
        if (attributes.isDirectory()) {
            throw new ReadRefusal("is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new ReadRefusal("is a device, pipe or socket, not a file; save the data to a file first");
        }
        return attributes.size();
    }

    static ReadRefusal tooLarge(long limit) {
        return new ReadRefusal("is larger than " + megabytes(limit) + ", the most that can be read");
    }

    /**
     * A byte count in words.
     *
     * @param bytes the count
     * @return "256 MB", "1 MB", "512 bytes"
     */
    public static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /**
     * Why reading failed, in words.
     *
     * @param e what the file system said
     * @return the refusal, ready to throw
     */
    public static ReadRefusal refusal(IOException e) {
        if (e instanceof ReadRefusal r) {
            return r;
        }
        if (e instanceof NoSuchFileException) {
            return new ReadRefusal("no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new ReadRefusal("cannot be read (permission denied)");
        }
        // a FileSystemException's message repeats the path as given, control characters and all
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null || e instanceof FileSystemException ? e.getClass().getSimpleName()
                : e.getMessage();
        return new ReadRefusal("cannot be read (" + VisibleText.escaped(reason) + ")");
    }

    /** A file that cannot be read; the message says why in words, without the file's name. */
    public static final class ReadRefusal extends IOException {
        private static final long serialVersionUID = 1L;

        ReadRefusal(String why) {
            super(why);
        }
    }

    /** Counts what is read and fails past the limit, so a file that grows while read stays bounded. */
    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws ReadRefusal {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
