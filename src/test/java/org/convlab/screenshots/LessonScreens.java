package org.convlab.screenshots;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.convlab.model.Workspace;
import org.convlab.ui.ConvLabApp;
import org.convlab.ui.presentation.PresentationMode;
import org.convlab.ui.Texts;
import org.convlab.ui.lessons.LessonsView;

/**
 * Draws the lessons pane in a real window (run under Xvfb) and saves it as a PNG for the README:
 * {@code LessonScreens <language tag> <step, 1-based> <zoom %> <present: true|false> <out.png>}.
 * Not a test: the README's screenshots are made with it (see README, "Lessons").
 */
public final class LessonScreens extends Application {
    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        Texts.setLocale(Locale.forLanguageTag(args.get(0)));
        LessonsView view = new LessonsView(new Workspace(), step -> { });
        Scene scene = new Scene(view.root(), 1100, 720);
        scene.getStylesheets().add(ConvLabApp.class.getResource("convlab.css").toExternalForm());
        PresentationMode mode = PresentationMode.attach(scene);
        int zoom = Integer.parseInt(args.get(2));
        while (mode.zoomPercentProperty().get() < zoom) {
            mode.zoomIn();
        }
        stage.setScene(scene);
        stage.show();
        if (Boolean.parseBoolean(args.get(3))) {
            mode.setPresenting(true);
        }
        view.progress().go(Integer.parseInt(args.get(1)) - 1);
        PauseTransition settle = new PauseTransition(Duration.seconds(2));
        settle.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(args.get(4)));
            } catch (IOException ex) {
                System.err.println("cannot write " + args.get(4) + ": " + ex.getMessage());
            }
            Platform.exit();
        });
        settle.play();
    }

    /**
     * Entry point.
     *
     * @param args language tag, step, zoom percent, presenting, output file
     */
    public static void main(String[] args) {
        launch(args);
    }
}
