package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.io.GrayscaleImage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class ColorInputTest {
    private final Random random = new Random(3);

    @Test
    void importedChannelsAreNamedRgbAndTheBankTakesThree() {
        WorkspaceState s = ColorInput.replace(new WorkspaceState(random(6, 8), random(2, 2), 0.5f), picture(5, 7));
        assertEquals(List.of("R", "G", "B"), s.channelNames());
        assertEquals(3, s.inputChannels());
        assertEquals(3, s.bank().inputs());
        assertEquals(1, s.outputChannels());
        assertEquals(5, s.input(2).numRows);
        assertEquals(0.5f, s.bias());
    }

    @Test
    void outputIsTheGrayPicturesOutput() {
        FMatrixRMaj k = random(3, 3);
        ChannelStack rgb = picture(9, 11);
        WorkspaceState s = ColorInput.replace(new WorkspaceState(random(4, 4), k, 0.25f), rgb);
        float[] w = GrayscaleImage.weights();
        FMatrixRMaj gray = new FMatrixRMaj(9, 11);
        for (int i = 0; i < gray.getNumElements(); i++) {
            gray.data[i] = w[0] * rgb.channel(0).data[i] + w[1] * rgb.channel(1).data[i]
                    + w[2] * rgb.channel(2).data[i];
        }
        FMatrixRMaj expected = CrossCorrelation.corr2d(gray, k, 0.25f, ConvGeometry.VALID, null);
        FMatrixRMaj y = ChannelCorrelation.corr2d(s.stack(), s.bank(), s.biasArray(), s.geometry()).channel(0);
        for (int i = 0; i < y.getNumElements(); i++) {
            assertEquals(expected.data[i], y.data[i], 1e-5);
        }
    }

    @Test
    void everyOutputChannelSplitsTheSumOfItsKernels() {
        FMatrixRMaj a = random(2, 2);
        FMatrixRMaj b = random(2, 2);
        FMatrixRMaj c = random(2, 2);
        WorkspaceState two = new WorkspaceState(List.of(random(4, 4), random(4, 4)), null,
                List.of(List.of(a, b), List.of(c, a)), List.of(0f, 1f), ConvGeometry.VALID, PoolingStage.OFF);
        WorkspaceState s = ColorInput.replace(two, picture(4, 4));
        float[] w = GrayscaleImage.weights();
        assertEquals(2, s.outputChannels());
        for (int ch = 0; ch < 3; ch++) {
            assertEquals(w[ch] * (a.get(1, 0) + b.get(1, 0)), s.kernel(0, ch).get(1, 0), 1e-6);
            assertEquals(w[ch] * (c.get(0, 1) + a.get(0, 1)), s.kernel(1, ch).get(0, 1), 1e-6);
        }
        assertEquals(List.of(0f, 1f), s.biases());
    }

    private ChannelStack picture(int rows, int cols) {
        return ChannelStack.of(level(rows, cols), level(rows, cols), level(rows, cols));
    }

    private FMatrixRMaj level(int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = random.nextFloat();
        }
        return m;
    }

    private FMatrixRMaj random(int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = (float) random.nextGaussian();
        }
        return m;
    }
}
