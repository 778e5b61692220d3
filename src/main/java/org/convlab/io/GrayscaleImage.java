package org.convlab.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a picture (PNG, JPEG, GIF, BMP) as a matrix of gray levels in [0, 1], small enough to
 * paint on. The dimensions are read from the header first, so a huge or hostile file is refused
 * before any pixel is decoded; large images are subsampled while decoding and then averaged down.
 */
public final class GrayscaleImage {
    /** The most pixels an image may have to be imported at all. */
    public static final long MAX_PIXELS = 100_000_000L;

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
        try {
            BoundedFile.requireRegularFile(file);
        } catch (BoundedFile.ReadRefusal e) {
            throw new ImageImportException(ImageImportException.Reason.UNREADABLE, 0, 0, e.getMessage());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new ImageImportException(ImageImportException.Reason.UNREADABLE, 0, 0, "cannot open " + file);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageImportException(ImageImportException.Reason.UNREADABLE, 0, 0, "no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return decode(reader, maxSide);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Decoders throw unchecked exceptions on damaged data as well as IOException.
            throw new ImageImportException(ImageImportException.Reason.UNREADABLE, 0, 0, String.valueOf(e));
        }
    }

    private static FMatrixRMaj decode(ImageReader reader, int maxSide) throws IOException, ImageImportException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width < 1 || height < 1) {
            throw new ImageImportException(ImageImportException.Reason.UNREADABLE, width, height, "empty image");
        }
        if (width * height > MAX_PIXELS) {
            throw new ImageImportException(ImageImportException.Reason.TOO_LARGE, width, height, "too many pixels");
        }
        // Decode at no less than twice the target size so the averaging below still smooths.
        int step = (int) Math.max(1, Math.max(width, height) / (2L * maxSide));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        return averageDown(gray(image), image.getWidth(), image.getHeight(), maxSide);
    }

    private static float[] gray(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[] g = new float[w * h];
        for (int i = 0; i < g.length; i++) {
            int p = argb[i];
            float alpha = ((p >>> 24) & 0xff) / 255f;
            // Rec. 709 luma of the sRGB values, composited over white.
            float luma = (0.2126f * ((p >> 16) & 0xff) + 0.7152f * ((p >> 8) & 0xff) + 0.0722f * (p & 0xff)) / 255f;
            g[i] = Math.min(1f, luma * alpha + (1 - alpha));
        }
        return g;
    }

    private static FMatrixRMaj averageDown(float[] gray, int w, int h, int maxSide) {
        double factor = Math.max(1.0, Math.max(w, h) / (double) maxSide);
        int outW = Math.max(1, (int) Math.round(w / factor));
        int outH = Math.max(1, (int) Math.round(h / factor));
        FMatrixRMaj out = new FMatrixRMaj(Math.min(outH, maxSide), Math.min(outW, maxSide));
        for (int i = 0; i < out.numRows; i++) {
            int y0 = (int) ((long) i * h / out.numRows);
            int y1 = Math.max(y0 + 1, (int) ((long) (i + 1) * h / out.numRows));
            for (int j = 0; j < out.numCols; j++) {
                int x0 = (int) ((long) j * w / out.numCols);
                int x1 = Math.max(x0 + 1, (int) ((long) (j + 1) * w / out.numCols));
                double sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        sum += gray[y * w + x];
                    }
                }
                out.set(i, j, (float) (sum / ((y1 - y0) * (x1 - x0))));
            }
        }
        return out;
    }
}
