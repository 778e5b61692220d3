package org.convlab.ui.workspace;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.convlab.model.ValueText;
import org.convlab.ui.heatmap.DivergingColormap;

/** The scale of a heatmap: the color bar from -s through 0 to +s with its values. */
final class ColorLegend extends HBox {
    /** The bar's width and height in em of the values' type, so that the legend grows with zoom. */
    private static final double BAR_EMS = 9;
    private static final double BAR_HEIGHT_EMS = 1.15;
    private final Canvas bar = new Canvas();
    private final Label low = Controls.label("", "legend-value");
    private final Label zero = Controls.label("0", "legend-value");
    private final Label high = Controls.label("", "legend-value");

    ColorLegend() {
        getStyleClass().add("color-legend");
        setAlignment(Pos.CENTER_LEFT);
        Region gap1 = new Region();
        Region gap2 = new Region();
        HBox.setHgrow(gap1, Priority.ALWAYS);
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox values = new HBox(low, gap1, zero, gap2, high);
        values.maxWidthProperty().bind(bar.widthProperty());
        StackPane barFrame = new StackPane(bar);
        barFrame.getStyleClass().add("legend-bar");
        getChildren().add(new javafx.scene.layout.VBox(barFrame, values));
        low.fontProperty().addListener((o, a, font) -> drawBar(font.getSize()));
        drawBar(low.getFont().getSize());
        setScale(1);
    }

    private void drawBar(double em) {
        double width = Math.round(BAR_EMS * em);
        bar.setWidth(width);
        bar.setHeight(Math.round(BAR_HEIGHT_EMS * em));
        GraphicsContext g = bar.getGraphicsContext2D();
        for (int x = 0; x < width; x++) {
            g.setFill(DivergingColormap.color(2 * (x + 0.5) / width - 1, 1));
            g.fillRect(x, 0, 1, bar.getHeight());
        }
    }

    /** Shows the magnitude drawn darkest. */
    void setScale(double scale) {
        low.setText(ValueText.result(-scale));
        high.setText("+" + ValueText.result(scale));
    }
}
