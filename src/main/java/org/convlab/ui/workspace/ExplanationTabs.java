package org.convlab.ui.workspace;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabs under the panels that explain a number. Their height is that of the open tab's content
 * at the width it is given, so that a caption that wraps to a second line in a narrow window gets
 * the line instead of ending in "...".
 */
final class ExplanationTabs extends TabPane {
    ExplanationTabs(Tab... tabs) {
        super(tabs);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Tab open = getSelectionModel().getSelectedItem();
        Node header = lookup(".tab-header-area");
        if (open == null || open.getContent() == null || header == null || width < 0) {
            return super.computePrefHeight(width);
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + header.prefHeight(-1) + open.getContent().prefHeight(inner)
                + snappedBottomInset();
    }
}
