package org.convlab.io;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a picture (PNG, JPEG, GIF, BMP) as a matrix of gray levels in [0, 1], small enough to
 * paint on. The dimensions are read from the header first, so a huge or hostile file is refused
 * before any pixel is decoded; large images are subsampled while decoding and then averaged down.
 */
public final class GrayscaleImage {
    /** The most pixels an image may have to be imported at all. */
    public static final long MAX_PIXELS = 100_000_000L;
    // Rec. 709 luma of the sRGB values
    private static final float RED = 0.2126f;
    private static final float GREEN = 0.7152f;
    private static final float BLUE = 0.0722f;

    private GrayscaleImage() {
    }

    /**
     * Reads an image as gray levels, scaled down (never up) to fit in maxSide x maxSide.
     *
     * @param file    the image file
     * @param maxSide the largest height or width of the result, at least 1
     * @return a new matrix of values in [0, 1], 1 for white; transparent pixels count as white
     * @throws ImageImportException if the file is not a readable image or is too large
     */
    public static FMatrixRMaj read(Path file, int maxSide) throws ImageImportException {
        BufferedImage image = PictureFile.read(file, maxSide);
        return PictureFile.averageDown(gray(image), image.getWidth(), image.getHeight(), maxSide);
    }

    /**
     * The weights of red, green and blue in a gray level (Rec. 709 luma); they add up to 1, so a
     * colour import whose kernels carry them gives the gray import's output.
     *
     * @return a new array {red, green, blue}
     */
    public static float[] weights() {
        return new float[] {RED, GREEN, BLUE};
    }

    private static float[] gray(BufferedImage image) {
        int[] argb = PictureFile.argb(image);
        float[] g = new float[argb.length];
        for (int i = 0; i < g.length; i++) {
            int p = argb[i];
            float luma = (RED * ((p >> 16) & 0xff) + GREEN * ((p >> 8) & 0xff) + BLUE * (p & 0xff)) / 255f;
            g[i] = PictureFile.overWhite(luma, p);
        }
        return g;
    }
}
