package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the launcher's refusal tests share: a folder holding the chapter's files (X the 6x8 edge
 * image, K = [1, -1], Y = corr2d(X, K), K0 a starting kernel), handmade .npy files, and the check
 * that a refused command line ends in exactly one line on stderr and exit code 2.
 */
abstract class ChapterFolder {
    @TempDir
    Path dir;

    @BeforeEach
    void writeChapterFiles() throws Exception {
        Files.writeString(dir.resolve("X.csv"), "1,1,0,0,0,0,1,1\n".repeat(6));
        Files.writeString(dir.resolve("K.csv"), "1,-1\n");
        Files.writeString(dir.resolve("Y.csv"), "0,1,0,0,0,-1,0\n".repeat(6));
        Files.writeString(dir.resolve("K0.csv"), "0.3314 -0.4786\n");
    }

    /**
     * A version 1.0 .npy file with the given header dictionary, padded as numpy pads it, and
     * {@code dataBytes} zero bytes of values.
     */
    static byte[] npy(String dict, int dataBytes) {
        String header = dict + " ".repeat((64 - (10 + dict.length() + 1) % 64) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.ISO_8859_1));
        return b.array();
    }

    /** Runs the space-separated command line in the folder and expects exit 2 with exactly this line on stderr. */
    void assertRefused(String commandLine, String message) throws Exception {
        assertEquals(message + "\n", refusal(commandLine.split(" ")));
    }

    /** Runs the command in the folder, expects exit code 2 and returns what it wrote on stderr. */
    String refusal(String... args) throws Exception {
        Launcher.Result r = Launcher.run(dir, args);
        assertEquals(2, r.code(), r.out() + r.err());
        return r.err();
    }
}
