package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13's hostile inputs through the real launcher: every one ends in one line on stderr and exit
 * 2 (or 3 for a diverging run), nothing is lost and nothing is kept that was asked for elsewhere.
 */
@EnabledOnOs(OS.LINUX)
class HostileInputIT extends ChapterFolder {
    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("ovf.csv"), "3e38,3e38,3e38\n");
        Files.writeString(dir.resolve("K11.csv"), "1,1\n");
        Files.writeString(dir.resolve("bom.csv"), "\ufeff1,2,3\n");
        Files.writeString(dir.resolve("nbsp.csv"), "1\u00a02\n");
        Files.writeString(dir.resolve("count.csv"), "0,1,2\n3,4,5\n6,7,8\n");
        Files.writeString(dir.resolve("count-y.csv"), "19,25\n37,43\n");
        Files.writeString(dir.resolve("hugex.csv"), "1e30,1e30\n");
        Files.writeString(dir.resolve("hugey.csv"), "0\n");
        Files.writeString(dir.resolve("k1.csv"), "1e30,1e30\n");
        Files.writeString(dir.resolve("one.csv"), "1\n");
        Files.writeString(dir.resolve("two.csv"), "2\n");
        Files.write(dir.resolve("neg.npy"), npy("{'descr': '<f4', 'fortran_order': False, 'shape': (-1, -2), }", 4));
        byte[] v255 = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1), }", 4);
        v255[6] = (byte) 255;
        Files.write(dir.resolve("v255.npy"), v255);
        byte[] v2 = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1), }", 4);
        v2[6] = 2;
        ByteBuffer.wrap(v2, 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x7fffffff);
        Files.write(dir.resolve("v2.npy"), v2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "corr2d --input /dev/zero --kernel K.csv | convlab: /dev/zero: is a device, pipe or socket, not a file; save the data to a file first",
        "corr2d --input neg.npy --kernel K.csv | convlab: neg.npy: the .npy shape (-1, -2) has a negative size",
        "corr2d --input v2.npy --kernel K.csv | convlab: v2.npy: the .npy header announces 2147483647 bytes; at most 100000 are read (numpy writes fewer than 200)",
        "corr2d --input v255.npy --kernel K.csv | convlab: v255.npy: .npy format version 255 is not supported; versions 1 to 3 are",
        "corr2d --input nbsp.csv --kernel K.csv | convlab: nbsp.csv:1:1: '1\\u00a02' is not a number",
        "corr2d --input ovf.csv --kernel K11.csv | convlab: the output overflows float32: Y[0,0] is beyond 3.4028235E38; scale the input or the kernel down",
        "corr2d --input X.csv --kernel K.csv --bias 1e39 | convlab: corr2d: --bias '1e39' is too large for a float (at most 3.4028235E38)",
        "corr2d --input --help --kernel K.csv | convlab: corr2d: --input needs a value",
        "train --input X.csv --target Y.csv --init K0.csv --epochs 2147483647 | convlab: train: --epochs must be from 1 to 100000000, not 2147483647",
        "train --input X.csv --target Y.csv --init K0.csv --lr 1e309 | convlab: train: --lr '1e309' is too large (at most 1.7976931348623157E308)",
        "train --input X.csv --target Y.csv --init K0.csv --lr 1e-320 | convlab: train: --lr '1e-320' is outside float32 (from 1.4E-45 to 3.4028235E38), where the update is computed",
        "train --input X.csv --target Y.csv --init K0.csv --bias --bias | convlab: train: --bias is given twice",
        "train --input hugex.csv --target hugey.csv --init k1.csv --lr 1e-30 | convlab: the data overflow float32: at the starting kernel the loss or its gradient is not finite, whatever the learning rate; scale the input and the target down",
        "--version junk | convlab: --version takes no arguments, not 'junk'",
    })
    void hostileInputGetsOneLineAndExitTwo(String args, String message) throws Exception {
        assertRefused(args, message);
    }

    @Test
    void kernelShapeThatCannotFitIsRefusedBeforeTheKernelIsMade() throws Exception {
        Launcher.Result r = Launcher.runAdjusted(dir, pb -> pb.environment().put("JDK_JAVA_OPTIONS", "-Xmx64m"),
                "train", "--input", "X.csv", "--target", "Y.csv", "--kernel-shape", "9999x9999");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().endsWith("\nconvlab: kernel 9999x9999 is taller and wider than input 6x8; use a kernel of at"
                + " most 6x8 or a larger input\n"), r.err());
    }

    @Test
    void correlationThatWouldRunForHoursIsRefusedBeforeItStarts() throws Exception {
        Files.write(dir.resolve("x4k.npy"), npy(
                "{'descr': '<f4', 'fortran_order': False, 'shape': (4096, 4096), }", 4 * 4096 * 4096));
        Files.write(dir.resolve("k2k.npy"), npy(
                "{'descr': '<f4', 'fortran_order': False, 'shape': (2048, 2048), }", 4 * 2048 * 2048));
        Launcher.Result r = Launcher.run(dir, "corr2d", "--input", "x4k.npy", "--kernel", "k2k.npy");
        assertEquals(2, r.code(), r.err());
        assertEquals("convlab: input 4096x4096 with kernel 2048x2048 takes 1.76e+13 multiply-adds, more than the"
                + " 1e+11 one step may take (about a minute); use a smaller kernel or input\n", r.err());
    }

    @Test
    void emptyFileNameIsCalledEmptyNotAFolder() throws Exception {
        assertEquals("convlab: corr2d: --input needs a file name, not ''\n",
                refusal("corr2d", "--input", "", "--kernel", "K.csv"));
    }

    @Test
    void longBadNumberIsQuotedByItsStart() throws Exception {
        assertEquals("convlab: corr2d: --bias must be a number, not '" + "1".repeat(40) + "...' (60001 characters)\n",
                refusal("corr2d", "--input", "X.csv", "--kernel", "K.csv", "--bias", "1".repeat(60_000) + "x"));
    }

    @Test
    void fileNameWithANewlineStaysOnOneLine() throws Exception {
        assertEquals("convlab: two\\nlines.csv: no such file\n",
                refusal("corr2d", "--input", "two\nlines.csv", "--kernel", "K.csv"));
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        Launcher.Result r = Launcher.run(dir, "corr2d", "--input", "bom.csv", "--kernel", "K.csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("-1.0,-1.0\n", r.out());
    }

    @Test
    void pipeIsRefusedWithoutWaiting() throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("pipe.csv").toString()).start().waitFor());
        Launcher.Result r = Launcher.run(dir, "corr2d", "--input", "pipe.csv", "--kernel", "K.csv");
        assertEquals(2, r.code());
        assertEquals("convlab: pipe.csv: is a device, pipe or socket, not a file; save the data to a file first\n",
                r.err());
    }

    @Test
    void moreValuesThanAMatrixHoldsAreRefusedWithTheLimit() throws Exception {
        Files.write(dir.resolve("tall.csv"), "0\n".repeat((1 << 24) + 1).getBytes(StandardCharsets.US_ASCII));
        Launcher.Result r = Launcher.run(dir, "corr2d", "--input", "tall.csv", "--kernel", "one.csv");
        assertEquals(2, r.code());
        assertEquals("convlab: tall.csv:16777217:1: more than 16777216 values; a matrix may hold at most 16777216"
                + " (4096x4096)\n", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"corr2d --input X.csv --kernel K.csv", "train --input X.csv --target Y.csv --init K0.csv",
        "d2l", "pool --input X.csv --size 2"})
    void fullDiskOnStandardOutputIsAnError(String args) throws Exception {
        Launcher.Result r = Launcher.runAdjusted(dir, pb -> pb.redirectOutput(new File("/dev/full")), args.split(" "));
        assertEquals(2, r.code(), r.err());
        assertEquals("convlab: standard output cannot be written (the disk is full or the reader has gone); the output"
                + " is lost\n", r.err());
    }

    @Test
    void missingLogFolderIsFoundBeforeTraining() throws Exception {
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.csv", "--target", "Y.csv", "--init", "K0.csv",
                "--log", "/nonexistent/l.csv");
        assertEquals(2, r.code());
        assertEquals("", r.out(), "no epoch is run");
        assertEquals("convlab: /nonexistent/l.csv: cannot be written (the folder does not exist)\n", r.err());
    }

    @Test
    void poolChecksItsOutputFolderBeforeTheWorkAndTakesAnyCase() throws Exception {
        Launcher.Result missing = Launcher.run(dir, "pool", "--input", "X.csv", "--size", "2", "--output",
                "/nonexistent/z.csv");
        assertEquals(2, missing.code());
        assertEquals("convlab: /nonexistent/z.csv: cannot be written (the folder does not exist)\n", missing.err());
        Launcher.Result upper = Launcher.run(dir, "pool", "--input", "X.csv", "--size", "2", "--output", "Z.CSV");
        assertEquals(0, upper.code(), upper.err());
        assertEquals("1.0,0.0,0.0,1.0\n1.0,0.0,0.0,1.0\n1.0,0.0,0.0,1.0\n", Files.readString(dir.resolve("Z.CSV")));
    }

    @Test
    void poolingThatWouldRunForHoursIsRefusedUpFront() throws Exception {
        Files.writeString(dir.resolve("big.csv"), ("0," .repeat(2047) + "0\n").repeat(2048));
        Launcher.Result r = Launcher.run(dir, "pool", "--input", "big.csv", "--size", "1024", "--stride", "1");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("convlab: pooling 1x2048x2048 with a 1024x1024 window takes 1.10e+12"
                + " comparisons"), r.err());
    }

    @Test
    void outputsAreOrdinaryFilesWithLongNamesAnyCaseAndLinksKept() throws Exception {
        String longName = "y".repeat(240) + ".CSV";
        Launcher.Result r = Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv", "--output", longName);
        assertEquals(0, r.code(), r.err());
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve(longName)));
        Path shared = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("shared.csv"));
        assertEquals(0, Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv", "--output",
                "link.csv").code());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertTrue(Files.readString(shared).startsWith("0.0,1.0,"), Files.readString(shared));
    }

    @Test
    void nonAsciiNamesWorkInTheCLocale() throws Exception {
        Files.writeString(dir.resolve("ü.csv"), "1,2,3\n");
        Launcher.Result r = Launcher.runAdjusted(dir, pb -> {
            pb.environment().put("LC_ALL", "C");
            pb.environment().remove("LANG");
        }, "corr2d", "--input", "ü.csv", "--kernel", "K.csv", "--output", "ö.csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("-1.0,-1.0\n", Files.readString(dir.resolve("ö.csv")));
    }

    @Test
    void fewEpochsThatGrowTheLossStillDiverge() throws Exception {
        Launcher.Result r = Launcher.run(dir, "train", "--input", "count.csv", "--target", "count-y.csv",
                "--kernel-shape", "2x2", "--epochs", "3");
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("convlab: training diverged at epoch 3 (the loss grew from "), r.err());
        assertFalse(r.out().contains("tensor"), "no learned kernel is printed");
    }

    @Test
    void longRunKeepsNoHistoryAndLogsEveryEpoch() throws Exception {
        int epochs = 1_000_000;
        Launcher.Result r = Launcher.runAdjusted(dir, pb -> pb.environment().put("JDK_JAVA_OPTIONS", "-Xmx24m"),
                "train", "--input", "one.csv", "--target", "two.csv", "--init", "one.csv", "--lr", "0.01",
                "--epochs", String.valueOf(epochs), "--log", "log.csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nepoch " + epochs + ", loss 0.000\n"));
        try (var lines = Files.lines(dir.resolve("log.csv"))) {
            assertEquals(epochs + 1, lines.count());
        }
    }

    @Test
    void imageInAFolderWithASpaceStarts() throws Exception {
        Path image = dir.resolve("Program Files").resolve("convlab");
        Files.createDirectories(image.getParent());
        Process copy = new ProcessBuilder("cp", "-a", Launcher.path().toAbsolutePath().getParent().getParent().toString(),
                image.toString()).inheritIO().start();
        assertEquals(0, copy.waitFor());
        Path launcher = image.resolve("bin/convlab");
        Launcher.Result r = Launcher.runAdjusted(dir, pb -> pb.command().set(0, launcher.toString()), "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ConvLab "), r.out());
    }
}
