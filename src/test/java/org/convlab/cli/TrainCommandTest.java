package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.convlab.io.NpyArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code convlab train} says about a run goes to the streams it is given, not the process's own. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private String divergenceMessage(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ConvLabCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(TrainCommand.DIVERGED, code, said);
        return said;
    }

    @Test
    void aDivergingKernelIsReportedOnTheErrorStreamGiven() throws Exception {
        Files.writeString(dir.resolve("X.csv"), "1,1,0,0,0,0,1,1\n".repeat(6));
        Files.writeString(dir.resolve("Y.csv"), "0,1,0,0,0,-1,0\n".repeat(6));
        Files.writeString(dir.resolve("K0.csv"), "0.3314 -0.4786\n");
        String err = divergenceMessage("train", "--input", file("X.csv"), "--target", file("Y.csv"), "--init",
                file("K0.csv"), "--lr", "0.05", "--epochs", "500");
        assertTrue(err.startsWith("convlab: training diverged at epoch "), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void aDivergingBankIsReportedOnTheErrorStreamGiven() throws Exception {
        float[] x = new float[2 * 6 * 6];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.cos(i * 0.9);
        }
        float[] k0 = new float[54];
        Arrays.fill(k0, 0.1f);
        Files.write(dir.resolve("X.npy"), new NpyArray(new int[] {2, 6, 6}, x).write());
        Files.write(dir.resolve("Y.npy"), new NpyArray(new int[] {3, 4, 4}, new float[48]).write());
        Files.write(dir.resolve("K0.npy"), new NpyArray(new int[] {3, 2, 3, 3}, k0).write());
        String err = divergenceMessage("train", "--input", file("X.npy"), "--target", file("Y.npy"), "--init",
                file("K0.npy"), "--lr", "1", "--epochs", "3");
        assertTrue(err.startsWith("convlab: training diverged at epoch "), err);
        assertEquals(1, err.lines().count(), err);
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }
}
