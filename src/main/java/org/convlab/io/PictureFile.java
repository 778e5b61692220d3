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
 * The guarded reading shared by the gray and the colour import: the dimensions are read from the
 * header first, so a huge or hostile file is refused before any pixel is decoded; large images are
 * subsampled while decoding, and each plane is then averaged down to the size asked for.
 */
final class PictureFile {
    private PictureFile() {
    }

    /**
     * Decodes an image, subsampled to no less than twice maxSide.
     *
     * @throws ImageImportException if the file is not a readable image or is too large
     */
    static BufferedImage read(Path file, int maxSide) throws ImageImportException {
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

    private static BufferedImage decode(ImageReader reader, int maxSide) throws IOException, ImageImportException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width < 1 || height < 1) {
            throw new ImageImportException(ImageImportException.Reason.UNREADABLE, width, height, "empty image");
        }
        if (width * height > GrayscaleImage.MAX_PIXELS) {
            throw new ImageImportException(ImageImportException.Reason.TOO_LARGE, width, height, "too many pixels");
        }
        // Decode at no less than twice the target size so the averaging below still smooths.
        int step = (int) Math.max(1, Math.max(width, height) / (2L * maxSide));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
    }

    /** The image's pixels as sRGB with alpha, row by row. */
    static int[] argb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A level in [0, 1] composited over white: a transparent pixel counts as white. */
    static float overWhite(float level, int argb) {
        float alpha = ((argb >>> 24) & 0xff) / 255f;
        return Math.min(1f, level * alpha + (1 - alpha));
    }

    /** One plane of w x h values averaged down (never up) to fit in maxSide x maxSide. */
    static FMatrixRMaj averageDown(float[] plane, int w, int h, int maxSide) {
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
                        sum += plane[y * w + x];
                    }
                }
                out.set(i, j, (float) (sum / ((y1 - y0) * (x1 - x0))));
            }
        }
        return out;
    }
}
