package org.convlab.model;

/**
 * The arithmetic behind one output cell, written out with its real numbers:
 * {@code 1×1 + 0×(−1) + bias 0 = 1}. The sum is accumulated in the same order and precision as
 * {@link org.convlab.core.CrossCorrelation}, so the written result is the value in the heatmap.
 */
public final class Arithmetic {
    /** Products written out before the rest are left to an ellipsis. */
    public static final int MAX_TERMS = 6;

    private Arithmetic() {
    }

    /**
     * The products, bias and sum of output cell (i, j).
     *
     * @param state    X, K and b; the kernel must fit in the input
     * @param i        the output row
     * @param j        the output column
     * @param biasWord the word for the bias in the user's language ("bias", "偏置")
     * @return the arithmetic on one line
     */
    public static String of(WorkspaceState state, int i, int j, String biasWord) {
        var x = state.input();
        var k = state.kernel();
        int terms = k.numRows * k.numCols;
        StringBuilder sb = new StringBuilder();
        float sum = state.bias();
        int written = 0;
        for (int a = 0; a < k.numRows; a++) {
            for (int b = 0; b < k.numCols; b++) {
                float xv = x.get(i + a, j + b);
                float kv = k.get(a, b);
                sum += kv * xv;
                int n = a * k.numCols + b;
                boolean shown = terms <= MAX_TERMS || n < MAX_TERMS - 1 || n == terms - 1;
                if (shown) {
                    sb.append(written++ == 0 ? "" : " + ").append(ValueText.term(xv)).append('\u00d7')
                            .append(ValueText.term(kv));
                } else if (n == MAX_TERMS - 1) {
                    sb.append(" + \u2026");
                }
            }
        }
        sb.append(" + ").append(biasWord).append(' ').append(ValueText.result(state.bias()));
        return sb.append(" = ").append(ValueText.result(sum)).toString();
    }
}
