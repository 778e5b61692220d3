package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.model.LiveOutput;
import org.convlab.model.Workspace;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A main window on the chapter's example, in English, with ways to reach into the workspace tab. */
abstract class WorkspaceFixture {
    protected Workspace workspace;
    protected FxRobot robot;
    protected MainWindow window;

    protected void open(Stage stage) {
        Texts.setLocale(Locale.ENGLISH);
        workspace = new Workspace();
        window = new MainWindow(workspace);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("convlab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    protected <T extends Node> T node(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    protected HeatmapView inputView() {
        return node("#input-heatmap", HeatmapView.class);
    }

    protected HeatmapView outputView() {
        return node("#output-heatmap", HeatmapView.class);
    }

    protected String text(String labelQuery) {
        return node(labelQuery, Label.class).getText();
    }

    /** The screen point at the centre of a heatmap cell. */
    protected Point2D cell(HeatmapView view, int row, int column) {
        return fx(() -> view.localToScreen(view.cellCenter(row, column)));
    }

    /** Waits until the output on screen was computed from the workspace's current state. */
    protected LiveOutput.Result awaitOutput() {
        HeatmapView y = outputView();
        await(() -> {
            LiveOutput.Result r = shown();
            return r != null && r.state() == workspace.state() && (!r.hasOutput() || y.matrix() == r.output());
        });
        return shown();
    }

    protected FMatrixRMaj output() {
        return awaitOutput().output();
    }

    protected void await(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(condition::get));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static <T> T fx(Supplier<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action::get).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Types text into a field as a user does: select all, type, Enter. */
    protected void replaceText(String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    protected static void assertContains(String expectedPart, String actual) {
        assertTrue(actual != null && actual.contains(expectedPart),
                () -> "expected to contain \u00ab" + expectedPart + "\u00bb but was \u00ab" + actual + "\u00bb");
    }

    private LiveOutput.Result shown() {
        return window.workspaceView().shownProperty().get();
    }
}
