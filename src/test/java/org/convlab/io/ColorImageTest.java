package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convlab.core.ChannelStack;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColorImageTest {
    @TempDir
    Path dir;

    @Test
    void knownColoursBecomeTheirRedGreenAndBlueLevels() throws Exception {
        ChannelStack rgb = ColorImage.read(TestImages.stripesPng(dir, 8, 3), 256);
        assertEquals("3x3x8", rgb.shape());
        float[][] expected = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {64 / 255f, 128 / 255f, 192 / 255f}};
        for (int stripe = 0; stripe < 4; stripe++) {
            for (int c = 0; c < 3; c++) {
                for (int col = 2 * stripe; col < 2 * stripe + 2; col++) {
                    assertEquals(expected[stripe][c], rgb.channel(c).get(1, col), 1e-6,
                            "channel " + c + " column " + col);
                }
            }
        }
    }

    @Test
    void channelsWeightedByTheGrayWeightsAreTheGrayImport() throws Exception {
        // 1000x500 is averaged down to 256x128, so the weighting must hold through the scaling too
        Path file = TestImages.stripesPng(dir, 1000, 500);
        ChannelStack rgb = ColorImage.read(file, 256);
        FMatrixRMaj gray = GrayscaleImage.read(file, 256);
        assertEquals(gray.numRows, rgb.rows());
        assertEquals(gray.numCols, rgb.cols());
        float[] w = GrayscaleImage.weights();
        for (int i = 0; i < gray.getNumElements(); i++) {
            float weighted = w[0] * rgb.channel(0).data[i] + w[1] * rgb.channel(1).data[i]
                    + w[2] * rgb.channel(2).data[i];
            assertEquals(gray.data[i], weighted, 1e-5, "cell " + i);
        }
    }

    @Test
    void transparentPixelsCountAsWhiteInEveryChannel() throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00ff0000);
        image.setRGB(1, 0, 0xff0000ff);
        Path file = dir.resolve("alpha.png");
        ImageIO.write(image, "png", file.toFile());
        ChannelStack rgb = ColorImage.read(file, 256);
        for (int c = 0; c < 3; c++) {
            assertEquals(1f, rgb.channel(c).get(0, 0), 1e-6);
        }
        assertEquals(0f, rgb.channel(0).get(0, 1), 1e-6);
        assertEquals(1f, rgb.channel(2).get(0, 1), 1e-6);
    }

    @Test
    void corruptFileIsRefusedAsUnreadable() throws Exception {
        Path file = TestImages.corruptPng(dir);
        ImageImportException e = assertThrows(ImageImportException.class, () -> ColorImage.read(file, 256));
        assertEquals(ImageImportException.Reason.UNREADABLE, e.reason());
    }

    @Test
    void hugeImageIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
        Path file = TestImages.hugePngHeader(dir, 20_000, 10_000);
        ImageImportException e = assertThrows(ImageImportException.class, () -> ColorImage.read(file, 256));
        assertEquals(ImageImportException.Reason.TOO_LARGE, e.reason());
        assertEquals(20_000, e.width());
        assertEquals(10_000, e.height());
    }
}
