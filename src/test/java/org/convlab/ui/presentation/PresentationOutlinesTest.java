package org.convlab.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Border;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.convlab.ui.ConvLabApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presentation mode outlines every control a teacher presses or types into alike: the workspace
 * mixes buttons, toggle buttons (Brush | Eraser), menu buttons (Examples, Kernels), spinners and
 * fields, and an outline on some but not others looked uneven on a projector.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationOutlinesTest {
    private List<Region> controls;
    private Label rest;
    private Scene scene;

    @Start
    void start(Stage stage) {
        rest = new Label("X");
        controls = List.of(new Button("Transpose"), new ToggleButton("Brush"), new MenuButton("Examples"),
                new Spinner<Integer>(1, 9, 2), new TextField("0"), new ComboBox<String>());
        FlowPane pane = new FlowPane(rest);
        pane.getChildren().addAll(controls);
        scene = new Scene(pane, 800, 300);
        scene.getStylesheets().add(ConvLabApp.class.getResource("convlab.css").toExternalForm());
        PresentationMode.attach(scene).setPresenting(true);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyControlHasTheSameBlackOutline(FxRobot robot) {
        robot.interact(() -> {
            // focus has an outline of its own
            rest.requestFocus();
            scene.getRoot().applyCss();
        });
        double button = width(controls.get(0).getBorder());
        assertTrue(button > 0, "a button is outlined");
        for (Region c : controls) {
            assertEquals(button, width(c.getBorder()), 0.01, c.getClass().getSimpleName() + "'s outline");
        }
        Spinner<?> spinner = (Spinner<?>) controls.get(3);
        assertEquals(0, width(spinner.getEditor().getBorder()), 0.01, "a spinner's field has no second outline");
    }

    private static double width(Border b) {
        if (b == null || b.getStrokes().isEmpty()) {
            return 0;
        }
        assertNotNull(b.getStrokes().get(0).getWidths());
        return b.getStrokes().get(0).getWidths().getTop();
    }
}
