package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.convlab.core.Chapter;
import org.convlab.ui.ConvLabApp;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.presentation.PresentationMode;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panel row in the width the workspace has beside the lessons at 1280x800 (about 800 px):
 * with the type enlarged by presentation mode (F5, seen cramped in Chinese) the chapter's X and
 * Y keep their numbers, wrapping onto rows of their own.
 */
@ExtendWith(ApplicationExtension.class)
class PanelRowTest {
    private final HeatmapView x = new HeatmapView();
    private final HeatmapView y = new HeatmapView();
    private PanelRow row;
    private PresentationMode mode;

    @Start
    void start(Stage stage) {
        row = new PanelRow(panel(x), kernelPanel(), panel(y));
        row.setMaxWidth(800);
        row.setPrefWidth(800);
        Scene scene = new Scene(new VBox(row), 1280, 800);
        scene.getStylesheets().add(ConvLabApp.class.getResource("convlab.css").toExternalForm());
        mode = PresentationMode.attach(scene);
        stage.setScene(scene);
        stage.show();
        x.show(Chapter.edgeImage(), 1);
        FMatrixRMaj edges = new FMatrixRMaj(6, 7);
        edges.data[1] = 1;
        y.show(edges, 1);
    }

    private static VBox panel(HeatmapView map) {
        VBox panel = new VBox(map);
        panel.getStyleClass().add("panel");
        VBox.setVgrow(map, javafx.scene.layout.Priority.ALWAYS);
        return panel;
    }

    private static Region kernelPanel() {
        Region k = new Region();
        k.setMinWidth(300);
        k.setPrefWidth(300);
        return k;
    }

    @Test
    void presentingKeepsTheNumbersOfASmallXAndYByWrapping(FxRobot robot) {
        robot.interact(() -> mode.setPresenting(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(800, row.getWidth(), 0.5);
        assertTrue(x.numberFontSize() > 0, "X's numbers, cells of " + x.cellSize() + " px");
        assertTrue(y.numberFontSize() > 0, "Y's numbers, cells of " + y.cellSize() + " px");
        robot.interact(() -> mode.setPresenting(false));
    }
}
