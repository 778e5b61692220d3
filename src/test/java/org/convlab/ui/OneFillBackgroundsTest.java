package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.convlab.model.Workspace;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.UserPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Large regions have a background of one fill. JavaFX draws a background of several fills from a
 * cached image stretched in nine slices, which the software renderer does pixel by pixel under
 * every repainted area; measured with JFR, that was most of the renderer's time while painting
 * and while training (modena's split pane and list view, the panels' shadow layer).
 */
@ExtendWith(ApplicationExtension.class)
class OneFillBackgroundsTest {
    /** Larger than a button or a text field, as a panel, a list or the window's split pane are. */
    private static final double LARGE = 20_000;
    @TempDir
    static Path dir;
    private final Preferences node = Preferences.userRoot().node("org/convlab/test-" + System.nanoTime());
    private Scene scene;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Texts.setLocale(Locale.ENGLISH);
        window = new MainWindow(new Workspace(), new UserPreferences(node),
                new RecoveryFile(dir.resolve("recovery.convlab")), locale -> { });
        scene = new Scene(window.root(), 1280, 800);
        ConvLabApp.addStylesheets(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void noLargeRegionInEitherTabHasABackgroundOfSeveralFills(FxRobot robot) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> collect(scene.getRoot(), found));
        robot.interact(window::showTrainingTab);
        robot.interact(() -> collect(scene.getRoot(), found));
        assertEquals(List.of(), found);
    }

    private static void collect(Node n, List<String> found) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Region r && r.getBackground() != null && r.getBackground().getFills().size() > 1
                && r.getWidth() * r.getHeight() > LARGE && r.getHeight() > 40) {
            found.add(r.getClass().getSimpleName() + r.getStyleClass() + " " + Math.round(r.getWidth()) + "x"
                    + Math.round(r.getHeight()));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, found);
            }
        }
    }
}
