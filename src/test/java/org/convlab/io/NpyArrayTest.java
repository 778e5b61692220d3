package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NpyArrayTest {
    @Test
    void writtenArraysOfAnyRankReadBack() throws Exception {
        for (int[] shape : new int[][] {{5}, {2, 3}, {3, 2, 2}, {2, 3, 1, 2}}) {
            int n = 1;
            for (int s : shape) {
                n *= s;
            }
            float[] data = new float[n];
            for (int i = 0; i < n; i++) {
                data[i] = i * 0.5f - 3;
            }
            NpyArray back = NpyArray.read("a.npy", new NpyArray(shape, data).write());
            assertArrayEquals(shape, back.shape());
            assertArrayEquals(data, back.data(), 0f);
        }
    }

    @Test
    void writesNumpysHeaderForThreeDimensions() {
        byte[] bytes = new NpyArray(new int[] {3, 2, 2}, new float[12]).write();
        String header = new String(bytes, 10, bytes.length - 10 - 48, StandardCharsets.ISO_8859_1);
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2, 2), }", header.strip());
        assertEquals(0, (bytes.length - 48) % 64, "the header is padded to 64 bytes, as numpy does");
    }

    @Test
    void readsBigEndianFloat64() throws Exception {
        String dict = "{'descr': '>f8', 'fortran_order': False, 'shape': (2, 1, 2), }";
        ByteBuffer b = ByteBuffer.allocate(10 + dict.length() + 1 + 32);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        b.order(ByteOrder.LITTLE_ENDIAN).putShort((short) (dict.length() + 1));
        b.put((dict + "\n").getBytes(StandardCharsets.ISO_8859_1)).order(ByteOrder.BIG_ENDIAN);
        b.putDouble(1.5).putDouble(-2).putDouble(0.25).putDouble(8);
        NpyArray a = NpyArray.read("b.npy", b.array());
        assertArrayEquals(new int[] {2, 1, 2}, a.shape());
        assertArrayEquals(new float[] {1.5f, -2, 0.25f, 8}, a.data(), 0f);
    }

    @Test
    void refusesWhatItCannotHold() {
        byte[] good = new NpyArray(new int[] {2, 2, 2}, new float[8]).write();
        byte[] truncated = Arrays.copyOf(good, good.length - 4);
        assertEquals("t.npy: the file is truncated: 2x2x2 values announced, 7 present",
                assertThrows(MatrixFormatException.class, () -> NpyArray.read("t.npy", truncated)).getMessage());
        byte[] empty = new NpyArray(new int[] {2, 0, 2}, new float[0]).write();
        assertEquals("e.npy: the array is empty (2x0x2)",
                assertThrows(MatrixFormatException.class, () -> NpyArray.read("e.npy", empty)).getMessage());
        byte[] nan = new NpyArray(new int[] {1, 1, 2}, new float[] {0, Float.NaN}).write();
        assertEquals("n.npy: value 1 (channel 0, row 0, column 1) is NaN, not a number",
                assertThrows(MatrixFormatException.class, () -> NpyArray.read("n.npy", nan)).getMessage());
    }

    @Test
    void aValueOfAKernelBankIsPlacedByEveryIndex() {
        float[] data = new float[24];
        data[17] = Float.POSITIVE_INFINITY;
        byte[] bank = new NpyArray(new int[] {2, 3, 2, 2}, data).write();
        assertEquals("k.npy: value 17 (index 1, 1, 0, 1) is infinite",
                assertThrows(MatrixFormatException.class, () -> NpyArray.read("k.npy", bank)).getMessage());
    }

    @Test
    void aHostileElementTypeIsQuotedVisibly() {
        byte[] bytes = NpyTest.npy("{'descr': '\u001b[2J', 'fortran_order': False, 'shape': (1, 1), }",
                ByteBuffer.allocate(4));
        String message = assertThrows(MatrixFormatException.class, () -> NpyArray.read("h.npy", bytes)).getMessage();
        assertEquals(-1, message.indexOf('\u001b'), message);
    }

    @Test
    void theMatrixReaderAndTheArrayReaderRefuseAFileInTheSameWords() {
        ByteBuffer three = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(1).putFloat(2)
                .putFloat(Float.NaN);
        byte[] good = new NpyArray(new int[] {2, 2}, new float[4]).write();
        byte[] version = good.clone();
        version[6] = 7;
        byte[][] files = {
            NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 1, 1), }", three),
            NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 2, 2), }", three),
            NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2, 2), }", three),
            NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, -1, 1), }", three),
            NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, x, 1), }", three),
            NpyTest.npy("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 1, 1), }", three),
            NpyTest.npy("{'descr': '<f4', 'fortran_order': True, 'shape': (3, 1, 1), }", three),
            Arrays.copyOf(good, 30),
            version,
        };
        for (byte[] file : files) {
            String matrix = assertThrows(MatrixFormatException.class, () -> Npy.readChannels("a.npy", file))
                    .getMessage();
            assertEquals(matrix, assertThrows(MatrixFormatException.class, () -> NpyArray.read("a.npy", file))
                    .getMessage());
        }
    }
}
