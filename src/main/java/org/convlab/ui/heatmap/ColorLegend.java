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
import javafx.scene.text.Text;
import org.convlab.model.ValueText;

/**
 * The scale of a heatmap under it: for signed values the diverging bar from -s through 0 to +s,
 * for an image the gray bar from its black value to its white value.
 */
public final class ColorLegend extends HBox {
    /** The least space between two values under the bar, in em of their type. */
    private static final double GAP_EMS = 0.6;
    /** The bar's height in em of the values' type, so that the legend grows with zoom. */
    private static final double BAR_HEIGHT_EMS = 1.15;
    private final Canvas bar = new Canvas();
    private final double barEms;
    private final Label low = value();
    private final Label zero = value();
    private final Label high = value();
    private final Region gap1 = new Region();
    private final Region gap2 = new Region();
    private CellColors shown;
    private CellColors painted;
    private double paintedEm;

    /**
     * A legend showing the unit signed scale until told otherwise.
     *
     * @param barEms the bar's width in em of the values' type
     */
    public ColorLegend(double barEms) {
        this.barEms = barEms;
        getStyleClass().add("color-legend");
        setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(gap1, Priority.ALWAYS);
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox values = new HBox(low, gap1, zero, gap2, high);
        values.maxWidthProperty().bind(bar.widthProperty());
        // long values (a gradient of -3086.2) widen the row rather than run into each other
        values.setMinWidth(Region.USE_PREF_SIZE);
        StackPane barFrame = new StackPane(bar);
        barFrame.getStyleClass().add("legend-bar");
        barFrame.setMaxWidth(Region.USE_PREF_SIZE);
        getChildren().add(new VBox(barFrame, values));
        low.fontProperty().addListener((o, a, font) -> {
            repaint();
            spaceValues();
        });
        show(new CellColors.Signed(1));
    }

    /**
     * Shows the colors a heatmap uses.
     *
     * @param colors signed values on their scale, or gray levels
     */
    public void show(CellColors colors) {
        shown = colors;
        repaint();
        if (colors instanceof CellColors.Signed s) {
            low.setText(ValueText.result(-s.scale()));
            zero.setText("0");
            high.setText("+" + ValueText.result(s.scale()));
        } else if (colors instanceof CellColors.Gray g) {
            low.setText(ValueText.result(g.low()));
            zero.setText("");
            high.setText(ValueText.result(g.high()));
        }
        spaceValues();
    }

    /**
     * Keeps a space between the values: when the three do not fit under the bar with it (a
     * gradient's "-11.56 0 +11.56" under a short bar), the 0 goes, as it stands for the bar's
     * middle anyway, rather than the values running together ("-11.560+11.56") or widening the
     * legend and its panel.
     */
    private void spaceValues() {
        double em = low.getFont().getSize();
        double gap = Math.ceil(GAP_EMS * em);
        gap1.setMinWidth(gap);
        gap2.setMinWidth(gap);
        boolean fits = !zero.getText().isEmpty()
                && textWidth(low) + textWidth(zero) + textWidth(high) + 2 * gap <= bar.getWidth();
        zero.setVisible(fits);
        zero.setManaged(fits);
        gap2.setManaged(fits);
    }

    private static double textWidth(Label l) {
        Text probe = new Text(l.getText());
        probe.setFont(l.getFont());
        return probe.getLayoutBounds().getWidth() + l.getPadding().getLeft() + l.getPadding().getRight();
    }

    /**
     * The texts under the bar, for tests and the layout check; the middle one is not shown while
     * the three do not fit under the bar.
     *
     * @return the left, middle and right value
     */
    public String[] values() {
        return new String[] {low.getText(), zero.getText(), high.getText()};
    }

    /**
     * Paints the bar at its size for the type, when its colors or the type changed (a signed bar
     * looks the same at every scale).
     */
    private void repaint() {
        CellColors colors = shown instanceof CellColors.Signed ? new CellColors.Signed(1) : shown;
        double em = low.getFont().getSize();
        if (colors.equals(painted) && em == paintedEm) {
            return;
        }
        painted = colors;
        paintedEm = em;
        double a = colors instanceof CellColors.Gray g ? g.low() : -1;
        double b = colors instanceof CellColors.Gray g ? g.high() : 1;
        bar.setWidth(Math.round(barEms * em));
        bar.setHeight(Math.round(BAR_HEIGHT_EMS * em));
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
