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
        var x = state.input();
        var k = state.kernel();
        KernelWindow window = KernelWindow.of(state, i, j);
        int terms = k.numRows * k.numCols;
        StringBuilder sb = new StringBuilder();
        float sum = state.bias();
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
        sb.append(" + ").append(biasWord).append(' ').append(ValueText.result(state.bias()));
        return sb.append(" = ").append(ValueText.result(sum)).toString();
    }
}
