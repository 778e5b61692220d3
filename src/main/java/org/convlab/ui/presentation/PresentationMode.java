package org.convlab.ui.presentation;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Zoom and presentation mode for a scene. Zoom (shortcut+plus / shortcut+minus / shortcut+0,
 * 50-300%) sets the root's font size through a style class ({@code zoom-150}, in zoom.css); every
 * size in the app's stylesheets is in em, and heatmap cells follow the font size, so type, cells
 * and strokes scale together. F5 toggles presentation mode: full screen with larger type and the
 * high-contrast presentation.css; Esc (leaving full screen) ends it too.
 *
 * <p>Attach once per scene: {@code PresentationMode.attach(scene)}; menus can call the same
 * methods and show the key combinations below.
 */
public final class PresentationMode {
    /** The zoom steps, in percent, as browsers offer them. */
    static final int[] LEVELS = {50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    /** Zoom in; shortcut+= and the keypad's plus work too. */
    public static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    /** Zoom out. */
    public static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    /** Back to 100%. */
    public static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0,
            KeyCombination.SHORTCUT_DOWN);
    /** Presentation mode on and off. */
    public static final KeyCombination PRESENT = new KeyCodeCombination(KeyCode.F5);

    private static final String KEY = PresentationMode.class.getName();
    private static final String PRESENTING_CLASS = "presentation";
    private final Scene scene;
    private final String zoomCss = stylesheet("zoom.css");
    private final String presentationCss = stylesheet("presentation.css");
    private final ReadOnlyIntegerWrapper zoom = new ReadOnlyIntegerWrapper(this, "zoomPercent", 100);
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");

    private PresentationMode(Scene scene) {
        this.scene = scene;
        scene.getStylesheets().add(zoomCss);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.rootProperty().addListener((obs, o, n) -> {
            if (o != null) {
                o.getStyleClass().removeIf(c -> c.startsWith("zoom-") || c.equals(PRESENTING_CLASS));
            }
            styleRoot();
        });
        scene.windowProperty().addListener((obs, o, n) -> watchFullScreen(n));
        watchFullScreen(scene.getWindow());
        zoom.addListener((obs, o, n) -> styleRoot());
        presenting.addListener((obs, o, n) -> styleRoot());
        styleRoot();
    }

    /**
     * Gives a scene zoom and presentation mode; attaching twice returns the first.
     *
     * @param scene the scene
     * @return its presentation mode
     */
    public static PresentationMode attach(Scene scene) {
        Objects.requireNonNull(scene, "scene");
        return of(scene).orElseGet(() -> {
            PresentationMode mode = new PresentationMode(scene);
            scene.getProperties().put(KEY, mode);
            return mode;
        });
    }

    /**
     * The presentation mode attached to a scene, for views that size themselves by the zoom.
     *
     * @param scene the scene
     * @return it, if attached
     */
    public static Optional<PresentationMode> of(Scene scene) {
        return Optional.ofNullable((PresentationMode) scene.getProperties().get(KEY));
    }

    /**
     * The zoom in percent, one of 50 ... 300.
     *
     * @return the property
     */
    public ReadOnlyIntegerProperty zoomPercentProperty() {
        return zoom.getReadOnlyProperty();
    }

    /**
     * Whether presentation mode is on.
     *
     * @return the property
     */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** One zoom step larger, up to 300%. */
    public void zoomIn() {
        for (int level : LEVELS) {
            if (level > zoom.get()) {
                zoom.set(level);
                return;
            }
        }
    }

    /** One zoom step smaller, down to 50%. */
    public void zoomOut() {
        for (int i = LEVELS.length - 1; i >= 0; i--) {
            if (LEVELS[i] < zoom.get()) {
                zoom.set(LEVELS[i]);
                return;
            }
        }
    }

    /** Back to 100%. */
    public void resetZoom() {
        zoom.set(100);
    }

    /**
     * Turns presentation mode on or off: full screen, large type, high contrast.
     *
     * @param on whether to present
     */
    public void setPresenting(boolean on) {
        presenting.set(on);
        if (scene.getWindow() instanceof Stage stage && stage.isFullScreen() != on) {
            // JavaFX draws this hint in its own default font, which on Linux has no Chinese glyphs:
            // the keys alone read the same in every language
            stage.setFullScreenExitHint("F5 / Esc");
            stage.setFullScreen(on);
        }
    }

    /** Switches presentation mode. */
    public void togglePresenting() {
        setPresenting(!presenting.get());
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            zoomIn();
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            zoomOut();
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            resetZoom();
        } else if (code == KeyCode.F5 && !e.isShortcutDown() && !e.isAltDown()) {
            togglePresenting();
        } else {
            return;
        }
        e.consume();
    }

    /** Esc leaves full screen on its own; presentation mode must end with it. */
    private void watchFullScreen(Window window) {
        if (window instanceof Stage stage) {
            stage.fullScreenProperty().addListener((obs, was, full) -> {
                if (!full && presenting.get()) {
                    presenting.set(false);
                }
            });
        }
    }

    private void styleRoot() {
        Parent root = scene.getRoot();
        if (root == null) {
            return;
        }
        root.getStyleClass().removeIf(c -> c.startsWith("zoom-"));
        root.getStyleClass().add("zoom-" + zoom.get());
        root.getStyleClass().remove(PRESENTING_CLASS);
        if (presenting.get()) {
            root.getStyleClass().add(PRESENTING_CLASS);
            if (!scene.getStylesheets().contains(presentationCss)) {
                scene.getStylesheets().add(presentationCss);
            }
        } else {
            scene.getStylesheets().remove(presentationCss);
        }
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(PresentationMode.class.getResource("/org/convlab/ui/" + name), name).toExternalForm();
    }
}
