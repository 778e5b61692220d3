package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.convlab.io.MatrixText;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime image carries jdk.incubator.vector without resolving it: by default nothing but the
 * result is printed, and a user who opts in gets the same output to the bit, with the JVM's
 * incubator warning, which is why it is not the default.
 */
class VectorOptInIT {
    @TempDir
    Path dir;

    @Test
    void optingIntoTheVectorApiGivesTheSameBytesAndTheJvmsWarning() throws Exception {
        Random random = new Random(7);
        Files.writeString(dir.resolve("X.csv"), MatrixText.csv(random(random, 120, 300)));
        Files.writeString(dir.resolve("K.csv"), MatrixText.csv(random(random, 5, 5)));
        Launcher.Result plain = Launcher.run(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv",
                "--bias", "0.25", "--output", "plain.npy");
        assertEquals(0, plain.code(), plain.err());
        assertEquals("", plain.err(), "no incubator warning unless asked for");
        Launcher.Result vector = Launcher.runWithVectorApi(dir, "corr2d", "--input", "X.csv", "--kernel", "K.csv",
                "--bias", "0.25", "--output", "vector.npy");
        assertEquals(0, vector.code(), vector.err());
        assertTrue(vector.err().contains("WARNING: Using incubator modules: jdk.incubator.vector"), vector.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("plain.npy")), Files.readAllBytes(dir.resolve("vector.npy")));
    }

    private static FMatrixRMaj random(Random random, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextFloat() * 2 - 1;
        }
        return m;
    }
}
