package org.convlab.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convlab.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A legend's values under its bar stay apart, as a class reads them from the back of the room. */
@ExtendWith(ApplicationExtension.class)
class ColorLegendTest {
    /** The training tab's gradient legend: the shortest bar. */
    private ColorLegend legend;

    @Start
    void start(Stage stage) {
        legend = new ColorLegend(7);
        Scene scene = new Scene(new StackPane(legend), 400, 100);
        scene.getStylesheets().add(MainWindow.class.getResource("convlab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aGradientsScaleKeepsASpaceBetweenItsValues(FxRobot robot) {
        robot.interact(() -> legend.show(new CellColors.Signed(11.56)));
        WaitForAsyncUtils.waitForFxEvents();
        List<Bounds> shown = WaitForAsyncUtils.waitForAsyncFx(5000, () -> legend.lookupAll(".legend-value").stream()
                .filter(n -> n.isVisible() && !((Label) n).getText().isEmpty())
                .map(n -> n.localToScene(n.getLayoutBounds())).sorted(Comparator.comparingDouble(Bounds::getMinX))
                .toList());
        double em = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> ((Label) legend.lookup(".legend-value")).getFont().getSize());
        assertTrue(shown.size() >= 2, "the two ends are shown");
        for (int i = 1; i < shown.size(); i++) {
            double space = shown.get(i).getMinX() - shown.get(i - 1).getMaxX();
            assertTrue(space >= 0.5 * em, "value " + i + " is " + space + " px from the one before");
        }
    }

    @Test
    void aShortScaleShowsItsZero(FxRobot robot) {
        robot.interact(() -> legend.show(new CellColors.Signed(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, (long) WaitForAsyncUtils.waitForAsyncFx(5000, () -> legend.lookupAll(".legend-value").stream()
                .filter(n -> n.isVisible()).count()));
    }
}
