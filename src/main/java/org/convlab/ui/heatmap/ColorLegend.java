package org.convlab.ui.heatmap;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.model.ValueText;

/**
 * The scale of a heatmap under it: for signed values the diverging bar from -s through 0 to +s,
 * for an image the gray bar from its black value to its white value.
 */
public final class ColorLegend extends HBox {
    private final Canvas bar;
    private final Label low = value();
    private final Label zero = value();
    private final Label high = value();
    private CellColors drawn;

    /**
     * A legend showing the unit signed scale until told otherwise.
     *
     * @param barWidth the bar's width in pixels
     */
    public ColorLegend(double barWidth) {
        bar = new Canvas(barWidth, 16);
        getStyleClass().add("color-legend");
        setAlignment(Pos.CENTER_LEFT);
        Region gap1 = new Region();
        Region gap2 = new Region();
        HBox.setHgrow(gap1, Priority.ALWAYS);
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox values = new HBox(low, gap1, zero, gap2, high);
        values.setMaxWidth(barWidth);
        StackPane barFrame = new StackPane(bar);
        barFrame.getStyleClass().add("legend-bar");
        barFrame.setMaxWidth(Region.USE_PREF_SIZE);
        getChildren().add(new VBox(barFrame, values));
        show(new CellColors.Signed(1));
    }

    /**
     * Shows the colors a heatmap uses.
     *
     * @param colors signed values on their scale, or gray levels
     */
    public void show(CellColors colors) {
        if (colors instanceof CellColors.Signed s) {
            paint(new CellColors.Signed(1), -1, 1);
            low.setText(ValueText.result(-s.scale()));
            zero.setText("0");
            high.setText("+" + ValueText.result(s.scale()));
        } else if (colors instanceof CellColors.Gray g) {
            paint(g, g.low(), g.high());
            low.setText(ValueText.result(g.low()));
            zero.setText("");
            high.setText(ValueText.result(g.high()));
        }
    }

    /**
     * The texts under the bar, for tests and the layout check.
     *
     * @return the left, middle and right value
     */
    public String[] values() {
        return new String[] {low.getText(), zero.getText(), high.getText()};
    }

    /** Paints the bar from a to b, when its colors changed (a signed bar is the same at every scale). */
    private void paint(CellColors colors, double a, double b) {
        if (colors.equals(drawn)) {
            return;
        }
        drawn = colors;
        GraphicsContext g = bar.getGraphicsContext2D();
        double w = bar.getWidth();
        for (int x = 0; x < w; x++) {
            g.setFill(colors.color(a + (b - a) * (x + 0.5) / w));
            g.fillRect(x, 0, 1, bar.getHeight());
        }
    }

    private static Label value() {
        Label l = new Label();
        l.getStyleClass().add("legend-value");
        return l;
    }
}
