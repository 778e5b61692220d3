package org.convlab.model;

/**
 * The arithmetic behind one output cell, written out with its real numbers:
 * {@code 1×1 + 0×(−1) + bias 0 = 1}. A tap on the zero border that padding adds is written with the
 * padding's name, {@code (pad 0)×1}, so a student sees which zeros X never held. The sum is
 * accumulated in the same order and precision as {@link org.convlab.core.CrossCorrelation}, so the
 * written result is the value in the heatmap.
 */
public final class Arithmetic {
    /** Products written out before the rest are left to an ellipsis. */
    public static final int MAX_TERMS = 6;

    private Arithmetic() {
    }

    /**
     * The products, bias and sum of output cell (i, j).
     *
     * @param state    X, K, b and the geometry; the kernel must fit in the padded input
     * @param i        the output row
     * @param j        the output column
     * @param biasWord the word for the bias in the user's language ("bias", "偏置")
     * @param padWord  the word for a padded zero ("pad", "填充")
     * @return the arithmetic on one line
     */
    public static String of(WorkspaceState state, int i, int j, String biasWord, String padWord) {
        StringBuilder sb = new StringBuilder();
        float sum = terms(state, state.input(), state.kernel(), state.bias(), i, j, padWord, sb);
        sb.append(" + ").append(biasWord).append(' ').append(ValueText.result(state.bias()));
        return sb.append(" = ").append(ValueText.result(sum)).toString();
    }

    /**
     * One input channel's part of an output cell of a workspace with several channels (D2L 6.4):
     * the products of channel c's window with kernel (o, c), summed from 0 as the full pass sums
     * every channel after the first, {@code 0×0 + 1×1 + 3×2 + 4×3 = 19}.
     *
     * @param state   X, K, b and the geometry; the kernel must fit in the padded input
     * @param o       the output channel
     * @param c       the input channel
     * @param i       the output row
     * @param j       the output column
     * @param padWord the word for a padded zero
     * @return the products and their sum on one line
     */
    public static String ofChannel(WorkspaceState state, int o, int c, int i, int j, String padWord) {
        StringBuilder sb = new StringBuilder();
        float sum = terms(state, state.input(c), state.kernel(o, c), 0f, i, j, padWord, sb);
        return sb.append(" = ").append(ValueText.result(sum)).toString();
    }

    /** Writes the products of one window with one kernel and returns their sum, starting from {@code start}. */
    private static float terms(WorkspaceState state, org.ejml.data.FMatrixRMaj x, org.ejml.data.FMatrixRMaj k,
                               float start, int i, int j, String padWord, StringBuilder sb) {
        KernelWindow window = KernelWindow.of(state, i, j);
        int terms = k.numRows * k.numCols;
        float sum = start;
        int written = 0;
        for (int a = 0; a < k.numRows; a++) {
            for (int b = 0; b < k.numCols; b++) {
                boolean inX = window.readsInput(a, b, x.numRows, x.numCols);
                float xv = inX ? x.get(window.tapRow(a), window.tapColumn(b)) : 0f;
                float kv = k.get(a, b);
                sum += kv * xv;
                int n = a * k.numCols + b;
                boolean shown = terms <= MAX_TERMS || n < MAX_TERMS - 1 || n == terms - 1;
                if (shown) {
                    sb.append(written++ == 0 ? "" : " + ").append(inX ? ValueText.term(xv) : "(" + padWord + " 0)")
                            .append('\u00d7')
                            .append(ValueText.term(kv));
                } else if (n == MAX_TERMS - 1) {
                    sb.append(" + \u2026");
                }
            }
        }
        return sum;
    }
}
