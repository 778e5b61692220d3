package org.convlab.io;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.ejml.data.FMatrixRMaj;

/**
 * A runnable Python snippet that rebuilds X and K with {@code torch.tensor(...)} and computes the
 * same Y with the chapter's {@code corr2d} and, for comparison, {@code torch.nn.functional.conv2d}
 * (which is also a cross-correlation); for several channels (D2L 6.4), an {@code nn.Conv2d} layer
 * with the workspace's bank as its weight and its biases as its bias. Every number is written in
 * its shortest form that reads back to the same float32.
 */
public final class PyTorchSnippet {
    private PyTorchSnippet() {
    }

    /**
     * The snippet.
     *
     * @param x    the input, not modified
     * @param k    the kernel, not modified
     * @param bias the bias
     * @return Python source text
     */
    public static String of(FMatrixRMaj x, FMatrixRMaj k, float bias) {
        return String.join("\n",
                "import torch",
                "import torch.nn.functional as F",
                "",
                "def corr2d(X, K):",
                "    \"\"\"The 2-D cross-correlation of D2L section 6.2.\"\"\"",
                "    h, w = K.shape",
                "    Y = torch.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))",
                "    for i in range(Y.shape[0]):",
                "        for j in range(Y.shape[1]):",
                "            Y[i, j] = (X[i:i + h, j:j + w] * K).sum()",
                "    return Y",
                "",
                "X = " + tensor(x),
                "K = " + tensor(k),
                "b = " + number(bias),
                "Y = corr2d(X, K) + b",
                "print(Y)",
                "",
                "# the same with PyTorch's conv2d, which also does not flip the kernel",
                "Y_conv = F.conv2d(X.reshape(1, 1, *X.shape), K.reshape(1, 1, *K.shape), bias=torch.tensor([b]))[0, 0]",
                "print(torch.allclose(Y, Y_conv, atol=1e-5))",
                "");
    }

    /**
     * The snippet for several channels: X of shape {@code (1, C_in, H, W)} and an
     * {@code nn.Conv2d(C_in, C_out, ...)} whose {@code weight} is the bank ({@code (C_out, C_in, kh, kw)})
     * and whose {@code bias} holds one value per output channel, with the workspace's padding, stride
     * and dilation. In the chapter's geometry it also checks the layer against the book's
     * {@code corr2d_multi_in_out}.
     *
     * @param x        the input stack, not modified
     * @param k        the kernel bank, not modified
     * @param bias     one value per output channel, not modified
     * @param geometry padding, stride and dilation
     * @return Python source text
     */
    public static String of(ChannelStack x, KernelBank k, float[] bias, ConvGeometry geometry) {
        float[] input = new float[x.count() * x.rows() * x.cols()];
        int plane = x.rows() * x.cols();
        for (int c = 0; c < x.count(); c++) {
            System.arraycopy(x.channel(c).data, 0, input, c * plane, plane);
        }
        float[] weight = new float[k.outputs() * k.inputs() * k.rows() * k.cols()];
        int size = k.rows() * k.cols();
        for (int o = 0; o < k.outputs(); o++) {
            for (int c = 0; c < k.inputs(); c++) {
                System.arraycopy(k.kernel(o, c).data, 0, weight, (o * k.inputs() + c) * size, size);
            }
        }
        String conv = "conv = nn.Conv2d(" + k.inputs() + ", " + k.outputs() + ", kernel_size=" + pair(k.rows(), k.cols())
                + ", padding=" + pair(geometry.padRows(), geometry.padCols())
                + ", stride=" + pair(geometry.strideRows(), geometry.strideCols())
                + ", dilation=" + pair(geometry.dilationRows(), geometry.dilationCols()) + ", bias=True)";
        List<String> lines = new ArrayList<>(List.of(
                "import torch",
                "from torch import nn",
                "",
                "# X: (1, C_in, H, W); the layer's weight: (C_out, C_in, kh, kw); its bias: (C_out,)",
                "X = " + tensor(new int[] {1, x.count(), x.rows(), x.cols()}, input, "X = ".length()),
                conv,
                "conv.weight.data = " + tensor(new int[] {k.outputs(), k.inputs(), k.rows(), k.cols()}, weight,
                        "conv.weight.data = ".length()),
                "conv.bias.data = " + tensor(new int[] {bias.length}, bias, "conv.bias.data = ".length()),
                "Y = conv(X)",
                "print(Y)"));
        if (geometry.isValid()) {
            lines.addAll(List.of(
                    "",
                    "# the same with the book's functions (D2L 6.2 and 6.4)",
                    "def corr2d(X, K):",
                    "    h, w = K.shape",
                    "    Y = torch.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))",
                    "    for i in range(Y.shape[0]):",
                    "        for j in range(Y.shape[1]):",
                    "            Y[i, j] = (X[i:i + h, j:j + w] * K).sum()",
                    "    return Y",
                    "",
                    "def corr2d_multi_in(X, K):",
                    "    return sum(corr2d(x, k) for x, k in zip(X, K))",
                    "",
                    "def corr2d_multi_in_out(X, K):",
                    "    return torch.stack([corr2d_multi_in(X, k) for k in K], 0)",
                    "",
                    "Y_book = corr2d_multi_in_out(X[0], conv.weight.data) + conv.bias.data.reshape(-1, 1, 1)",
                    "print(torch.allclose(Y[0].detach(), Y_book, atol=1e-5))"));
        }
        lines.add("");
        return String.join("\n", lines);
    }

    private static String pair(int a, int b) {
        return "(" + a + ", " + b + ")";
    }

    /**
     * A tensor of any rank as a {@code torch.tensor([...])} literal, one innermost row a line, each
     * nested list's rows aligned under its first.
     *
     * @param shape  the sizes, outermost first, not modified
     * @param data   the values in C order, not modified
     * @param column where the literal starts on its line, for the alignment
     * @return Python source text
     */
    static String tensor(int[] shape, float[] data, int column) {
        StringBuilder sb = new StringBuilder("torch.tensor(");
        nested(sb, shape, 0, data, 0, column + sb.length());
        return sb.append(')').toString();
    }

    private static int nested(StringBuilder sb, int[] shape, int dim, float[] data, int at, int column) {
        sb.append('[');
        for (int i = 0; i < shape[dim]; i++) {
            if (i > 0) {
                sb.append(dim == shape.length - 1 ? ", " : ",\n" + " ".repeat(column + dim + 1));
            }
            if (dim == shape.length - 1) {
                sb.append(number(data[at++]));
            } else {
                at = nested(sb, shape, dim + 1, data, at, column);
            }
        }
        sb.append(']');
        return at;
    }

    /**
     * A matrix as a {@code torch.tensor([[...]])} literal.
     *
     * @param m the matrix, not modified
     * @return Python source text
     */
    public static String tensor(FMatrixRMaj m) {
        StringBuilder sb = new StringBuilder("torch.tensor([");
        for (int i = 0; i < m.numRows; i++) {
            sb.append(i == 0 ? "[" : ",\n                  [");
            for (int j = 0; j < m.numCols; j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                sb.append(number(m.get(i, j)));
            }
            sb.append(']');
        }
        return sb.append("])").toString();
    }

    private static String number(float v) {
        String s = Float.toString(v);
        return s.replace("E", "e");
    }
}
