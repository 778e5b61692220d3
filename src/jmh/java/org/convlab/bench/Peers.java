package org.convlab.bench;

import boofcv.alg.filter.convolve.ConvolveImageNoBorder;
import boofcv.concurrency.BoofConcurrency;
import boofcv.struct.convolve.Kernel1D_F32;
import boofcv.struct.convolve.Kernel2D_F32;
import boofcv.struct.image.GrayF32;
import ij.plugin.filter.Convolver;
import ij.process.FloatProcessor;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.GradientEntry;
import org.ejml.data.FMatrixRMaj;

/**
 * The implementations compared, each set up outside the timed region for one problem
 * {@code corr2d(X, K)} with X of H x W and K of h x w.
 */
final class Peers {
    /** The implementation names used in the benchmarks' {@code impl} parameter and the summary. */
    static final String CONVLAB = "convlab";
    static final String NAIVE = "naive";
    static final String BOOFCV = "boofcv";
    static final String BOOFCV_CONCURRENT = "boofcv-concurrent";
    static final String IMAGEJ = "imagej";
    static final String CONVOLVE_OP = "convolveop";

    private Peers() {
    }

    /** The forward pass of each implementation, with K the kernel. */
    static Correlation forward(String impl, float[] x, int rows, int cols, float[] k, int kRows, int kCols) {
        switch (impl) {
            case CONVLAB:
                return convLabForward(x, rows, cols, k, kRows, kCols);
            case NAIVE:
                return new NaiveLoop(x, rows, cols, k, kRows, kCols);
            case BOOFCV:
                return new BoofCv(x, rows, cols, k, kRows, kCols, false);
            case BOOFCV_CONCURRENT:
                return new BoofCv(x, rows, cols, k, kRows, kCols, true);
            case IMAGEJ:
                return new ImageJ(x, rows, cols, k, kRows, kCols);
            case CONVOLVE_OP:
                return new AwtConvolveOp(x, rows, cols, k, kRows, kCols);
            default:
                throw new IllegalArgumentException("no implementation " + impl);
        }
    }

    /**
     * The backward pass dK = corr2d(X, E), with E the error map as the kernel. ImageJ and
     * ConvolveOp are left out: they compute every one of the H x W same-size outputs, which for a
     * kernel as large as the image is about a million times the work.
     */
    static Correlation backward(String impl, float[] x, int rows, int cols, float[] e, int eRows, int eCols) {
        if (CONVLAB.equals(impl)) {
            FMatrixRMaj xm = FMatrixRMaj.wrap(rows, cols, x);
            FMatrixRMaj em = FMatrixRMaj.wrap(eRows, eCols, e);
            int h = rows - eRows + 1;
            int w = cols - eCols + 1;
            // the output is reused between calls, as the forward pass and the peers reuse theirs
            FMatrixRMaj grad = new FMatrixRMaj(h, w);
            return new Correlation() {
                @Override
                public Object run() {
                    return GradientEntry.kernelGradient(xm, em, h, w, grad);
                }

                @Override
                public float[] validOutput() {
                    float[] g = GradientEntry.kernelGradient(xm, em, h, w, null).data.clone();
                    for (int t = 0; t < g.length; t++) {
                        g[t] /= 2; // the gradient is 2 corr2d(X, E)
                    }
                    return g;
                }
            };
        }
        if (IMAGEJ.equals(impl) || CONVOLVE_OP.equals(impl)) {
            throw new IllegalArgumentException(impl + " is not benchmarked backward");
        }
        return forward(impl, x, rows, cols, e, eRows, eCols);
    }

    private static Correlation convLabForward(float[] x, int rows, int cols, float[] k, int kRows, int kCols) {
        FMatrixRMaj xm = FMatrixRMaj.wrap(rows, cols, x);
        FMatrixRMaj km = FMatrixRMaj.wrap(kRows, kCols, k);
        FMatrixRMaj out = new FMatrixRMaj(rows - kRows + 1, cols - kCols + 1);
        return new Correlation() {
            @Override
            public Object run() {
                return CrossCorrelation.corr2d(xm, km, 0f, out);
            }

            @Override
            public float[] validOutput() {
                return CrossCorrelation.corr2d(xm, km, 0f, null).data;
            }
        };
    }

    /** The textbook loops, cell by cell, accumulating in float. */
    static final class NaiveLoop implements Correlation {
        private final float[] x;
        private final int cols;
        private final float[] k;
        private final int kRows;
        private final int kCols;
        private final float[] y;
        private final int outRows;
        private final int outCols;

        NaiveLoop(float[] x, int rows, int cols, float[] k, int kRows, int kCols) {
            this.x = x;
            this.cols = cols;
            this.k = k;
            this.kRows = kRows;
            this.kCols = kCols;
            this.outRows = rows - kRows + 1;
            this.outCols = cols - kCols + 1;
            this.y = new float[outRows * outCols];
        }

        @Override
        public Object run() {
            for (int i = 0; i < outRows; i++) {
                for (int j = 0; j < outCols; j++) {
                    float s = 0;
                    for (int a = 0; a < kRows; a++) {
                        for (int b = 0; b < kCols; b++) {
                            s += x[(i + a) * cols + j + b] * k[a * kCols + b];
                        }
                    }
                    y[i * outCols + j] = s;
                }
            }
            return y;
        }

        @Override
        public float[] validOutput() {
            run();
            return y.clone();
        }
    }

    /**
     * BoofCV's {@code ConvolveImageNoBorder}, which slides the kernel without flipping it. Its 2-D
     * kernels are square: a non-square K is padded with zeros to a square and X with zero rows or
     * columns so the valid region keeps its size; a one-row or one-column K uses BoofCV's 1-D
     * horizontal or vertical pass instead. Odd widths are centred so BoofCV's unrolled loops apply;
     * the valid output then sits at (offset, offset) of the same-size destination.
     */
    static final class BoofCv implements Correlation {
        private final GrayF32 src;
        private final GrayF32 dst;
        private final Kernel1D_F32 kernel1;
        private final Kernel2D_F32 kernel2;
        private final boolean horizontal;
        private final boolean concurrent;
        private final int rowOffset;
        private final int colOffset;
        private final int outRows;
        private final int outCols;

        BoofCv(float[] x, int rows, int cols, float[] k, int kRows, int kCols, boolean concurrent) {
            this.concurrent = concurrent;
            this.outRows = rows - kRows + 1;
            this.outCols = cols - kCols + 1;
            if (kRows == 1 || kCols == 1) {
                horizontal = kRows == 1;
                int width = horizontal ? kCols : kRows;
                int offset = width % 2 == 1 ? width / 2 : 0;
                kernel1 = new Kernel1D_F32(k.clone(), width);
                kernel1.offset = offset;
                kernel2 = null;
                src = image(x, rows, cols, rows, cols);
                rowOffset = horizontal ? 0 : offset;
                colOffset = horizontal ? offset : 0;
            } else {
                horizontal = false;
                int width = Math.max(kRows, kCols);
                int offset = width % 2 == 1 ? width / 2 : 0;
                kernel1 = null;
                kernel2 = new Kernel2D_F32(width, offset);
                for (int a = 0; a < kRows; a++) {
                    for (int b = 0; b < kCols; b++) {
                        kernel2.set(b, a, k[a * kCols + b]);
                    }
                }
                src = image(x, rows, cols, rows + width - kRows, cols + width - kCols);
                rowOffset = offset;
                colOffset = offset;
            }
            dst = new GrayF32(src.width, src.height);
        }

        private static GrayF32 image(float[] x, int rows, int cols, int paddedRows, int paddedCols) {
            GrayF32 image = new GrayF32(paddedCols, paddedRows);
            for (int i = 0; i < rows; i++) {
                System.arraycopy(x, i * cols, image.data, i * paddedCols, cols);
            }
            return image;
        }

        @Override
        public Object run() {
            BoofConcurrency.USE_CONCURRENT = concurrent;
            if (kernel2 != null) {
                ConvolveImageNoBorder.convolve(kernel2, src, dst);
            } else if (horizontal) {
                ConvolveImageNoBorder.horizontal(kernel1, src, dst);
            } else {
                ConvolveImageNoBorder.vertical(kernel1, src, dst);
            }
            return dst;
        }

        @Override
        public float[] validOutput() {
            run();
            float[] y = new float[outRows * outCols];
            for (int i = 0; i < outRows; i++) {
                for (int j = 0; j < outCols; j++) {
                    y[i * outCols + j] = dst.get(j + colOffset, i + rowOffset);
                }
            }
            return y;
        }
    }

    /**
     * ImageJ's {@code Convolver} with normalisation off, on a float image. Speed only: it computes
     * the same-size output with edge pixels repeated, and needs odd kernel sides (an even side gets
     * a zero row or column). The input stays in the processor's snapshot, so every run reads the
     * same pixels.
     */
    static final class ImageJ implements Correlation {
        private final FloatProcessor processor;
        private final Convolver convolver = new Convolver();
        private final float[] kernel;
        private final int kernelWidth;
        private final int kernelHeight;

        ImageJ(float[] x, int rows, int cols, float[] k, int kRows, int kCols) {
            processor = new FloatProcessor(cols, rows, x.clone());
            processor.snapshot();
            convolver.setNormalize(false);
            kernelWidth = kCols | 1;
            kernelHeight = kRows | 1;
            kernel = new float[kernelWidth * kernelHeight];
            for (int a = 0; a < kRows; a++) {
                System.arraycopy(k, a * kCols, kernel, a * kernelWidth, kCols);
            }
        }

        @Override
        public Object run() {
            if (!convolver.convolve(processor, kernel, kernelWidth, kernelHeight)) {
                throw new IllegalStateException("ImageJ refused the kernel");
            }
            return processor;
        }

        @Override
        public float[] validOutput() {
            return null;
        }
    }

    /**
     * {@code java.awt.image.ConvolveOp} on a 16-bit grey image (it refuses float rasters). Speed
     * only: integer pixels, a same-size output.
     */
    static final class AwtConvolveOp implements Correlation {
        private final BufferedImage src;
        private final BufferedImage dst;
        private final ConvolveOp op;

        AwtConvolveOp(float[] x, int rows, int cols, float[] k, int kRows, int kCols) {
            src = new BufferedImage(cols, rows, BufferedImage.TYPE_USHORT_GRAY);
            WritableRaster raster = src.getRaster();
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    raster.setSample(j, i, 0, Math.max(0, Math.min(65535, (int) (32768 + 8000 * x[i * cols + j]))));
                }
            }
            dst = new BufferedImage(cols, rows, BufferedImage.TYPE_USHORT_GRAY);
            op = new ConvolveOp(new Kernel(kCols, kRows, k.clone()), ConvolveOp.EDGE_NO_OP, null);
        }

        @Override
        public Object run() {
            return op.filter(src, dst);
        }

        @Override
        public float[] validOutput() {
            return null;
        }
    }
}
