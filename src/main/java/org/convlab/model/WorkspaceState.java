package org.convlab.model;

import org.convlab.core.Shapes;
import org.ejml.data.FMatrixRMaj;

/**
 * What the workspace shows at one moment: the input X, the kernel K and the bias b. A state is a
 * value: its matrices are never modified once it holds them, so states can share them, and the
 * undo history keeps states rather than copies.
 *
 * @param input  X, at least 1x1, finite
 * @param kernel K, at least 1x1, finite (it may be larger than X: the output then shows why)
 * @param bias   b, finite
 */
public record WorkspaceState(FMatrixRMaj input, FMatrixRMaj kernel, float bias) {
    /** Validates and takes private copies, so no caller can change the state afterwards. */
    public WorkspaceState {
        Shapes.requireFinite(input, "input");
        Shapes.requireFinite(kernel, "kernel");
        if (!Float.isFinite(bias)) {
            throw new IllegalArgumentException("the bias is " + bias + "; it must be a finite number");
        }
        input = input.copy();
        kernel = kernel.copy();
    }

    /**
     * The same state with another input.
     *
     * @param x the new input, copied
     * @return a new state
     */
    public WorkspaceState withInput(FMatrixRMaj x) {
        return new WorkspaceState(x, kernel, bias);
    }

    /**
     * The same state with another kernel.
     *
     * @param k the new kernel, copied
     * @return a new state
     */
    public WorkspaceState withKernel(FMatrixRMaj k) {
        return new WorkspaceState(input, k, bias);
    }

    /**
     * The same state with another bias.
     *
     * @param b the new bias
     * @return a new state
     */
    public WorkspaceState withBias(float b) {
        return new WorkspaceState(input, kernel, b);
    }

    /**
     * Whether the kernel fits in the input, so that Y has at least one cell.
     *
     * @return true when h &lt;= H and w &lt;= W
     */
    public boolean kernelFits() {
        return kernel.numRows <= input.numRows && kernel.numCols <= input.numCols;
    }

    /**
     * The shapes and the bias, never the values: a state may hold millions of cells.
     *
     * @return for example {@code WorkspaceState[X 6x8, K 1x2, b 0.0]}
     */
    @Override
    public String toString() {
        return "WorkspaceState[X " + Shapes.of(input) + ", K " + Shapes.of(kernel) + ", b " + bias + "]";
    }
}
