package org.convlab.ui;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.convlab.model.Workspace;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.UserPreferences;
import org.convlab.ui.presentation.PresentationMode;
import org.convlab.ui.measure.MeasureMode;

/**
 * The ConvLab window: the main window in the user's language, its size and zoom remembered,
 * presentation mode attached, a session file from the command line opened, and work left by a
 * crash offered back.
 */
public final class ConvLabApp extends Application {
    /**
     * JavaFX's controls log at INFO when a list's layout catches up with thousands of lines added at
     * once ("index exceeds maxCellCount", a known and harmless VirtualFlow note, openjfx-docs #218);
     * the training log does that at full speed. Warnings still reach the console. Held here so the
     * setting is not collected with the logger.
     */
    private static final Logger CONTROLS_LOG = Logger.getLogger("javafx.scene.control");
    /** The user's settings, read while JavaFX starts its toolkit; null when the app was not started by {@link #start}. */
    private static volatile FutureTask<UserPreferences> settingsRead;
    private final UserPreferences prefs = settings();
    private final RecoveryFile recovery = RecoveryFile.forUser();
    private final Workspace workspace = new Workspace();
    private Stage stage;
    private MainWindow window;
    private WindowPlacement placement;

    /**
     * Launches the window and returns when it closes.
     *
     * @param args the program's arguments (a session file, or none)
     */
    public static void start(String[] args) {
        // java.util.prefs parses its XML file on the first read, and the texts' bundles are parsed on first
        // use: both happen on a second thread while the toolkit starts, instead of on the FX thread after it
        FutureTask<UserPreferences> read = new FutureTask<>(() -> {
            UserPreferences prefs = UserPreferences.forUser();
            Texts.preload(languageOf(prefs), "app", "workspace");
            return prefs;
        });
        settingsRead = read;
        background("convlab-settings", read);
        Application.launch(ConvLabApp.class, args);
    }

    private static UserPreferences settings() {
        FutureTask<UserPreferences> read = settingsRead;
        if (read != null) {
            try {
                return read.get();
            } catch (ExecutionException e) {
                // reading again on this thread shows the same problem the usual way
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return UserPreferences.forUser();
    }

    /** The window's language: the one chosen in the View menu, else Chinese on a Chinese system, else English. */
    private static Locale languageOf(UserPreferences prefs) {
        String language = prefs.text("language", Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en");
        return language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static void background(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Gives a scene ConvLab's look, and for Chinese the fonts that show it.
     *
     * @param scene the scene
     */
    public static void addStylesheets(Scene scene) {
        scene.getStylesheets().add(ConvLabApp.class.getResource("convlab.css").toExternalForm());
        if (Texts.locale().getLanguage().equals("zh")) {
            scene.getStylesheets().add(ConvLabApp.class.getResource("convlab-zh.css").toExternalForm());
        }
    }

    @Override
    public void start(Stage primary) {
        CONTROLS_LOG.setLevel(Level.WARNING);
        this.stage = primary;
        Texts.setLocale(languageOf(prefs));
        // Decoding the six icons is not needed for the first frame: they are decoded beside it and given to
        // the window as soon as they are ready.
        background("convlab-icons", () -> {
            List<Image> icons = icons();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
        place();
        show();
        stage.setOnCloseRequest(e -> {
            if (window.documents().confirmDiscard()) {
                remember();
                window.documents().closeForGood();
            } else {
                e.consume();
            }
        });
        stage.show();
        insistOnSize();
        List<String> args = getParameters().getRaw();
        if (args.contains("--measure")) {
            MeasureMode.start(stage.getScene(), window);
        } else if (!args.isEmpty()) {
            Platform.runLater(() -> window.documents().open(Path.of(args.get(0))));
        } else {
            Platform.runLater(window.documents()::offerRecovery);
        }
    }

    /** The remembered size and position, or 1280x800 centred, within the screen's usable area. */
    private void place() {
        double x = prefs.number("window.x", Double.NaN);
        double y = prefs.number("window.y", Double.NaN);
        boolean onScreen = onSomeScreen(x, y);
        Screen screen = onScreen ? Screen.getScreensForRectangle(x, y, 100, 100).get(0) : Screen.getPrimary();
        Rectangle2D usable = screen.getVisualBounds();
        placement = WindowPlacement.of(prefs.number("window.width", Double.NaN),
                prefs.number("window.height", Double.NaN), onScreen ? x : Double.NaN, onScreen ? y : Double.NaN,
                usable);
        stage.setMinWidth(WindowPlacement.minWidth(usable));
        stage.setMinHeight(WindowPlacement.minHeight(usable));
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
    }

    /**
     * Some window managers (openbox) map the window at a size of their own choosing, smaller than
     * the one asked for, and do so a moment after it is shown: for three seconds after showing, a window
     * smaller than asked for is given its size again.
     */
    private void insistOnSize() {
        InvalidationListener resize = o -> {
            if (stage.getWidth() < placement.width() - 1 || stage.getHeight() < placement.height() - 1) {
                Platform.runLater(() -> {
                    stage.setWidth(placement.width());
                    stage.setHeight(placement.height());
                });
            }
        };
        stage.widthProperty().addListener(resize);
        stage.heightProperty().addListener(resize);
        resize.invalidated(null);
        PauseTransition settle = new PauseTransition(Duration.seconds(3));
        settle.setOnFinished(e -> {
            stage.widthProperty().removeListener(resize);
            stage.heightProperty().removeListener(resize);
            resize.invalidated(null);
        });
        settle.play();
    }

    /** Builds the window's content in the current language, keeping the document. */
    private void show() {
        var previous = window;
        window = new MainWindow(workspace, prefs, recovery, this::switchLanguage);
        if (previous != null) {
            // same workspace object, so X, K, b and the undo history carry over as they are
            window.continueFrom(previous);
            window.documents().adopt(previous.documents());
            previous.documents().closed();
            previous.dispose();
        }
        Scene scene = new Scene(window.root());
        addStylesheets(scene);
        stage.setScene(scene);
        PresentationMode mode = PresentationMode.attach(scene);
        int zoom = (int) prefs.number("zoom", 100);
        while (mode.zoomPercentProperty().get() < zoom && mode.zoomPercentProperty().get() < 300) {
            mode.zoomIn();
        }
        while (mode.zoomPercentProperty().get() > zoom && mode.zoomPercentProperty().get() > 50) {
            mode.zoomOut();
        }
        mode.zoomPercentProperty().addListener((o, a, b) -> prefs.setNumber("zoom", b.doubleValue()));
        InvalidationListener title = o -> stage.setTitle(window.documents().title());
        window.documents().fileProperty().addListener(title);
        window.documents().modifiedProperty().addListener(title);
        title.invalidated(null);
        window.documents().startAutosave();
    }

    private void switchLanguage(Locale locale) {
        Texts.setLocale(locale);
        prefs.setText("language", locale.getLanguage());
        show();
    }

    private void remember() {
        if (!stage.isFullScreen() && !stage.isMaximized() && stage.getWidth() >= stage.getMinWidth()) {
            prefs.setNumber("window.width", stage.getWidth());
            prefs.setNumber("window.height", stage.getHeight());
            prefs.setNumber("window.x", stage.getX());
            prefs.setNumber("window.y", stage.getY());
        }
    }

    /** Every size the renderer makes for windows: the desktop picks the one it needs (title bar, task switcher). */
    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            URL url = ConvLabApp.class.getResource("icons/convlab-" + size + ".png");
            icons.add(new Image(url.toExternalForm()));
        }
        return icons;
    }

    /** A remembered position is used only if it is still on a screen (a projector may be gone). */
    private static boolean onSomeScreen(double x, double y) {
        return !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
    }
}
