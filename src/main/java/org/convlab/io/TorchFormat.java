package org.convlab.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ejml.data.FMatrixRMaj;

/**
 * Prints a float tensor of any rank as PyTorch prints it with its default options: integer-valued
 * tensors as {@code 19.}, others with 4 decimals, scientific notation when the magnitudes span
 * more than a factor of 1000 (or exceed 1e8 or fall below 1e-4), every element padded to the
 * widest, rows wrapped at 80 columns, blocks of rank {@code r} separated by {@code r - 1} line
 * breaks, and tensors of more than 1000 elements summarized to their first and last 3 entries
 * along each long dimension.
 */
public final class TorchFormat {
    private static final int PRECISION = 4;
    private static final int LINE_WIDTH = 80;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final String PREFIX = "tensor(";

    private TorchFormat() {
    }

    /**
     * The matrix as PyTorch's {@code print(t)} shows a 2-D tensor.
     *
     * @param m the matrix, not modified
     * @return {@code tensor([[...]])} over several lines
     */
    public static String tensor(FMatrixRMaj m) {
        return tensor(new int[] {m.numRows, m.numCols}, Arrays.copyOf(m.data, m.getNumElements()));
    }

    /**
     * A one-element 1-D tensor, as PyTorch prints a layer's bias: {@code tensor([0.1234])}.
     *
     * @param v the value
     * @return the text
     */
    public static String vector(float v) {
        return tensor(new int[] {1}, new float[] {v});
    }

    /**
     * A tensor of any rank as PyTorch's {@code print(t)} shows it, for example a {@code 1 x 1 x 2 x 2}
     * tensor as {@code tensor([[[[1., 2.],\n          [3., 4.]]]])}.
     *
     * @param shape the size of each dimension, outermost first; at least one dimension, none
     *              negative; not modified
     * @param data  the elements in row-major order (the last index varies fastest), as many as the
     *              shape holds; not modified
     * @return the text
     * @throws IllegalArgumentException if the shape is empty, has a negative size, or does not
     *                                  hold exactly {@code data.length} elements
     */
    public static String tensor(int[] shape, float[] data) {
        checkShape(shape, data.length);
        if (data.length == 0) {
            return shape.length == 1 ? PREFIX + "[])" : PREFIX + "[], size=" + pythonTuple(shape) + ")";
        }
        boolean summarize = data.length > THRESHOLD;
        Block block = new Block(shape, data, Style.of(shape, data, summarize), summarize);
        return PREFIX + block.text(0, 0, PREFIX.length()) + ")";
    }

    private static void checkShape(int[] shape, int elements) {
        if (shape.length == 0) {
            throw new IllegalArgumentException("a tensor needs at least one dimension");
        }
        long count = 1;
        for (int size : shape) {
            if (size < 0) {
                throw new IllegalArgumentException("negative size in shape " + Arrays.toString(shape));
            }
            count = Math.min(count * size, Integer.MAX_VALUE + 1L);
        }
        if (count != elements) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + count
                    + " elements, not " + elements);
        }
    }

    private static String pythonTuple(int[] shape) {
        String inner = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return "(" + inner + (shape.length == 1 ? ",)" : ")");
    }

    /** Whether PyTorch keeps index {@code i} of a dimension of {@code size} when summarizing. */
    private static boolean kept(int i, int size) {
        return i < EDGE_ITEMS || i >= size - EDGE_ITEMS;
    }

    /** PyTorch's _tensor_str_with_formatter: nested brackets over the dimensions, one style throughout. */
    private static final class Block {
        private final int[] shape;
        private final float[] data;
        private final Style style;
        private final boolean summarize;

        Block(int[] shape, float[] data, Style style, boolean summarize) {
            this.shape = shape;
            this.data = data;
            this.style = style;
            this.summarize = summarize;
        }

        /** The sub-tensor of dimension {@code dim} starting at {@code offset}, printed at {@code indent}. */
        String text(int dim, int offset, int indent) {
            if (dim == shape.length - 1) {
                return vector(offset, indent);
            }
            int size = shape[dim];
            int stride = 1;
            for (int d = dim + 1; d < shape.length; d++) {
                stride *= shape[d];
            }
            List<String> slices = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (summarize && size > 2 * EDGE_ITEMS && i == EDGE_ITEMS) {
                    slices.add("...");
                    i = size - EDGE_ITEMS;
                }
                slices.add(text(dim + 1, offset + i * stride, indent + 1));
            }
            int rank = shape.length - dim;
            return "[" + String.join("," + "\n".repeat(rank - 1) + " ".repeat(indent + 1), slices) + "]";
        }

        private String vector(int offset, int indent) {
            int size = shape[shape.length - 1];
            List<String> elements = new ArrayList<>();
            for (int j = 0; j < size; j++) {
                if (summarize && size > 2 * EDGE_ITEMS && j == EDGE_ITEMS) {
                    elements.add(" ...");
                    j = size - EDGE_ITEMS;
                }
                elements.add(style.format(data[offset + j]));
            }
            int perLine = Math.max(1, (LINE_WIDTH - indent) / (style.width + 2));
            List<String> lines = new ArrayList<>();
            for (int start = 0; start < elements.size(); start += perLine) {
                lines.add(String.join(", ", elements.subList(start, Math.min(elements.size(), start + perLine))));
            }
            return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
        }
    }

    /** PyTorch's _Formatter: one style for the whole tensor, chosen from its nonzero finite values. */
    private static final class Style {
        private boolean intMode = true;
        private boolean sciMode;
        private int width = 1;

        static Style of(int[] shape, float[] data, boolean summarize) {
            List<Float> shown = new ArrayList<>();
            int[] index = new int[shape.length];
            for (float v : data) {
                if (Float.isFinite(v) && v != 0 && (!summarize || allKept(index, shape))) {
                    shown.add(v);
                }
                advance(index, shape);
            }
            Style s = new Style();
            if (shown.isEmpty()) {
                return s;
            }
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (float v : shown) {
                max = Math.max(max, Math.abs(v));
                min = Math.min(min, Math.abs(v));
                if (v != Math.ceil(v)) {
                    s.intMode = false;
                }
            }
            s.sciMode = max / min > 1000.0 || max > 1.0e8 || (!s.intMode && min < 1.0e-4);
            for (float v : shown) {
                s.width = Math.max(s.width, s.plain(v).length());
            }
            return s;
        }

        private static boolean allKept(int[] index, int[] shape) {
            for (int d = 0; d < shape.length; d++) {
                if (!kept(index[d], shape[d])) {
                    return false;
                }
            }
            return true;
        }

        private static void advance(int[] index, int[] shape) {
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++index[d] < shape[d]) {
                    return;
                }
                index[d] = 0;
            }
        }

        private String plain(float v) {
            if (sciMode) {
                return scientific(v);
            }
            if (intMode) {
                return MatrixText.fixed(v, 0) + ".";
            }
            return MatrixText.fixed(v, PRECISION);
        }

        String format(float v) {
            String s = Float.isFinite(v) ? plain(v) : Float.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
            return " ".repeat(Math.max(0, width - s.length())) + s;
        }

        /** Python's {@code f"{v:.4e}"}: the exact binary value rounded half to even, two exponent digits at least. */
        private static String scientific(double v) {
            if (v == 0) {
                return (1 / v < 0 ? "-" : "") + "0." + "0".repeat(PRECISION) + "e+00";
            }
            BigDecimal rounded = new BigDecimal(v).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
            int exponent = rounded.precision() - rounded.scale() - 1;
            BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(PRECISION, RoundingMode.UNNECESSARY);
            String digits = Integer.toString(Math.abs(exponent));
            return mantissa.toPlainString() + "e" + (exponent < 0 ? '-' : '+') + (digits.length() < 2 ? "0" : "") + digits;
        }
    }
}
