package org.convlab.ui.workspace;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * X | K and b | Y side by side, sharing the width by what they hold: the kernel panel takes the
 * width its CSS asks for (within its minimum and a third of the row), and the two heatmap panels
 * share the rest equally. The widths depend on the row's width alone, not on the texts or values
 * shown, so they stay put while the user edits; every panel is as tall as the row.
 */
final class PanelRow extends HBox {
    /** The kernel panel never takes more than this share of the row, unless its minimum needs it. */
    private static final double KERNEL_SHARE = 0.36;
    private final Region input;
    private final Region kernel;
    private final Region output;

    PanelRow(Region input, Region kernel, Region output) {
        super(input, kernel, output);
        this.input = input;
        this.kernel = kernel;
        this.output = output;
        getStyleClass().add("panels");
    }

    /** Both heatmap panels get the larger of their minimums, so the row needs two of it. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + kernel.minWidth(-1)
                + 2 * Math.max(input.minWidth(-1), output.minWidth(-1)) + 2 * snapSpaceX(getSpacing());
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double h = getHeight() - top - snappedBottomInset();
        double gap = snapSpaceX(getSpacing());
        double k = Math.floor(Math.max(kernel.minWidth(-1), Math.min(kernel.prefWidth(-1), KERNEL_SHARE * w)));
        double side = Math.max(Math.max(input.minWidth(-1), output.minWidth(-1)),
                Math.floor((w - k - 2 * gap) / 2));
        input.resizeRelocate(left, top, side, h);
        kernel.resizeRelocate(left + side + gap, top, k, h);
        output.resizeRelocate(left + side + gap + k + gap, top, side, h);
    }
}
