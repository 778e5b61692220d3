package org.convlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.convlab.ui.heatmap.HeatmapView;

/**
 * What a person sees wrong in a laid-out window: a label whose text is cut, a text field too
 * narrow for its text, a control outside the window (or outside the scroll pane that shows it),
 * two panels on top of each other, numbers in heatmap cells too small to read, a heatmap drawn
 * outside its own area. Run on the FX thread after a layout pass.
 */
public final class LayoutFaults {
    /** The smallest font size, in pixels, at which a number in a cell still counts as readable. */
    public static final double LEGIBLE_PX = 10;
    private static final double SLACK = 1;
    private final List<String> faults = new ArrayList<>();
    private final Scene scene;
    private final boolean pageMustFit;

    private LayoutFaults(Scene scene, boolean pageMustFit) {
        this.scene = scene;
        this.pageMustFit = pageMustFit;
    }

    /**
     * Every fault in a scene.
     *
     * @param scene       the scene, laid out
     * @param pageMustFit whether the workspace must fit its tab without scrolling, as it must at 100%
     * @return one line per fault; empty when the window is right
     */
    public static List<String> of(Scene scene, boolean pageMustFit) {
        LayoutFaults f = new LayoutFaults(scene, pageMustFit);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        f.visit(scene.getRoot());
        f.panelsApart(scene.getRoot());
        return f.faults;
    }

    private void visit(Node node) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled l) {
            labelWhole(l);
        }
        if (node instanceof TextField t) {
            fieldWide(t);
        }
        if (node instanceof Control c && !(c instanceof ScrollBar)) {
            // a scroll pane's bars are its own; the pane itself is checked
            inView(c);
        }
        if (node instanceof HeatmapView h) {
            heatmapReadable(h);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child);
            }
        }
    }

    /** The label's text is drawn whole: the skin did not shorten it to an ellipsis, nor clip its lines. */
    private void labelWhole(Labeled l) {
        String text = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
        if (text == null || text.isBlank() || l.getWidth() <= 0) {
            return;
        }
        if (inVirtualFlow(l) && shown(l).getHeight() < l.getHeight() - SLACK) {
            // a list's cell partly scrolled out of view: its text is hidden by the list, not cut
            return;
        }
        String shown = shownText(l);
        if (shown != null && !squeezed(shown).equals(squeezed(text))) {
            faults.add("cut text: " + describe(l) + " shows '" + shown + "' of '" + text + "' (width "
                    + round(l.getWidth()) + ")");
        } else if (l.isWrapText() && l.getHeight() + SLACK < l.prefHeight(l.getWidth())) {
            faults.add("cut lines: " + describe(l) + " '" + text + "' height " + round(l.getHeight()) + " < "
                    + round(l.prefHeight(l.getWidth())));
        }
    }

    /** The text the label's skin draws, ellipsis included; null if it has no text node (yet). */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    /** Wrapping only moves words to other lines: compare the texts without their spaces. */
    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    private void fieldWide(TextField t) {
        String text = t.getText();
        if (text == null || text.isEmpty() || t.getWidth() <= 0) {
            return;
        }
        Text probe = new Text(text);
        probe.setFont(t.getFont());
        double room = t.getWidth() - t.snappedLeftInset() - t.snappedRightInset();
        if (probe.getLayoutBounds().getWidth() > room + SLACK) {
            faults.add("narrow field: " + describe(t) + " '" + text + "' needs " + round(probe.getLayoutBounds()
                    .getWidth()) + " px, has " + round(room));
        }
    }

    /** A control lies inside the window, or inside the content of the scroll pane that shows it. */
    private void inView(Control c) {
        Bounds b = c.localToScene(c.getLayoutBounds());
        if (b.getWidth() <= 0 && b.getHeight() <= 0) {
            return;
        }
        if (inTabHeaders(c)) {
            // tab headers that do not fit are clipped and listed in the header's menu; the tab pane is checked
            return;
        }
        ScrollPane scroll = scrollPaneAbove(c);
        double left = 0;
        double top = 0;
        double right = scene.getWidth();
        double bottom = scene.getHeight();
        if (pageMustFit && scroll != null && scroll.getStyleClass().contains("workspace-page")) {
            // the workspace must fit its tab: what lies beyond the page's visible area is out of view
            Bounds page = scroll.localToScene(scroll.getLayoutBounds());
            left = page.getMinX();
            top = page.getMinY();
            right = page.getMaxX();
            bottom = page.getMaxY();
        } else if (scroll != null && scroll.getContent() != null) {
            Bounds content = scroll.getContent().localToScene(scroll.getContent().getLayoutBounds());
            left = content.getMinX();
            top = content.getMinY();
            right = content.getMaxX();
            bottom = content.getMaxY();
        } else if (inVirtualFlow(c)) {
            return;
        }
        if (b.getMinX() < left - SLACK || b.getMinY() < top - SLACK || b.getMaxX() > right + SLACK
                || b.getMaxY() > bottom + SLACK) {
            faults.add("outside: " + describe(c) + " at " + rect(b) + " beyond " + rect(left, top, right, bottom));
        }
    }

    private void heatmapReadable(HeatmapView h) {
        double size = h.numberFontSize();
        if (size > 0 && size < LEGIBLE_PX) {
            faults.add("illegible numbers: " + describe(h) + " at " + round(size) + " px");
        }
        Bounds grid = h.localToScene(h.gridBounds());
        Bounds own = h.localToScene(h.getLayoutBounds());
        if (grid.getWidth() > 0 && (grid.getMinX() < own.getMinX() - SLACK || grid.getMaxX() > own.getMaxX() + SLACK
                || grid.getMinY() < own.getMinY() - SLACK || grid.getMaxY() > own.getMaxY() + SLACK)) {
            faults.add("spills: " + describe(h) + " grid " + rect(grid) + " beyond its area " + rect(own));
        }
    }

    /** No two visible panels (style class "panel", the lessons pane, the tab panes) overlap. */
    private void panelsApart(Parent root) {
        List<Node> panels = new ArrayList<>();
        collectPanels(root, panels);
        for (int i = 0; i < panels.size(); i++) {
            for (int j = i + 1; j < panels.size(); j++) {
                Node a = panels.get(i);
                Node b = panels.get(j);
                if (isAncestor(a, b) || isAncestor(b, a)) {
                    continue;
                }
                Bounds p = shown(a);
                Bounds q = shown(b);
                double w = Math.min(p.getMaxX(), q.getMaxX()) - Math.max(p.getMinX(), q.getMinX());
                double h = Math.min(p.getMaxY(), q.getMaxY()) - Math.max(p.getMinY(), q.getMinY());
                if (w > SLACK && h > SLACK) {
                    faults.add("overlap: " + describe(a) + " " + rect(p) + " and " + describe(b) + " " + rect(q));
                }
            }
        }
    }

    /** The part of a node that can be seen: its bounds within every scroll pane that shows it. */
    private static Bounds shown(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        double l = b.getMinX();
        double t = b.getMinY();
        double r = b.getMaxX();
        double d = b.getMaxY();
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof javafx.scene.control.ListView) {
                Bounds v = p.localToScene(p.getLayoutBounds());
                l = Math.max(l, v.getMinX());
                t = Math.max(t, v.getMinY());
                r = Math.min(r, v.getMaxX());
                d = Math.min(d, v.getMaxY());
            }
        }
        return new javafx.geometry.BoundingBox(l, t, Math.max(0, r - l), Math.max(0, d - t));
    }

    private static void collectPanels(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node.getStyleClass().contains("panel") || node.getStyleClass().contains("lessons-view")
                || node.getStyleClass().contains("explain-tabs")) {
            into.add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectPanels(child, into);
            }
        }
    }

    private static boolean isAncestor(Node a, Node b) {
        for (Node n = b.getParent(); n != null; n = n.getParent()) {
            if (n == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest scroll pane whose content holds a node: a node scrolled out of view is still
     * reachable. (A scroll pane's own bars belong to the pane, not to its content.)
     */
    private static ScrollPane scrollPaneAbove(Node n) {
        Node child = n;
        for (Node p = n.getParent(); p != null; child = p, p = p.getParent()) {
            if (p instanceof ScrollPane s && s.getContent() == child) {
                return s;
            }
            if (p instanceof ScrollPane s && isAncestor(s.getContent(), n)) {
                return s;
            }
        }
        return null;
    }

    private static boolean inTabHeaders(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    /** Cells of lists and tables are recycled and scrolled: the list itself is checked instead. */
    private static boolean inVirtualFlow(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getClass().getSimpleName().equals("VirtualFlow")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        return n.getClass().getSimpleName() + id + n.getStyleClass();
    }

    private static String rect(Bounds b) {
        return rect(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }

    private static String rect(double l, double t, double r, double b) {
        return "[" + round(l) + "," + round(t) + " - " + round(r) + "," + round(b) + "]";
    }

    private static long round(double v) {
        return Math.round(v);
    }
}
