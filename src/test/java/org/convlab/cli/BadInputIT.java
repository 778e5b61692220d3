package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input gets one line on stderr, exit code 2 and no stack trace; --help and --version work. */
class BadInputIT extends ChapterFolder {
    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("Y66.csv"), "0,1,0,0,0,-1\n".repeat(6));
        Files.writeString(dir.resolve("empty.csv"), "");
        Files.writeString(dir.resolve("ragged.csv"), "1,2,3\n4,5\n");
        Files.writeString(dir.resolve("word.csv"), "# a comment\n1,2\n3,abc\n");
        Files.writeString(dir.resolve("big.csv"), "1,2,3,4,5,6,7,8,9\n".repeat(3));
        Files.write(dir.resolve("vector.npy"), npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", 12));
        Files.write(dir.resolve("ints.npy"), npy("{'descr': '<i8', 'fortran_order': False, 'shape': (1, 2), }", 16));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "corr2d --input missing.csv --kernel K.csv | convlab: missing.csv: no such file",
        "corr2d --input empty.csv --kernel K.csv | convlab: empty.csv: the file is empty",
        "corr2d --input ragged.csv --kernel K.csv | convlab: ragged.csv:2:1: row has 2 values but line 1 has 3; every row must have the same length",
        "corr2d --input word.csv --kernel K.csv | convlab: word.csv:3:3: 'abc' is not a number",
        "corr2d --input vector.npy --kernel K.csv | convlab: vector.npy: the array has shape (3,) but must be 2-D (rows, columns)",
        "corr2d --input ints.npy --kernel K.csv | convlab: ints.npy: element type '<i8' is not supported; use float32 or float64",
        "corr2d --input K.csv --kernel big.csv | convlab: kernel 3x9 is taller and wider than input 1x2; use a kernel of at most 1x2 or a larger input",
        "corr2d --input X.csv --kernel big.csv | convlab: kernel 3x9 is wider than input 6x8; use a kernel of at most 6x8 or a larger input",
        "corr2d --input X.csv --kernel K.csv --bias abc | convlab: corr2d: --bias must be a number, not 'abc'",
        "corr2d --input X.csv --kernel K.csv --output Y.txt | convlab: corr2d: --output must name a .csv or .npy file, not 'Y.txt'",
        "corr2d --input X.csv | convlab: corr2d: --kernel K is required",
        "corr2d --input X.csv --kernel K.csv --frobnicate | convlab: corr2d: unknown option '--frobnicate'; see 'convlab corr2d --help'",
        "corr2d --input X.csv --kernel | convlab: corr2d: --kernel needs a value",
        "train --input X.csv --target Y66.csv --init K0.csv | convlab: Y66.csv: the target is 6x6 but must be 6x7, the shape of corr2d of input 6x8 with kernel 1x2",
        "train --input X.csv --target Y.csv --init K0.csv --epochs 0 | convlab: train: --epochs must be from 1 to 100000000, not 0",
        "train --input X.csv --target Y.csv --init K0.csv --epochs -3 | convlab: train: --epochs must be from 1 to 100000000, not -3",
        "train --input X.csv --target Y.csv --init K0.csv --epochs ten | convlab: train: --epochs must be a whole number, not 'ten'",
        "train --input X.csv --target Y.csv --init K0.csv --lr 0 | convlab: train: --lr must be a positive number, not 0",
        "train --input X.csv --target Y.csv --init K0.csv --lr=-0.1 | convlab: train: --lr must be a positive number, not -0.1",
        "train --input X.csv --target Y.csv --init K0.csv --kernel-shape 1x2 | convlab: train: give either --kernel-shape HxW or --init K0",
        "train --input X.csv --target Y.csv --kernel-shape 1by2 | convlab: train: --kernel-shape must look like 1x2 (rows x columns, each at least 1), not '1by2'",
        "train --input X.csv --target Y.csv --kernel-shape 9x1 | convlab: kernel 9x1 is taller than input 6x8; use a kernel of at most 6x8 or a larger input",
        "train --input X.csv --target Y.csv --init K0.csv --seed 3 | convlab: train: --seed goes with --kernel-shape",
        "frobnicate | convlab: unknown command 'frobnicate'; commands: corr2d, train, d2l, pool",
        "d2l extra | convlab: d2l: unknown section 'extra'; sections: 6.2, 6.3, 6.4, 6.5",
        "d2l 6.5 extra | convlab: d2l: unexpected argument 'extra'; see 'convlab d2l --help'",
    })
    void badInputGetsOneLineAndExitTwo(String args, String message) throws Exception {
        assertRefused(args, message);
    }

    @Test
    void noArgumentsWithoutADisplaySayWhyTheWindowCannotOpen() throws Exception {
        Launcher.Result r = Launcher.runWithoutDisplay(dir);
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("convlab: cannot open the window: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void negativeBiasIsAValueInBothForms() throws Exception {
        Launcher.Result spaced = Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv", "--bias", "-0.5");
        Launcher.Result joined = Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv", "--bias=-0.5");
        assertEquals(0, spaced.code(), spaced.err());
        assertEquals(spaced.out(), joined.out());
        assertTrue(spaced.out().startsWith("-0.5,0.5,-0.5,-0.5,-0.5,-1.5,-0.5\n"), spaced.out());
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (String command : new String[] {"corr2d", "train", "d2l"}) {
            Launcher.Result r = Launcher.run(dir, command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("usage: convlab " + command), r.out());
        }
        assertEquals(0, Launcher.run(dir, "--help").code());
    }

    @Test
    void versionNamesConvLabJavaAndJavaFx() throws Exception {
        Launcher.Result r = Launcher.run(dir, "--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("ConvLab \\d+\\.\\d+\\.\\d+.* \\(Java 17[^,]*, JavaFX 21[.\\d]*\\)\\n"), r.out());
    }

    @Test
    void divergingTrainingSaysSoAndExitsThree() throws Exception {
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.csv", "--target", "Y.csv", "--init", "K0.csv",
                "--lr", "0.05", "--epochs", "500");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().startsWith("convlab: training diverged at epoch "), r.err());
        assertFalse(r.out().contains("NaN"));
    }

    @Test
    void failedLogWriteLeavesNoPartialFile() throws Exception {
        Launcher.Result r = Launcher.run(dir, "train", "--input", "X.csv", "--target", "Y.csv", "--init", "K0.csv",
                "--log", "no/such/folder/log.csv");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("convlab: no/such/folder/log.csv: cannot be written"), r.err());
    }
}
