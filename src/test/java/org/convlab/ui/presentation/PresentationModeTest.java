package org.convlab.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.convlab.ui.ConvLabApp;

/** Zoom by keyboard scales the type through the root font size; F5 toggles presentation mode. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    private Scene scene;
    private Label label;
    private PresentationMode mode;

    @Start
    void start(Stage stage) {
        label = new Label("X");
        scene = new Scene(new BorderPane(label), 400, 300);
        scene.getStylesheets().add(ConvLabApp.class.getResource("convlab.css").toExternalForm());
        mode = PresentationMode.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    private double fontSize(FxRobot robot) {
        robot.interact(() -> scene.getRoot().applyCss());
        return label.getFont().getSize();
    }

    @Test
    void shortcutPlusMinusAndZeroZoomTheType(FxRobot robot) {
        assertEquals(14, fontSize(robot), 1e-4);
        robot.push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        assertEquals(110, mode.zoomPercentProperty().get());
        assertEquals(15.4, fontSize(robot), 1e-4);
        robot.push(KeyCode.SHORTCUT, KeyCode.ADD);
        assertEquals(125, mode.zoomPercentProperty().get());
        robot.push(KeyCode.SHORTCUT, KeyCode.MINUS).push(KeyCode.SHORTCUT, KeyCode.MINUS)
                .push(KeyCode.SHORTCUT, KeyCode.MINUS);
        assertEquals(90, mode.zoomPercentProperty().get());
        assertEquals(12.6, fontSize(robot), 1e-4);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        assertEquals(100, mode.zoomPercentProperty().get());
        assertEquals(14, fontSize(robot), 1e-4);
    }

    @Test
    void zoomStaysBetween50And300Percent(FxRobot robot) {
        for (int i = 0; i < 20; i++) {
            robot.push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        }
        assertEquals(300, mode.zoomPercentProperty().get());
        assertEquals(42, fontSize(robot), 1e-4);
        for (int i = 0; i < 20; i++) {
            robot.push(KeyCode.SHORTCUT, KeyCode.MINUS);
        }
        assertEquals(50, mode.zoomPercentProperty().get());
        assertEquals(7, fontSize(robot), 1e-4);
        assertTrue(scene.getRoot().getStyleClass().contains("zoom-50"));
        assertEquals(1, scene.getRoot().getStyleClass().stream().filter(c -> c.startsWith("zoom-")).count());
    }

    @Test
    void f5PresentsWithLargerTypeAndHighContrastAndEndsAgain(FxRobot robot) {
        robot.push(KeyCode.F5);
        assertTrue(mode.presentingProperty().get());
        assertTrue(scene.getRoot().getStyleClass().contains("presentation"));
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("presentation.css")));
        assertEquals(22, fontSize(robot), 1e-4);
        robot.push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        assertEquals(24.2, fontSize(robot), 1e-4);
        robot.push(KeyCode.F5);
        assertFalse(mode.presentingProperty().get());
        assertFalse(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("presentation.css")));
        assertEquals(15.4, fontSize(robot), 1e-4);
    }

    @Test
    void attachingTwiceKeepsOneMode() {
        assertSame(mode, PresentationMode.attach(scene));
        assertSame(mode, PresentationMode.of(scene).orElseThrow());
    }
}
