package org.convlab.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A pane's content that fills its room while it fits and scrolls when it does not (a small window
 * zoomed to 300%), instead of cutting texts or pushing controls out of the window. Its texts are
 * made to keep their whole width (or, when they wrap, all their lines), so that a lack of room
 * shows as a scroll bar rather than as "...".
 */
public final class ScrollingPage {
    private ScrollingPage() {
    }

    /**
     * Puts content on a page.
     *
     * @param content    the pane's content, fully built
     * @param styleClass the page's style class, for tests and CSS
     * @return the scroll pane showing it
     */
    public static ScrollPane of(Region content, String styleClass) {
        keepTextsWhole(content);
        ScrollPane page = new ScrollPane(content);
        // the content is as large as the page's visible area, or its own minimum where that is larger (the
        // scroll pane's fitToWidth would squeeze it below its minimum instead)
        content.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> page.getViewportBounds().getWidth(),
                page.viewportBoundsProperty()));
        content.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> page.getViewportBounds().getHeight(),
                page.viewportBoundsProperty()));
        page.getStyleClass().addAll("page", styleClass);
        return page;
    }

    private static double longestWord(Labeled l) {
        return Math.ceil(longestWord(l.getText(), l.getFont()) + l.getPadding().getLeft() + l.getPadding().getRight())
                + 1;
    }

    /**
     * The width of the widest word of a text: a label that wraps it is never narrower.
     *
     * @param text the text
     * @param font its font
     * @return pixels
     */
    public static double longestWord(String text, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String word : String.valueOf(text).split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /**
     * Labels, buttons, check boxes and text fields under a node keep their whole text: a label that
     * wraps keeps its lines, any other its width. Cells of lists are left alone: the list scrolls or
     * wraps them.
     *
     * @param node the root of the texts
     */
    public static void keepTextsWhole(Node node) {
        if (node instanceof Cell<?>) {
            return;
        }
        if (node instanceof TextField t && t.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            t.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof Labeled l && l.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            if (l.isWrapText()) {
                l.setMinHeight(Region.USE_PREF_SIZE);
                // lines break between words, never inside one ("Learni / ng rate")
                l.minWidthProperty().bind(Bindings.createDoubleBinding(() -> longestWord(l), l.textProperty(),
                        l.fontProperty(), l.paddingProperty()));
            } else {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                keepTextsWhole(child);
            }
        }
    }
}
