package org.convlab.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convlab.model.Workspace;
import org.convlab.ui.ConvLabApp;
import org.convlab.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the README's screenshots of the training tab, mid-training and after divergence. Runs only
 * when asked: {@code mvn test -Dtest=TrainingScreenshots -Dconvlab.screenshots=assets/screenshots}
 * (under Xvfb with -Dtestfx.headless=false -Dglass.platform=gtk for a real window;
 * -Dconvlab.screenshots.locale=zh-CN for the Chinese texts).
 */
@EnabledIfSystemProperty(named = "convlab.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class TrainingScreenshots {
    private Scene scene;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        String language = System.getProperty("convlab.screenshots.locale");
        if (language != null) {
            org.convlab.ui.Texts.setLocale(java.util.Locale.forLanguageTag(language));
        }
        workspace = new Workspace();
        MainWindow window = new MainWindow(workspace);
        scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(ConvLabApp.class.getResource("convlab.css").toExternalForm());
        TabPane tabs = (TabPane) scene.lookup(".tab-pane");
        tabs.getSelectionModel().select(1);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void midTrainingAndAfterDivergence(FxRobot robot) throws IOException, TimeoutException {
        Path dir = Path.of(System.getProperty("convlab.screenshots"));
        Files.createDirectories(dir);
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#step");
        }
        robot.moveTo("#landscape");
        save(robot, dir.resolve("training.png"));

        typeLearningRate(robot, "0.04");
        robot.clickOn("#reset");
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(RunBar.SPEEDS.length - 1));
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#notice").query().isVisible());
        robot.clickOn("#logScale");
        save(robot, dir.resolve("divergence.png"));
    }

    /** Shots to look at but not to commit: a slice with the bias on, and a 256x256 input with a 5x5 kernel. */
    @Test
    @EnabledIfSystemProperty(named = "convlab.screenshots.extra", matches = ".+")
    void sliceAndLargeInput(FxRobot robot) throws IOException, TimeoutException {
        Path dir = Path.of(System.getProperty("convlab.screenshots.extra"));
        Files.createDirectories(dir);
        robot.clickOn("#training-bias");
        typeLearningRate(robot, "0.01");
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#step");
        }
        save(robot, dir.resolve("slice.png"));
        robot.clickOn("#training-bias");
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        org.ejml.data.FMatrixRMaj x = new org.ejml.data.FMatrixRMaj(256, 256);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) random.nextDouble(-1, 1);
        }
        org.ejml.data.FMatrixRMaj k = new org.ejml.data.FMatrixRMaj(5, 5);
        for (int i = 0; i < k.data.length; i++) {
            k.data[i] = (float) random.nextDouble(-1, 1);
        }
        robot.clickOn("#reset");
        robot.interact(() -> workspace.replace(new org.convlab.model.WorkspaceState(x, k, 0f)));
        robot.interact(() -> robot.lookup("#init").<org.convlab.model.training.InitKind>queryComboBox()
                .setValue(org.convlab.model.training.InitKind.RANDOM));
        typeLearningRate(robot, "0.000005");
        robot.clickOn("#play");
        WaitForAsyncUtils.sleep(4, TimeUnit.SECONDS);
        save(robot, dir.resolve("large.png"));
    }

    private static void typeLearningRate(FxRobot robot, String text) {
        robot.clickOn("#lr").push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.ENTER);
    }

    private void save(FxRobot robot, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", file.toFile());
        long hold = Long.getLong("convlab.screenshots.hold", 0);
        if (hold > 0) {
            WaitForAsyncUtils.sleep(hold, TimeUnit.SECONDS);
        }
    }
}
