package org.convlab.bench;

import boofcv.alg.filter.convolve.ConvolveImage;
import boofcv.alg.filter.convolve.ConvolveImageDownNoBorder;
import boofcv.alg.filter.convolve.ConvolveImageNoBorder;
import boofcv.core.image.border.FactoryImageBorder;
import boofcv.struct.border.ImageBorder_F32;
import boofcv.struct.convolve.Kernel2D_F32;
import boofcv.struct.image.GrayF32;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.ejml.data.FMatrixRMaj;

/**
 * The implementations compared on the padding and stride cases of {@link GeometryBenchmark}: a
 * square, odd kernel of radius r over X with no padding ({@code valid}), padding r and stride 1
 * ({@code pad1} for a 3x3 kernel, PyTorch's {@code same}) or stride 2 and no padding
 * ({@code stride2}).
 *
 * <p>BoofCV computes the same things: {@code ConvolveImageNoBorder} the valid output,
 * {@code ConvolveImage} with a border of zeros the padded one, and
 * {@code ConvolveImageDownNoBorder} with skip 2, given X from its second row and column (it
 * centres the kernel on every other pixel), the strided one, except for its first output row and
 * column, which it leaves out as border; those are not compared.
 */
final class GeometryPeers {
    static final String VALID = "";
    static final String PAD1 = "pad1";
    static final String STRIDE2 = "stride2";

    private GeometryPeers() {
    }

    static ConvGeometry geometry(String name, int kernelRows) {
        int r = kernelRows / 2;
        switch (name) {
            case VALID:
                return ConvGeometry.VALID;
            case PAD1:
                return new ConvGeometry(r, r, 1, 1, 1, 1);
            case STRIDE2:
                return new ConvGeometry(0, 0, 2, 2, 1, 1);
            default:
                throw new IllegalArgumentException("no geometry " + name);
        }
    }

    /** Whether the implementation's first output row and column are left out of the comparison. */
    static boolean skipsFirstRowAndColumn(String impl, String geometry) {
        return Peers.BOOFCV.equals(impl) && STRIDE2.equals(geometry);
    }

    static Correlation of(String impl, float[] x, Shape s) {
        switch (impl) {
            case Peers.CONVLAB:
                return convLab(x, s);
            case Peers.NAIVE:
                return naive(x, s);
            case Peers.BOOFCV:
                return boofCv(x, s);
            default:
                throw new IllegalArgumentException("no implementation " + impl);
        }
    }

    private static Correlation convLab(float[] x, Shape s) {
        FMatrixRMaj xm = FMatrixRMaj.wrap(s.rows(), s.cols(), x);
        FMatrixRMaj km = FMatrixRMaj.wrap(s.kernelRows(), s.kernelCols(), kernel(s));
        ConvGeometry g = geometry(s.geometry(), s.kernelRows());
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        return new Correlation() {
            @Override
            public Object run() {
                return CrossCorrelation.corr2d(xm, km, 0f, g, out);
            }

            @Override
            public float[] validOutput() {
                return CrossCorrelation.corr2d(xm, km, 0f, g, null).data;
            }
        };
    }

    /** The definition, cell by cell in float, zeros outside X. */
    private static Correlation naive(float[] x, Shape s) {
        float[] k = kernel(s);
        ConvGeometry g = geometry(s.geometry(), s.kernelRows());
        int outRows = g.outputRows(s.rows(), s.kernelRows());
        int outCols = g.outputCols(s.cols(), s.kernelCols());
        float[] y = new float[outRows * outCols];
        return new Correlation() {
            @Override
            public Object run() {
                for (int i = 0; i < outRows; i++) {
                    for (int j = 0; j < outCols; j++) {
                        float sum = 0;
                        for (int a = 0; a < s.kernelRows(); a++) {
                            int r = i * g.strideRows() + a - g.padRows();
                            for (int b = 0; b < s.kernelCols(); b++) {
                                int c = j * g.strideCols() + b - g.padCols();
                                if (r >= 0 && r < s.rows() && c >= 0 && c < s.cols()) {
                                    sum += k[a * s.kernelCols() + b] * x[r * s.cols() + c];
                                }
                            }
                        }
                        y[i * outCols + j] = sum;
                    }
                }
                return y;
            }

            @Override
            public float[] validOutput() {
                run();
                return y.clone();
            }
        };
    }

    private static Correlation boofCv(float[] x, Shape s) {
        if (s.kernelRows() != s.kernelCols() || s.kernelRows() % 2 == 0) {
            throw new IllegalArgumentException("the BoofCV peer takes square, odd kernels, not " + s.kernel());
        }
        int r = s.kernelRows() / 2;
        Kernel2D_F32 kernel = new Kernel2D_F32(s.kernelRows(), kernel(s).clone());
        GrayF32 src = new GrayF32(s.cols(), s.rows());
        System.arraycopy(x, 0, src.data, 0, x.length);
        ConvGeometry g = geometry(s.geometry(), s.kernelRows());
        int outRows = g.outputRows(s.rows(), s.kernelRows());
        int outCols = g.outputCols(s.cols(), s.kernelCols());
        switch (s.geometry()) {
            case VALID: {
                GrayF32 dst = new GrayF32(s.cols(), s.rows());
                return boofCv(() -> ConvolveImageNoBorder.convolve(kernel, src, dst), dst, r, outRows, outCols);
            }
            case PAD1: {
                GrayF32 dst = new GrayF32(s.cols(), s.rows());
                ImageBorder_F32 zeros = (ImageBorder_F32) FactoryImageBorder.singleValue(0, GrayF32.class);
                return boofCv(() -> ConvolveImage.convolve(kernel, src, dst, zeros), dst, 0, outRows, outCols);
            }
            case STRIDE2: {
                GrayF32 shifted = src.subimage(r, r, s.cols(), s.rows());
                GrayF32 dst = new GrayF32(outCols, outRows);
                return boofCv(() -> ConvolveImageDownNoBorder.convolve(kernel, shifted, dst, 2), dst, 0, outRows,
                        outCols);
            }
            default:
                throw new IllegalArgumentException("no geometry " + s.geometry());
        }
    }

    private static Correlation boofCv(Runnable convolve, GrayF32 dst, int offset, int outRows, int outCols) {
        return new Correlation() {
            @Override
            public Object run() {
                convolve.run();
                return dst;
            }

            @Override
            public float[] validOutput() {
                convolve.run();
                float[] y = new float[outRows * outCols];
                for (int i = 0; i < outRows; i++) {
                    for (int j = 0; j < outCols; j++) {
                        y[i * outCols + j] = dst.get(j + offset, i + offset);
                    }
                }
                return y;
            }
        };
    }

    private static float[] kernel(Shape s) {
        return Shape.gaussian(s.kernelRows() * s.kernelCols(), 2);
    }
}
