package org.convlab.io;

import org.ejml.data.FMatrixRMaj;

/**
 * A runnable Python snippet that rebuilds X and K with {@code torch.tensor(...)} and computes the
 * same Y with the chapter's {@code corr2d} and, for comparison, {@code torch.nn.functional.conv2d}
 * (which is also a cross-correlation). Every number is written in its shortest form that reads
 * back to the same float32.
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
