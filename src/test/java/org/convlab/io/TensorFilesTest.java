package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.convlab.support.Reference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorFilesTest {
    @TempDir
    Path dir;

    private final Random r = new Random(6_4);
    private final List<FMatrixRMaj> rgb = List.of(Reference.random(r, 3, 4), Reference.random(r, 3, 4),
            Reference.random(r, 3, 4));
    private final List<List<FMatrixRMaj>> bank = List.of(
            List.of(Reference.random(r, 2, 3), Reference.random(r, 2, 3), Reference.random(r, 2, 3)),
            List.of(Reference.random(r, 2, 3), Reference.random(r, 2, 3), Reference.random(r, 2, 3)));

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStackGoesToOneArrayOfChannelsRowsAndColumns() throws Exception {
        Path npy = dir.resolve("X.npy");
        assertEquals(List.of(npy), TensorFiles.writeStack(npy, rgb, List.of("R", "G", "B")));
        NpyArray back = NpyArray.read("X.npy", Files.readAllBytes(npy));
        assertArrayEquals(new int[] {3, 3, 4}, back.shape());
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 12; i++) {
                assertEquals(rgb.get(c).data[i], back.data()[c * 12 + i]);
            }
        }
    }

    @Test
    void aStackGoesToOneCsvFilePerChannelNamedAfterIt() throws Exception {
        List<Path> written = TensorFiles.writeStack(dir.resolve("X.csv"), rgb, List.of("R", "G", "B"));
        assertEquals(List.of(dir.resolve("X-R.csv"), dir.resolve("X-G.csv"), dir.resolve("X-B.csv")), written);
        assertEquals(List.of("X-B.csv", "X-G.csv", "X-R.csv"), files(), "nothing else, not X.csv itself");
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(rgb.get(c).data, MatrixFiles.read(written.get(c)).data);
        }
    }

    @Test
    void aBankGoesToOneArrayInPyTorchsWeightOrder() throws Exception {
        Path npy = dir.resolve("K.npy");
        TensorFiles.writeBank(npy, bank, List.of("R", "G", "B"));
        NpyArray back = NpyArray.read("K.npy", Files.readAllBytes(npy));
        assertArrayEquals(new int[] {2, 3, 2, 3}, back.shape());
        for (int o = 0; o < 2; o++) {
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 3; j++) {
                        assertEquals(bank.get(o).get(c).get(i, j), back.data()[((o * 3 + c) * 2 + i) * 3 + j]);
                    }
                }
            }
        }
    }

    @Test
    void aBankGoesToOneCsvFilePerKernel() throws Exception {
        List<Path> written = TensorFiles.writeBank(dir.resolve("K.csv"), bank, List.of("R", "G", "B"));
        assertEquals(List.of("K-o0-B.csv", "K-o0-G.csv", "K-o0-R.csv", "K-o1-B.csv", "K-o1-G.csv", "K-o1-R.csv"),
                files());
        assertEquals(dir.resolve("K-o1-B.csv"), written.get(5));
        assertArrayEquals(bank.get(1).get(2).data, MatrixFiles.read(dir.resolve("K-o1-B.csv")).data);
    }

    @Test
    void namesThatCannotBeFileNamesOrWouldCollideFallBackToIndices() {
        assertEquals(List.of("R_G", "_"), TensorFiles.fileParts(List.of("R/G", " * ")));
        assertEquals(List.of("c0", "c1"), TensorFiles.fileParts(List.of("a/b", "a b")));
        assertEquals(List.of("c0", "c1"), TensorFiles.fileParts(List.of("r", "R")));
        assertEquals(List.of("灰度", "c1"), TensorFiles.fileParts(List.of("灰度", "c1")));
    }
}
