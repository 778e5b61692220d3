package org.convlab.core;

import static org.convlab.core.GoldenChannelsTest.assertStackClose;
import static org.convlab.support.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.convlab.support.Reference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class ChannelCorrelationTest {
    private final Random random = new Random(615);

    @Test
    void booksMultiInputExampleSumsTheChannels() {
        // D2L 6.4.1: two input channels and one kernel per channel
        ChannelStack x = ChannelStack.of(matrix(3, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8),
                matrix(3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        KernelBank k = KernelBank.of(new FMatrixRMaj[][] {{matrix(2, 2, 0, 1, 2, 3), matrix(2, 2, 1, 2, 3, 4)}});
        ChannelStack y = ChannelCorrelation.corr2d(x, k, new float[1], ConvGeometry.VALID);
        assertArrayEquals(new float[] {56, 72, 104, 120}, y.channel(0).data, 0f);
    }

    @Test
    void pointwiseProductEqualsTheGeneralPath() {
        for (int[] s : new int[][] {{3, 2, 3, 3}, {1, 1, 5, 7}, {8, 8, 40, 33}, {3, 64, 224, 224}}) {
            ChannelStack x = stack(s[0], s[2], s[3]);
            KernelBank k = bank(s[1], s[0], 1, 1);
            float[] bias = randomBias(s[1]);
            assertTrue(ChannelCorrelation.isPointwise(k, ConvGeometry.VALID));
            ChannelStack product = ChannelCorrelation.corr2d(x, k, bias, ConvGeometry.VALID);
            ChannelStack general = ChannelCorrelation.general(x, k, bias, ConvGeometry.VALID);
            assertStackClose(general, product, s[0] + " to " + s[1] + " channels");
        }
    }

    @Test
    void pointwiseIsOnlyForNoPaddingAndStrideOne() {
        KernelBank k = bank(2, 2, 1, 1);
        assertTrue(ChannelCorrelation.isPointwise(k, new ConvGeometry(0, 0, 1, 1, 3, 3)));
        assertFalse(ChannelCorrelation.isPointwise(k, new ConvGeometry(1, 0, 1, 1, 1, 1)));
        assertFalse(ChannelCorrelation.isPointwise(k, new ConvGeometry(0, 0, 1, 2, 1, 1)));
        assertFalse(ChannelCorrelation.isPointwise(bank(2, 2, 1, 2), ConvGeometry.VALID));
    }

    @Test
    void everyOutputChannelIsTheSumOverInputsOfTheReference() {
        ConvGeometry g = new ConvGeometry(1, 2, 2, 1, 1, 2);
        ChannelStack x = stack(3, 17, 23);
        KernelBank k = bank(4, 3, 3, 2);
        float[] bias = randomBias(4);
        ChannelStack y = ChannelCorrelation.corr2d(x, k, bias, g);
        for (int o = 0; o < 4; o++) {
            double[][] expected = Reference.corr2d(x.channel(0), k.kernel(o, 0), bias[o], 1, 2, 2, 1, 1, 2);
            for (int c = 1; c < 3; c++) {
                double[][] part = Reference.corr2d(x.channel(c), k.kernel(o, c), 0, 1, 2, 2, 1, 1, 2);
                for (int i = 0; i < part.length; i++) {
                    for (int j = 0; j < part[0].length; j++) {
                        expected[i][j] += part[i][j];
                    }
                }
            }
            assertClose(GeometryCorrelationTest.matrix(expected), y.channel(o), 1e-4, "channel " + o);
        }
    }

    @Test
    void oneChannelInAndOutIsTheSingleChannelLayer() {
        FMatrixRMaj x = Reference.random(random, 9, 12);
        FMatrixRMaj k = Reference.random(random, 3, 3);
        FMatrixRMaj target = Reference.random(random, 7, 10);
        LossGradient single = new Conv2D(k, 0.5f).backward(x, target);
        BankGradient bank = new ConvLayer(KernelBank.of(new FMatrixRMaj[][] {{k}}), new float[] {0.5f},
                ConvGeometry.VALID).backward(ChannelStack.of(x), ChannelStack.of(target));
        assertEquals(single.loss(), bank.loss(), 1e-9 * single.loss());
        assertArrayEquals(single.kernelGrad().data, bank.kernelGrad().kernel(0, 0).data, 0f);
        assertEquals(single.biasGrad(), bank.biasGrad()[0], 1e-9 * Math.abs(single.biasGrad()));
    }

    @Test
    void mismatchedShapesNameBoth() {
        ChannelStack x = stack(2, 5, 5);
        assertEquals("the kernel bank 3x3x2x2 takes 3 input channels but the input 2x5x5 has 2",
                assertThrows(IllegalArgumentException.class,
                        () -> ChannelCorrelation.corr2d(x, bank(3, 3, 2, 2), new float[3], ConvGeometry.VALID))
                        .getMessage());
        assertEquals("the bias has 2 values but the kernel bank 3x2x2x2 has 3 output channels",
                assertThrows(IllegalArgumentException.class,
                        () -> ChannelCorrelation.corr2d(x, bank(3, 2, 2, 2), new float[2], ConvGeometry.VALID))
                        .getMessage());
        assertEquals("channel 1 is 4x5 but channel 0 is 5x5", assertThrows(IllegalArgumentException.class,
                () -> new ChannelStack(List.of(new FMatrixRMaj(5, 5), new FMatrixRMaj(4, 5)))).getMessage());
        ConvLayer layer = new ConvLayer(bank(3, 2, 2, 2), new float[3], ConvGeometry.VALID);
        assertEquals("the target is 2x4x4 but the layer's output is 3x4x4", assertThrows(
                IllegalArgumentException.class, () -> layer.backward(x, stack(2, 4, 4))).getMessage());
    }

    @Test
    void bankTrainerLearnsTheGrayWeightsAsAOneByOneKernel() {
        ChannelStack rgb = stack(3, 12, 12);
        KernelBank gray = KernelBank.fromArray(1, 3, 1, 1, new float[] {0.299f, 0.587f, 0.114f});
        ChannelStack target = ChannelCorrelation.corr2d(rgb, gray, new float[1], ConvGeometry.VALID);
        BankTrainer t = new BankTrainer(rgb, target, KernelBank.zeros(1, 3, 1, 1), false, 0.005, ConvGeometry.VALID);
        List<BankTrainer.Epoch> epochs = t.run(300);
        assertEquals(TrainingStatus.RUNNING, t.status());
        assertTrue(epochs.get(299).loss() < 1e-8 * epochs.get(0).loss(), "loss " + epochs.get(299).loss());
        assertArrayEquals(gray.toArray(), t.kernel().toArray(), 1e-4f);
    }

    @Test
    void bankTrainerLearnsABankWithBiasesAndStride() {
        ConvGeometry g = new ConvGeometry(1, 1, 2, 2, 1, 1);
        ChannelStack x = stack(2, 10, 10);
        KernelBank truth = bank(3, 2, 3, 3);
        float[] bias = {0.5f, -0.25f, 0.125f};
        ChannelStack y = ChannelCorrelation.corr2d(x, truth, bias, g);
        BankTrainer t = new BankTrainer(x, y, KernelBank.zeros(3, 2, 3, 3), true, 0.01, g);
        t.run(3000);
        assertEquals(TrainingStatus.RUNNING, t.status());
        assertArrayEquals(truth.toArray(), t.kernel().toArray(), 1e-3f);
        assertArrayEquals(bias, t.bias(), 1e-3f);
    }

    @Test
    void bankTrainerSaysWhenTheLossGrew() {
        ChannelStack x = stack(2, 8, 8);
        ChannelStack y = ChannelCorrelation.corr2d(x, bank(2, 2, 3, 3), new float[2], ConvGeometry.VALID);
        BankTrainer calm = new BankTrainer(x, y, KernelBank.zeros(2, 2, 3, 3), false, 0.001, ConvGeometry.VALID);
        calm.run(3);
        assertFalse(calm.lossGrew());
        BankTrainer wild = new BankTrainer(x, y, KernelBank.zeros(2, 2, 3, 3), false, 1, ConvGeometry.VALID);
        wild.run(3);
        assertTrue(wild.lossGrew());
    }

    private ChannelStack stack(int count, int rows, int cols) {
        FMatrixRMaj[] channels = new FMatrixRMaj[count];
        for (int c = 0; c < count; c++) {
            channels[c] = Reference.random(random, rows, cols);
        }
        return ChannelStack.of(channels);
    }

    private KernelBank bank(int outputs, int inputs, int rows, int cols) {
        FMatrixRMaj[][] k = new FMatrixRMaj[outputs][inputs];
        for (int o = 0; o < outputs; o++) {
            for (int c = 0; c < inputs; c++) {
                k[o][c] = Reference.random(random, rows, cols);
            }
        }
        return KernelBank.of(k);
    }

    private float[] randomBias(int n) {
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextFloat() - 0.5f;
        }
        return b;
    }

    private static FMatrixRMaj matrix(int rows, int cols, float... values) {
        return new FMatrixRMaj(rows, cols, true, values);
    }
}
