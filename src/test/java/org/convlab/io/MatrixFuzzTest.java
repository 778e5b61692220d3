package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the matrix loaders with seeded mutations of good files: every input is either read or
 * refused with a one-line MatrixFormatException that quotes at most a short piece of it, within
 * the hang guard and without running out of memory.
 */
class MatrixFuzzTest {
    private static final int INPUTS = 600;
    private static final String[] CSV = {
        "1,2,3\n4,5,6\n", "# a comment\n0.5 -1e-3\n\n2. .5\r\n", "1\n", "\ufeff1,1,0,0,0,0,1,1\n".repeat(6),
    };

    @Test
    void csvIsReadOrRefusedWithItsOwnOneLineMessage() {
        Random r = new Random(13);
        for (int i = 0; i < INPUTS; i++) {
            String text = HostileMutations.mutate(r, CSV[r.nextInt(CSV.length)]);
            HostileMutations.load(i, () -> {
                try {
                    FMatrixRMaj m = CsvMatrixReader.parse("X.csv", text);
                    assertTrue(m.getNumElements() > 0);
                    return null;
                } catch (MatrixFormatException e) {
                    assertTrue(e.getMessage().length() < 300, e.getMessage());
                    return e.getMessage();
                }
            });
        }
    }

    /** What a student pastes into a stack: PyTorch's print of a C x H x W tensor, a batch of one, a matrix. */
    private static final String[] PASTES = {
        "tensor([[[ 0.,  1.,  2.],\n         [ 3.,  4.,  5.]],\n\n        [[ 6.,  7.,  8.],\n         [ 9., 10., 11.]]])",
        "torch.tensor([[[[1.0, 2.0],\n                  [3.0, -4.5e-07]],\n                 [[5.0, 6.0],\n                  [7.0, 8.0]]]])",
        "[[1, 2], [3, 4]]", "1 2\n3 4\n",
    };

    @Test
    void pastedStackIsReadOrRefusedWithItsOwnOneLineMessage() {
        Random r = new Random(64);
        for (int i = 0; i < INPUTS; i++) {
            String text = HostileMutations.mutate(r, PASTES[r.nextInt(PASTES.length)]);
            HostileMutations.load(i, () -> {
                try {
                    java.util.List<FMatrixRMaj> stack = MatrixPaste.parseStack(text);
                    assertTrue(!stack.isEmpty() && stack.stream().allMatch(m -> m.numRows == stack.get(0).numRows
                            && m.numCols == stack.get(0).numCols && m.getNumElements() > 0), text);
                    return null;
                } catch (MatrixFormatException e) {
                    assertTrue(e.getMessage().length() < 300, e.getMessage());
                    return e.getMessage();
                }
            });
        }
    }

    @Test
    void npyIsReadOrRefusedWithItsOwnOneLineMessage() {
        Random r = new Random(14);
        byte[][] seeds = {Npy.write(new FMatrixRMaj(2, 3, true, 1, 2, 3, 4, 5, 6)), float64()};
        for (int i = 0; i < INPUTS; i++) {
            byte[] bytes = HostileMutations.mutate(r, seeds[r.nextInt(seeds.length)]);
            HostileMutations.load(i, () -> {
                try {
                    Npy.read("X.npy", bytes);
                    return null;
                } catch (MatrixFormatException e) {
                    assertTrue(e.getMessage().length() < 300, e.getMessage());
                    return e.getMessage();
                }
            });
        }
    }

    private static byte[] float64() {
        ByteBuffer d = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.5).putDouble(-7);
        return NpyTest.npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 1), }", d);
    }
}
