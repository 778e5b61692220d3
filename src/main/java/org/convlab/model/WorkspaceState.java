package org.convlab.model;

import org.convlab.core.ConvGeometry;
import org.convlab.core.Shapes;
import org.ejml.data.FMatrixRMaj;

/**
 * What the workspace shows at one moment: the input X, the kernel K, the bias b, where the
 * kernel's windows sit (padding, stride, dilation) and the optional pooling after Y. A state is a
 * value: its matrices are never modified once it holds them, so states can share them, and the
 * undo history keeps states rather than copies.
 *
 * @param input  X, at least 1x1, finite
 * @param kernel K, at least 1x1, finite (it may be larger than X: the output then shows why)
 * @param bias     b, finite
 * @param geometry padding, stride and dilation; {@link ConvGeometry#VALID} is the chapter's case
 * @param pooling  the optional pooling after Y (D2L 6.5); {@link PoolingStage#OFF} by default
 */
public record WorkspaceState(FMatrixRMaj input, FMatrixRMaj kernel, float bias, ConvGeometry geometry,
                             PoolingStage pooling) {
    /** Validates and takes private copies, so no caller can change the state afterwards. */
    public WorkspaceState {
        Shapes.requireFinite(input, "input");
        Shapes.requireFinite(kernel, "kernel");
        if (!Float.isFinite(bias)) {
            throw new IllegalArgumentException("the bias is " + bias + "; it must be a finite number");
        }
        if (geometry == null) {
            throw new IllegalArgumentException("a workspace state needs a geometry");
        }
        if (pooling == null) {
            throw new IllegalArgumentException("a workspace state needs a pooling stage (PoolingStage.OFF for none)");
        }
        input = input.copy();
        kernel = kernel.copy();
    }

    /**
     * A state without pooling.
     *
     * @param input    X
     * @param kernel   K
     * @param bias     b
     * @param geometry padding, stride and dilation
     */
    public WorkspaceState(FMatrixRMaj input, FMatrixRMaj kernel, float bias, ConvGeometry geometry) {
        this(input, kernel, bias, geometry, PoolingStage.OFF);
    }

    /**
     * A state of the chapter's kind: no padding, stride 1, no dilation.
     *
     * @param input  X
     * @param kernel K
     * @param bias   b
     */
    public WorkspaceState(FMatrixRMaj input, FMatrixRMaj kernel, float bias) {
        this(input, kernel, bias, ConvGeometry.VALID);
    }

    /**
     * The same state with another input.
     *
     * @param x the new input, copied
     * @return a new state
     */
    public WorkspaceState withInput(FMatrixRMaj x) {
        return new WorkspaceState(x, kernel, bias, geometry, pooling);
    }

    /**
     * The same state with another kernel.
     *
     * @param k the new kernel, copied
     * @return a new state
     */
    public WorkspaceState withKernel(FMatrixRMaj k) {
        return new WorkspaceState(input, k, bias, geometry, pooling);
    }

    /**
     * The same state with another bias.
     *
     * @param b the new bias
     * @return a new state
     */
    public WorkspaceState withBias(float b) {
        return new WorkspaceState(input, kernel, b, geometry, pooling);
    }

    /**
     * The same state with another padding, stride and dilation.
     *
     * @param g the new geometry
     * @return a new state
     */
    public WorkspaceState withGeometry(ConvGeometry g) {
        return new WorkspaceState(input, kernel, bias, g, pooling);
    }

    /**
     * The same state with another pooling stage.
     *
     * @param p the new stage
     * @return a new state
     */
    public WorkspaceState withPooling(PoolingStage p) {
        return new WorkspaceState(input, kernel, bias, geometry, p);
    }

    /**
     * The output's row count, OH.
     *
     * @return 0 or less when no window fits
     */
    public int outputRows() {
        return geometry.outputRows(input.numRows, kernel.numRows);
    }

    /**
     * The output's column count, OW.
     *
     * @return 0 or less when no window fits
     */
    public int outputCols() {
        return geometry.outputCols(input.numCols, kernel.numCols);
    }

    /**
     * Whether the (dilated) kernel fits in the (padded) input, so that Y has at least one cell.
     *
     * @return true when OH and OW are at least 1; for the chapter's geometry, h &lt;= H and w &lt;= W
     */
    public boolean kernelFits() {
        return outputRows() >= 1 && outputCols() >= 1;
    }

    /**
     * The shapes and the bias, never the values: a state may hold millions of cells.
     *
     * @return for example {@code WorkspaceState[X 6x8, K 1x2, b 0.0]}, with the geometry when it is
     *         not the chapter's
     */
    @Override
    public String toString() {
        return "WorkspaceState[X " + Shapes.of(input) + ", K " + Shapes.of(kernel) + ", b " + bias
                + (geometry.isValid() ? "" : ", " + geometry)
                + (pooling.on() ? ", pool " + pooling.mode() + " " + pooling.window() : "") + "]";
    }
}
