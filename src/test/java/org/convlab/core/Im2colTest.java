package org.convlab.core;

import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class Im2colTest {
    private final Random random = new Random(64);

    @Test
    void productEqualsTheChannelCorrelationForRandomShapesChannelsAndGeometries() {
        int checked = 0;
        while (checked < 200) {
            int inputs = 1 + random.nextInt(4);
            int outputs = 1 + random.nextInt(4);
            int kh = 1 + random.nextInt(4);
            int kw = 1 + random.nextInt(4);
            ConvGeometry g = new ConvGeometry(random.nextInt(3), random.nextInt(3), 1 + random.nextInt(3),
                    1 + random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(2));
            int rows = 1 + random.nextInt(12);
            int cols = 1 + random.nextInt(12);
            if (g.outputRows(rows, kh) < 1 || g.outputCols(cols, kw) < 1) {
                continue;
            }
            ChannelStack x = stack(inputs, rows, cols);
            KernelBank k = bank(outputs, inputs, kh, kw);
            float[] bias = values(outputs);
            String what = x.shape() + " * " + k.shape() + " " + g;
            FMatrixRMaj product = Im2col.product(x, k, bias, g);
            ChannelStack y = ChannelCorrelation.corr2d(x, k, bias, g);
            assertEquals(k.outputs(), product.numRows, what);
            assertEquals(y.rows() * y.cols(), product.numCols, what);
            for (int o = 0; o < outputs; o++) {
                FMatrixRMaj row = FMatrixRMaj.wrap(y.rows(), y.cols(), rowOf(product, o));
                assertClose(y.channel(o), row, 1e-4, what + " channel " + o);
            }
            checked++;
        }
    }

    @Test
    void oneByOneBankIsTheBooksProductOfKAndXReshaped() {
        ChannelStack x = stack(3, 4, 5);
        KernelBank k = bank(2, 3, 1, 1);
        FMatrixRMaj columns = Im2col.columns(x, 1, 1, ConvGeometry.VALID);
        assertEquals(3, columns.numRows);
        assertEquals(20, columns.numCols);
        assertArrayEquals(x.toArray(), columns.data, 0f);
        FMatrixRMaj w = Im2col.weights(k);
        assertEquals(2, w.numRows);
        assertEquals(3, w.numCols);
        for (int o = 0; o < 2; o++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(k.kernel(o, c).get(0, 0), w.get(o, c));
            }
        }
    }

    @Test
    void rowsAreTapsOfEachChannelAndPaddingReadsZero() {
        // two channels of 2x2, a 2x2 kernel and padding 1: the 3x3 output's corner windows reach mostly padding
        ChannelStack x = ChannelStack.of(FMatrixRMaj.wrap(2, 2, new float[] {1, 2, 3, 4}),
                FMatrixRMaj.wrap(2, 2, new float[] {5, 6, 7, 8}));
        FMatrixRMaj m = Im2col.columns(x, 2, 2, new ConvGeometry(1, 1, 1, 1, 1, 1));
        assertEquals(8, m.numRows);
        assertEquals(9, m.numCols);
        // row 3 is tap (1, 1) of channel 0: output (0, 0) reads X[0][0, 0], output (2, 2) reads padding
        assertEquals(1f, m.get(3, 0));
        assertEquals(0f, m.get(3, 8));
        // row 4 is tap (0, 0) of channel 1: output (2, 2) reads X[1][1, 1]
        assertEquals(8f, m.get(4, 8));
        assertEquals(0f, m.get(4, 0));
        assertArrayEquals(new int[] {1, 0, 0}, Im2col.tapOf(4, 2, 2));
        assertArrayEquals(new int[] {0, 1, 1}, Im2col.tapOf(3, 2, 2));
        assertArrayEquals(new int[] {2, 1, 0}, Im2col.tapOf(15, 2, 3));
    }

    @Test
    void mismatchedChannelsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Im2col.product(stack(2, 4, 4), bank(1, 3, 2, 2), new float[1], ConvGeometry.VALID));
        assertThrows(IllegalArgumentException.class,
                () -> Im2col.columns(stack(1, 2, 2), 3, 3, ConvGeometry.VALID));
    }

    private static float[] rowOf(FMatrixRMaj m, int row) {
        float[] r = new float[m.numCols];
        System.arraycopy(m.data, row * m.numCols, r, 0, m.numCols);
        return r;
    }

    private ChannelStack stack(int count, int rows, int cols) {
        return ChannelStack.fromArray(count, rows, cols, values(count * rows * cols));
    }

    private KernelBank bank(int outputs, int inputs, int rows, int cols) {
        return KernelBank.fromArray(outputs, inputs, rows, cols, values(outputs * inputs * rows * cols));
    }

    private float[] values(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (random.nextGaussian() * 2);
        }
        return v;
    }
}
