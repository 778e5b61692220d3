package org.convlab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder,
 * are forced to disk, and the temporary file is moved over the target. If anything fails the
 * target keeps its old content and the temporary file is removed. A new file gets the permissions
 * the umask gives, a replaced one keeps its own, and a symbolic link stays a link: its target is
 * what is replaced.
 */
public final class AtomicFile {
    /** Writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream, closed by the caller
         * @throws IOException if writing fails (the disk is full, ...)
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_LINK_HOPS = 40;

    private AtomicFile() {
    }

    /**
     * Writes the bytes to the path atomically.
     *
     * @param path  the file to create or replace
     * @param bytes its new content
     * @throws IOException if the folder is not writable, the disk is full or the move fails
     */
    public static void write(Path path, byte[] bytes) throws IOException {
        write(path, out -> out.write(bytes));
    }

    /**
     * Writes content to the path atomically.
     *
     * @param path    the file to create or replace
     * @param content what to write
     * @throws IOException if anything fails; the target then keeps its old content
     */
    public static void write(Path path, Content content) throws IOException {
        Path target = linkTarget(path.toAbsolutePath());
        Path dir = target.getParent();
        Path tmp = createTemporary(dir);
        try {
            keepPermissions(target, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Throwable failure) {
            // the reason the write failed is what the user must read; a failed clean-up only adds to it
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanUp) {
                failure.addSuppressed(cleanUp);
            }
            throw failure;
        }
    }

    /**
     * Checks, before any work, that a file can be written there: its folder exists and is a folder
     * that takes new files. Writing may still fail later (a full disk), but not for these reasons.
     *
     * @param path the file to create or replace
     * @throws IOException saying why it cannot be written
     */
    public static void checkWritable(Path path) throws IOException {
        Path target = linkTarget(path.toAbsolutePath());
        if (Files.isDirectory(target)) {
            throw new IOException("is a folder");
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        Files.delete(createTemporary(dir));
    }

    /**
     * The file a symbolic link leads to, so that writing through the link replaces its target's
     * content and leaves the link in place; the path itself when it is no link.
     */
    private static Path linkTarget(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINK_HOPS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /**
     * A new empty file in the folder with a short name, whatever the target's name's length (a name
     * of 255 bytes is legal, one character longer is not), created with the default permissions the
     * umask gives rather than the owner-only ones of {@link Files#createTempFile}.
     */
    private static Path createTemporary(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".convlab-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions (a shared lesson folder's 0644 stays 0644). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (from != null && to != null) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }
}
