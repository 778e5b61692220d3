package org.convlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.model.LiveOutput;
import org.convlab.model.Workspace;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.UserPreferences;
import org.convlab.ui.presentation.PresentationMode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as the layout tests show it: built in a language around a fresh workspace, in a
 * scene with the application's stylesheets and presentation mode, on a test's stage. It waits for
 * the output of the workspace's state and reads the window's layout faults.
 */
final class ShownWindow {
    private final Workspace workspace = new Workspace();
    private final MainWindow window;
    private final Scene scene;
    private final PresentationMode mode;

    /**
     * Builds the window and shows it on a stage; call on the FX thread.
     *
     * @param stage    the test's stage
     * @param language the window's language
     * @param prefs    a preferences node of the test's own
     * @param recovery where the crash-recovery file goes
     * @param width    the scene's width
     * @param height   the scene's height
     */
    ShownWindow(Stage stage, Locale language, Preferences prefs, Path recovery, int width, int height) {
        Texts.setLocale(language);
        window = new MainWindow(workspace, new UserPreferences(prefs), new RecoveryFile(recovery), locale -> { });
        scene = new Scene(window.root(), width, height);
        ConvLabApp.addStylesheets(scene);
        mode = PresentationMode.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    Workspace workspace() {
        return workspace;
    }

    MainWindow window() {
        return window;
    }

    Scene scene() {
        return scene;
    }

    PresentationMode mode() {
        return mode;
    }

    /**
     * Waits until the workspace shows the output of its current state, then for the FX thread.
     *
     * @param seconds how long the output may take before the test fails
     */
    void awaitOutput(int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(() -> {
                LiveOutput.Result r = window.workspaceView().shownProperty().get();
                return r != null && r.state() == workspace.state();
            }));
        } catch (TimeoutException e) {
            throw new AssertionError("the output did not arrive", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * What is wrong in the window as laid out now.
     *
     * @param pageMustFit whether the workspace must fit its tab without scrolling
     * @return one line per fault
     */
    List<String> faults(boolean pageMustFit) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> LayoutFaults.of(scene, pageMustFit));
    }

    /**
     * Computes something on the FX thread and waits for it.
     *
     * @param c what to compute
     * @param <T> its type
     * @return the result
     */
    static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

    /**
     * Runs an action on the FX thread and waits for it and the events it caused.
     *
     * @param r the action
     */
    static void fxRun(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
