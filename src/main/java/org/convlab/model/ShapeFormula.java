package org.convlab.model;

import org.convlab.core.ConvGeometry;

/**
 * The output size with the workspace's numbers plugged in, as the book writes it:
 * {@code OH = ⌊(8 + 2·1 − 3 + 2) / 2⌋ = 4}, that is {@code ⌊(H + 2 ph − kh + sh) / sh⌋} with
 * total padding 2 ph. A dilated kernel enters with the span of its taps, {@code dh (kh − 1) + 1}.
 */
public final class ShapeFormula {
    private ShapeFormula() {
    }

    /**
     * The formula for the output's rows.
     *
     * @param state the workspace state
     * @return for example {@code OH = ⌊(8 + 2·1 − 3 + 2) / 2⌋ = 4}
     */
    public static String rows(WorkspaceState state) {
        ConvGeometry g = state.geometry();
        return line("OH", state.input().numRows, g.padRows(), state.kernel().numRows, g.dilationRows(),
                g.strideRows(), state.outputRows());
    }

    /**
     * The formula for the output's columns.
     *
     * @param state the workspace state
     * @return for example {@code OW = ⌊(8 + 2·0 − 2 + 1) / 1⌋ = 7}
     */
    public static String cols(WorkspaceState state) {
        ConvGeometry g = state.geometry();
        return line("OW", state.input().numCols, g.padCols(), state.kernel().numCols, g.dilationCols(),
                g.strideCols(), state.outputCols());
    }

    private static String line(String name, int input, int pad, int kernel, int dilation, int stride, int result) {
        String span = dilation == 1 ? Integer.toString(kernel)
                : "(" + dilation + "\u00b7(" + kernel + " \u2212 1) + 1)";
        return name + " = \u230a(" + input + " + 2\u00b7" + pad + " \u2212 " + span + " + " + stride + ") / "
                + stride + "\u230b = " + Math.max(result, 0);
    }
}
