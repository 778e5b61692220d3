package org.convlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.convlab.model.Workspace;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.UserPreferences;

/**
 * The ConvLab window: the main window in the user's language, its size and zoom remembered,
 * presentation mode attached, a session file from the command line opened, and work left by a
 * crash offered back.
 */
public final class ConvLabApp extends Application {
    private final UserPreferences prefs = UserPreferences.forUser();
    private final RecoveryFile recovery = RecoveryFile.forUser();
    private final Workspace workspace = new Workspace();
    private Stage stage;
    private MainWindow window;

    /**
     * Launches the window and returns when it closes.
     *
     * @param args the program's arguments (a session file, or none)
     */
    public static void start(String[] args) {
        Application.launch(ConvLabApp.class, args);
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
        this.stage = primary;
        String language = prefs.text("language", Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en");
        Texts.setLocale(language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        // Every size the renderer makes for windows: the desktop picks the one it needs (title bar, task switcher).
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(ConvLabApp.class.getResource("icons/convlab-" + size + ".png").toExternalForm()));
        }
        stage.setWidth(prefs.number("window.width", 1280));
        stage.setHeight(prefs.number("window.height", 800));
        double x = prefs.number("window.x", Double.NaN);
        double y = prefs.number("window.y", Double.NaN);
        if (onSomeScreen(x, y)) {
            stage.setX(x);
            stage.setY(y);
        }
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
        List<String> args = getParameters().getRaw();
        if (args.contains("--measure")) {
            MeasureMode.start(stage.getScene(), window);
        } else if (!args.isEmpty()) {
            Platform.runLater(() -> window.documents().open(Path.of(args.get(0))));
        } else {
            Platform.runLater(window.documents()::offerRecovery);
        }
    }

    /** Builds the window's content in the current language, keeping the document. */
    private void show() {
        var previous = window;
        window = new MainWindow(workspace, prefs, recovery, this::switchLanguage);
        if (previous != null) {
            // same workspace object, so X, K, b and the undo history carry over as they are
            window.training().setSettings(previous.training().settings());
            window.lessonsShownProperty().set(previous.lessonsShownProperty().get());
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
        if (!stage.isFullScreen() && !stage.isMaximized()) {
            prefs.setNumber("window.width", stage.getWidth());
            prefs.setNumber("window.height", stage.getHeight());
            prefs.setNumber("window.x", stage.getX());
            prefs.setNumber("window.y", stage.getY());
        }
    }

    /** A remembered position is used only if it is still on a screen (a projector may be gone). */
    private static boolean onSomeScreen(double x, double y) {
        return !Double.isNaN(x) && !Double.isNaN(y)
                && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
    }
}
