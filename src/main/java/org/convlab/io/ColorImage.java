package org.convlab.io;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.convlab.core.ChannelStack;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a picture (PNG, JPEG, GIF, BMP) as three channels R, G and B in [0, 1] (D2L 6.4: a colour
 * image is a {@code 3 x H x W} input), with the gray import's guards: the size is read from the
 * header before any pixel is decoded, and the picture is scaled down the same way.
 */
public final class ColorImage {
    /** The channels' names, in order. */
    public static final List<String> CHANNEL_NAMES = List.of("R", "G", "B");

    private ColorImage() {
    }

    /**
     * Reads an image as its red, green and blue levels, scaled down (never up) to fit in maxSide x maxSide.
     *
     * @param file    the image file
     * @param maxSide the largest height or width of each channel, at least 1
     * @return a new 3 x H x W stack of values in [0, 1]; transparent pixels count as white
     * @throws ImageImportException if the file is not a readable image or is too large
     */
    public static ChannelStack read(Path file, int maxSide) throws ImageImportException {
        BufferedImage image = PictureFile.read(file, maxSide);
        int[] argb = PictureFile.argb(image);
        FMatrixRMaj[] channels = new FMatrixRMaj[3];
        float[] plane = new float[argb.length];
        for (int c = 0; c < 3; c++) {
            int shift = 16 - 8 * c;
            for (int i = 0; i < plane.length; i++) {
                plane[i] = PictureFile.overWhite(((argb[i] >> shift) & 0xff) / 255f, argb[i]);
            }
            channels[c] = PictureFile.averageDown(plane, image.getWidth(), image.getHeight(), maxSide);
        }
        return ChannelStack.of(channels);
    }
}
