package org.convlab.ui.workspace;

import java.io.File;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.convlab.core.InputPreset;
import org.convlab.core.KernelPreset;
import org.convlab.model.Workspace;
import org.convlab.ui.ConvLabApp;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Texts;

/**
 * Not a test: takes the README's screenshot of the workspace in a real window, with the pointer on
 * an output cell so the explanation shows. Run under a display (Xvfb) with the test classpath:
 * {@code java -cp ... org.convlab.ui.workspace.WorkspaceScreenshot OUT.png [en|zh] [hover|matrix|large|kernel15|toolarge]}:
 * "matrix" opens the matrix-multiplication tab, "large" shows a 64x64 random input with Sobel x.
 */
public final class WorkspaceScreenshot {
    private WorkspaceScreenshot() {
    }

    public static void main(String[] args) {
        File out = new File(args[0]);
        Texts.setLocale(args.length > 1 && args[1].equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        Platform.startup(() -> {
            Stage stage = new Stage();
            Workspace workspace = new Workspace();
            String scene0 = args.length > 2 ? args[2] : "hover";
            if (scene0.equals("large")) {
                workspace.change("test", s -> s.withInput(InputPreset.RANDOM.create(64, 64, 1))
                        .withKernel(KernelPreset.SOBEL_X.kernel()));
            } else if (scene0.equals("kernel15")) {
                workspace.change("test", s -> s.withInput(InputPreset.CHECKERBOARD.create(40, 40, 1))
                        .withKernel(InputPreset.RANDOM.create(15, 15, 2)));
            } else if (scene0.equals("toolarge")) {
                workspace.change("test", s -> s.withKernel(new org.ejml.data.FMatrixRMaj(7, 2)));
            }
            MainWindow window = new MainWindow(workspace);
            Rectangle2D screen = Screen.getPrimary().getBounds();
            Scene scene = new Scene(window.root(), screen.getWidth(), screen.getHeight());
            ConvLabApp.addStylesheets(scene);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (scene0.equals("matrix")) {
                ((javafx.scene.control.TabPane) scene.lookup(".explain-tabs")).getSelectionModel().select(1);
            }
            later(2, () -> {
                HeatmapView y = (HeatmapView) scene.lookup("#output-heatmap");
                Point2D p = y.localToScreen(y.cellCenter(0, 1));
                new Robot().mouseMove(p);
                later(1.5, () -> {
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out);
                    } catch (java.io.IOException e) {
                        e.printStackTrace();
                    }
                    Platform.exit();
                });
            });
        });
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
