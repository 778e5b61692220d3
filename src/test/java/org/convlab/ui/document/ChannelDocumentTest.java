package org.convlab.ui.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.convlab.core.ConvGeometry;
import org.convlab.model.PoolingStage;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.SessionFile;
import org.convlab.model.session.UserPreferences;
import org.convlab.support.Reference;
import org.convlab.ui.ConvLabApp;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's document actions on a workspace of several channels: Save, a failed Save. */
@ExtendWith(ApplicationExtension.class)
class ChannelDocumentTest {
    @TempDir
    Path dir;
    private final Preferences node = Preferences.userRoot().node("org/convlab/test-" + System.nanoTime());
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Texts.setLocale(Locale.ENGLISH);
        workspace = new Workspace();
        window = new MainWindow(workspace, new UserPreferences(node), new RecoveryFile(Path.of(
                System.getProperty("java.io.tmpdir"), "convlab-test-" + System.nanoTime(), "recovery.convlab")),
                locale -> { });
        Scene scene = new Scene(window.root(), 1280, 800);
        ConvLabApp.addStylesheets(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    static WorkspaceState rgbIntoTwo(long seed) {
        Random r = new Random(seed);
        List<FMatrixRMaj> x = List.of(Reference.random(r, 4, 5), Reference.random(r, 4, 5), Reference.random(r, 4, 5));
        List<List<FMatrixRMaj>> bank = List.of(
                List.of(Reference.random(r, 2, 2), Reference.random(r, 2, 2), Reference.random(r, 2, 2)),
                List.of(Reference.random(r, 2, 2), Reference.random(r, 2, 2), Reference.random(r, 2, 2)));
        return new WorkspaceState(x, List.of("R", "G", "B"), bank, List.of(0.5f, -0.25f), ConvGeometry.VALID,
                PoolingStage.OFF);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

    private static void fxRun(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs an action that opens a modal dialog, returns the dialog's text and closes it. */
    static String dialogAfter(FxRobot robot, Runnable action) throws Exception {
        Platform.runLater(action);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        fxRun(() -> ((Stage) pane.getScene().getWindow()).close());
        return text;
    }

    @Test
    void saveWritesEveryChannelAndOpenBringsThemBack() throws Exception {
        WorkspaceState rgb = rgbIntoTwo(3);
        fxRun(() -> workspace.replace(rgb));
        Path file = dir.resolve("rgb.convlab");
        assertTrue(fx(() -> window.documents().saveTo(file)));
        assertTrue(Files.readString(file).contains("\"version\" : 3"));
        assertEquals(rgb, SessionFile.open(file).workspace());
        fxRun(() -> window.apply(MainWindow.newSession()));
        assertTrue(fx(() -> window.documents().open(file)));
        assertEquals(rgb, fx(workspace::state));
    }

    @Test
    void aFailedSaveKeepsTheOldFileAndTheChanges(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("lessons"));
        Path file = folder.resolve("rgb.convlab");
        fxRun(() -> workspace.replace(rgbIntoTwo(3)));
        assertTrue(fx(() -> window.documents().saveTo(file)));
        byte[] old = Files.readAllBytes(file);
        fxRun(() -> workspace.change("edit.bias", s -> s.withBias(1, 7f)));
        try (RefusingFolder refusing = RefusingFolder.of(folder)) {
            String message = dialogAfter(robot, () -> window.documents().saveTo(file));
            assertTrue(message.startsWith("rgb.convlab could not be written ("), message);
            assertTrue(message.endsWith("The previous file, if any, is unchanged."), message);
        }
        assertArrayEquals(old, Files.readAllBytes(file));
        assertTrue(fx(() -> window.documents().modifiedProperty().get()), "the change is still unsaved");
        assertEquals(7f, fx(() -> workspace.state().bias(1)));
    }

    /**
     * A folder that refuses new files for as long as it is open: read-only for an ordinary user, and
     * immutable (chattr +i) for root, whom permissions do not stop. Skips the test where neither works.
     */
    private record RefusingFolder(Path folder, boolean immutable) implements AutoCloseable {
        static RefusingFolder of(Path folder) throws Exception {
            boolean immutable = "root".equals(System.getProperty("user.name"));
            if (immutable) {
                Process p = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
                assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "chattr +i is not available");
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            RefusingFolder refusing = new RefusingFolder(folder, immutable);
            try {
                Files.delete(Files.createFile(folder.resolve("probe")));
                refusing.close();
                assumeTrue(false, "this folder cannot be made to refuse new files");
            } catch (IOException expected) {
                // the folder refuses new files, as the test needs
            }
            return refusing;
        }

        @Override
        public void close() throws IOException {
            if (immutable) {
                try {
                    new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
