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
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.convlab.core.ConvGeometry;
import org.convlab.io.NpyArray;
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

/** The window's document actions on a workspace of several channels: Save, a failed Save, export, Copy as PyTorch, paste. */
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

    private static void clipboard(String text) {
        fxRun(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    private ExportActions actions() {
        return new ExportActions(window, new UserPreferences(node));
    }

    @Test
    void pasteGoesIntoTheChosenChannelOrKernel() {
        WorkspaceState rgb = rgbIntoTwo(5);
        fxRun(() -> workspace.replace(rgb));
        FMatrixRMaj x = new FMatrixRMaj(new float[][] {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {0, 0, 0, 0, 0},
            {-1, -2, -3, -4, -5}});
        clipboard(org.convlab.io.MatrixText.csv(x));
        fxRun(() -> actions().paste(false, 1, 2));
        assertEquals(rgb.withInput(2, x), fx(workspace::state));
        clipboard("torch.tensor([[1., -2.], [3., 0.5]])");
        fxRun(() -> actions().paste(true, 1, 2));
        assertEquals(rgb.withInput(2, x).withKernel(1, 2, new FMatrixRMaj(new float[][] {{1, -2}, {3, 0.5f}})),
                fx(workspace::state));
        fxRun(() -> workspace.replace(rgb));
        fxRun(() -> actions().paste(true));
        assertEquals(rgb.withKernel(0, 0, new FMatrixRMaj(new float[][] {{1, -2}, {3, 0.5f}})), fx(workspace::state),
                "the old paste reaches kernel (0, 0)");
        assertTrue(fx(workspace::undo));
        assertEquals(rgb, fx(workspace::state), "a paste is one step of the history");
        for (int[] missing : new int[][] {{2, 0}, {0, 3}}) {
            assertEquals(IndexOutOfBoundsException.class, fx(() -> {
                try {
                    actions().paste(true, missing[0], missing[1]);
                    return null;
                } catch (IndexOutOfBoundsException e) {
                    return e.getClass();
                }
            }), "a channel the workspace does not have is the caller's mistake");
        }
    }

    @Test
    void aMatrixOfAnotherShapeIsRefusedRatherThanReshapingOneChannel(FxRobot robot) throws Exception {
        WorkspaceState rgb = rgbIntoTwo(5);
        fxRun(() -> workspace.replace(rgb));
        clipboard("1, 2, 3\n4, 5, 6");
        assertEquals("Nothing was changed: the pasted matrix is 2x3, but every input channel is 4x5. Paste a 4x5"
                + " matrix, or the whole stack as a C x H x W tensor, torch.tensor([[[...]]]).",
                dialogAfter(robot, () -> actions().paste(false)));
        assertEquals("Nothing was changed: the pasted matrix is 2x3, but every kernel of the bank is 2x2. Paste a 2x2"
                + " matrix, or change the kernel shape first.", dialogAfter(robot, () -> actions().paste(true, 1, 0)));
        assertEquals(rgb, fx(workspace::state));
    }

    @Test
    void aPastedStackReplacesTheWholeInputAndKeepsTheBank(FxRobot robot) throws Exception {
        WorkspaceState rgb = rgbIntoTwo(5);
        fxRun(() -> workspace.replace(rgb));
        clipboard("tensor([[[1., 2.]],\n\n        [[3., 4.]],\n\n        [[5., 6.]]])");
        fxRun(() -> actions().paste(false, 0, 1));
        WorkspaceState pasted = fx(workspace::state);
        assertEquals(List.of("R", "G", "B"), pasted.channelNames(), "three channels for three keep their names");
        assertArrayEquals(new float[] {5, 6}, pasted.input(2).data);
        assertEquals(rgb.withInputs(pasted.inputs(), pasted.channelNames()), pasted, "the bank and biases stay");
        clipboard("[[[1.0]], [[2.0]]]");
        fxRun(() -> actions().paste(false));
        assertEquals(List.of("c0", "c1"), fx(() -> workspace.state().channelNames()));
        assertEquals(2, fx(() -> workspace.state().kernels().get(1).size()), "one kernel per input channel");
        clipboard("[" + "[[1]], ".repeat(9) + "[[1]]]");
        assertEquals("Nothing was changed: the tensor has 10 channels; the window holds at most 8.",
                dialogAfter(robot, () -> actions().paste(false)));
    }

    @Test
    void copyAsPytorchOfSeveralChannelsBuildsTheLayer() {
        fxRun(() -> workspace.replace(rgbIntoTwo(5)));
        fxRun(() -> actions().editItems().get(0).fire());
        String code = fx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(code.contains("conv = nn.Conv2d(3, 2, kernel_size=(2, 2), padding=(0, 0), stride=(1, 1),"
                + " dilation=(1, 1), bias=True)"), code);
        assertTrue(code.contains("conv.bias.data = torch.tensor([0.5, -0.25])"), code);
    }

    @Test
    void exportWritesTheStackTheBankAndEachOutputChannel(FxRobot robot) throws Exception {
        WorkspaceState rgb = rgbIntoTwo(5);
        fxRun(() -> workspace.replace(rgb));
        ExportActions actions = actions();
        assertEquals("X.npy holds the array of shape 3x4x5 (C_in x H x W).",
                dialogAfter(robot, () -> actions.exportMatrix("X", dir.resolve("X.npy"))));
        assertArrayEquals(new int[] {3, 4, 5}, NpyArray.read("X", Files.readAllBytes(dir.resolve("X.npy"))).shape());
        assertEquals("K.npy holds the array of shape 2x3x2x2 (C_out x C_in x kh x kw).",
                dialogAfter(robot, () -> actions.exportMatrix("K", dir.resolve("K.npy"))));
        String message = dialogAfter(robot, () -> actions.exportMatrix("Y", dir.resolve("Y.csv")));
        assertEquals("2 files were written to " + dir.toAbsolutePath() + ": Y-o0.csv, Y-o1.csv", message);
        FMatrixRMaj y1 = org.convlab.io.MatrixFiles.read(dir.resolve("Y-o1.csv"));
        FMatrixRMaj expected = org.convlab.core.ChannelCorrelation.corr2d(rgb.stack(), rgb.bank(), rgb.biasArray(),
                rgb.geometry()).channel(1);
        assertArrayEquals(expected.data, y1.data);
        String kernels = dialogAfter(robot, () -> actions.exportMatrix("K", dir.resolve("K.csv")));
        assertTrue(kernels.startsWith("6 files were written to "), kernels);
        assertTrue(kernels.endsWith(": K-o0-R.csv, K-o0-G.csv, K-o0-B.csv, K-o1-R.csv, K-o1-G.csv, K-o1-B.csv"),
                kernels);
    }

    @Test
    void aSingleChannelExportStaysOneMatrixWithoutANote() throws Exception {
        Path csv = dir.resolve("X.csv");
        fxRun(() -> actions().exportMatrix("X", csv));
        assertArrayEquals(fx(() -> workspace.state().input().data), org.convlab.io.MatrixFiles.read(csv).data);
        Path npy = dir.resolve("K.npy");
        fxRun(() -> actions().exportMatrix("K", npy));
        assertArrayEquals(new int[] {1, 2}, NpyArray.read("K", Files.readAllBytes(npy)).shape());
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
