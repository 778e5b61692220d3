package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.convlab.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new MainWindow(new Workspace()).root(), 1280, 800));
        stage.show();
    }

    @Test
    void windowHasWorkspaceAndTrainingTabs(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals(2, tabs.getTabs().size());
    }
}
