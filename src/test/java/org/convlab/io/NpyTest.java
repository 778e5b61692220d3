package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class NpyTest {
    /** A .npy file written the way numpy writes one, with the given header dict and data. */
    static byte[] npy(String dict, ByteBuffer data) {
        String header = dict + " ".repeat((64 - (10 + dict.length() + 1) % 64) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + data.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data.array());
        return b.array();
    }

    @Test
    void writtenFileReadsBackAndIsAlignedLikeNumpys() throws MatrixFormatException {
        FMatrixRMaj m = new FMatrixRMaj(2, 3, true, 1, -2.5f, 3, 0.125f, 5, 6);
        byte[] bytes = Npy.write(m);
        assertEquals(0, (bytes.length - 6 * 4) % 64, "header padded to 64 bytes");
        FMatrixRMaj back = Npy.read("Y.npy", bytes);
        assertEquals(2, back.numRows);
        assertArrayEquals(m.data, back.data);
    }

    @Test
    void readsFloat64() throws MatrixFormatException {
        ByteBuffer d = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.5).putDouble(-7);
        FMatrixRMaj m = Npy.read("a.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 1), }", d));
        assertEquals(2, m.numRows);
        assertArrayEquals(new float[] {0.5f, -7}, m.data);
    }

    @Test
    void readsBigEndianFloat32() throws MatrixFormatException {
        ByteBuffer d = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putFloat(1.5f).putFloat(2);
        FMatrixRMaj m = Npy.read("a.npy", npy("{'descr': '>f4', 'fortran_order': False, 'shape': (1, 2), }", d));
        assertArrayEquals(new float[] {1.5f, 2}, m.data);
    }

    private static String refused(byte[] bytes) {
        return assertThrows(MatrixFormatException.class, () -> Npy.read("a.npy", bytes)).getMessage();
    }

    @Test
    void unsupportedFilesAreRefusedWithReasons() {
        ByteBuffer four = ByteBuffer.allocate(8);
        assertEquals("a.npy: the array has shape (8,) but must be 2-D (rows, columns)",
                refused(npy("{'descr': '<i1', 'fortran_order': False, 'shape': (8,), }", four)));
        assertEquals("a.npy: element type '<i4' is not supported; use float32 or float64",
                refused(npy("{'descr': '<i4', 'fortran_order': False, 'shape': (1, 2), }", four)));
        assertEquals("a.npy: the array has shape (1, 2, 1) but must be 2-D (rows, columns)",
                refused(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2, 1), }", four)));
        assertEquals("a.npy: the array is in Fortran order; save it in C order (numpy.ascontiguousarray)",
                refused(npy("{'descr': '<f4', 'fortran_order': True, 'shape': (1, 2), }", four)));
        assertEquals("a.npy: the file is truncated: 2x2 values announced, 2 present",
                refused(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", four)));
        assertEquals("a.npy: not a NumPy .npy file (the magic bytes are missing)",
                refused("1,2\n".getBytes(StandardCharsets.UTF_8)));
        byte[] good = Npy.write(new FMatrixRMaj(2, 2));
        assertEquals("a.npy: the .npy header is truncated", refused(Arrays.copyOf(good, 30)));
    }

    @Test
    void channelsWrittenAsThreeDimensionalArrayReadBackInOrder() throws MatrixFormatException {
        FMatrixRMaj[] channels = {new FMatrixRMaj(2, 3, true, 1, 2, 3, 4, 5, 6),
            new FMatrixRMaj(2, 3, true, -1, -2, -3, -4, -5, -6)};
        byte[] bytes = Npy.writeChannels(channels);
        String header = new String(bytes, 10, 60, StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("'shape': (2, 2, 3)"), header);
        assertEquals(0, (bytes.length - 12 * 4) % 64, "header padded to 64 bytes");
        Channels read = Npy.readChannels("Y.npy", bytes);
        assertTrue(read.stacked());
        FMatrixRMaj[] back = read.planes();
        assertEquals(2, back.length);
        assertArrayEquals(channels[0].data, back[0].data);
        assertArrayEquals(channels[1].data, back[1].data);
        assertEquals(3, back[1].numCols);
    }

    @Test
    void aTwoDimensionalArrayIsOneChannel() throws MatrixFormatException {
        Channels back = Npy.readChannels("X.npy", Npy.write(new FMatrixRMaj(2, 2, true, 1, 2, 3, 4)));
        assertFalse(back.stacked());
        assertEquals(1, back.planes().length);
        assertArrayEquals(new float[] {1, 2, 3, 4}, back.planes()[0].data);
    }

    @Test
    void aSingleChannelThreeDimensionalArrayStaysStacked() throws MatrixFormatException {
        assertTrue(Npy.readChannels("X.npy", Npy.writeChannels(new FMatrixRMaj[] {new FMatrixRMaj(1, 1)})).stacked());
    }

    @Test
    void aThreeDimensionalArrayIsStillRefusedAsAMatrix() {
        byte[] bytes = Npy.writeChannels(new FMatrixRMaj[] {new FMatrixRMaj(1, 1)});
        assertEquals("a.npy: the array has shape (1, 1, 1) but must be 2-D (rows, columns)", refused(bytes));
    }

    @Test
    void channelFilesAreRefusedWithReasons() {
        ByteBuffer three = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(1).putFloat(2)
                .putFloat(Float.NaN);
        assertEquals("a.npy: value 2 (channel 2, row 0, column 0) is not a finite float", refusedChannels(
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 1, 1), }", three)));
        assertEquals("a.npy: the array has shape (1, 1, 1, 3) but must be 2-D (rows, columns) or 3-D (channels,"
                + " rows, columns)", refusedChannels(
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1, 1, 3), }", three)));
        assertEquals("a.npy: the array is empty (0x2x2)", refusedChannels(
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 2, 2), }", three)));
        assertEquals("a.npy: the file is truncated: 2x2x2 values announced, 3 present", refusedChannels(
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2, 2), }", three)));
        assertEquals("a.npy: the .npy shape (3, -1, 1) is not valid", refusedChannels(
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, -1, 1), }", three)));
        assertThrows(IllegalArgumentException.class,
                () -> Npy.writeChannels(new FMatrixRMaj[] {new FMatrixRMaj(1, 2), new FMatrixRMaj(2, 1)}));
    }

    private static String refusedChannels(byte[] bytes) {
        return assertThrows(MatrixFormatException.class, () -> Npy.readChannels("a.npy", bytes)).getMessage();
    }
}
