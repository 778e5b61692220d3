package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Hostile .npy headers: each gets the reader's own message, never another exception. */
class NpyHeaderTest {
    private static String refused(byte[] bytes) {
        return assertThrows(MatrixFormatException.class, () -> Npy.read("a.npy", bytes)).getMessage();
    }

    private static ByteBuffer floats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b;
    }

    @Test
    void negativeShapeIsRefusedInWords() {
        assertEquals("a.npy: the .npy shape (-1, -2) has a negative size",
                refused(NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (-1, -2), }", floats(1))));
    }

    @Test
    void headerLengthNearTwoGigabytesIsRefusedWithoutOverflow() {
        byte[] bytes = NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1), }", floats(1));
        byte[] v2 = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, v2, 0, 8);
        v2[6] = 2;
        ByteBuffer.wrap(v2, 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x7fffffff);
        assertEquals("a.npy: the .npy header announces 2147483647 bytes; at most 100000 are read (numpy writes fewer"
                + " than 200)", refused(v2));
    }

    @Test
    void versionByteIsReadUnsigned() {
        byte[] bytes = NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1), }", floats(1));
        bytes[6] = (byte) 255;
        assertEquals("a.npy: .npy format version 255 is not supported; versions 1 to 3 are", refused(bytes));
    }

    @Test
    void repeatedHeaderKeysTakeTheLastAsNumpyDoes() throws MatrixFormatException {
        FMatrixRMaj m = Npy.read("a.npy", NpyTest.npy(
                "{'descr': '<f8', 'shape': (9, 9), 'fortran_order': False, 'descr': '<f4', 'shape': (1, 2), }",
                floats(3, 4)));
        assertEquals(1, m.numRows);
        assertArrayEquals(new float[] {3, 4}, m.data);
    }

    @Test
    void finiteDoubleBeyondFloatIsCalledTooLargeNotInfinite() {
        ByteBuffer d = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(1e39);
        assertEquals("a.npy: value 0 (row 0, column 0) is 1.0E39, too large for a float (at most 3.4028235E38)",
                refused(NpyTest.npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1), }", d)));
    }

    @Test
    void hugeShapeIsRefusedBeforeAnythingIsAllocated() {
        assertEquals("a.npy: the array is 100000x100000, 10000000000 values; a matrix may hold at most 16777216"
                + " (4096x4096)",
                refused(NpyTest.npy("{'descr': '<f4', 'fortran_order': False, 'shape': (100000, 100000), }",
                        floats(1))));
    }
}
