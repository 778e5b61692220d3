package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.convlab.core.Chapter;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.SessionFile;
import org.convlab.model.session.UserPreferences;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSettings;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.convlab.ui.document.DocumentController;
import org.convlab.ui.document.ExportActions;

/** The whole window: sessions, the modified marker, bad files, paste, lessons and the training log export. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private final Preferences node = Preferences.userRoot().node("org/convlab/test-" + System.nanoTime());
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Texts.setLocale(Locale.ENGLISH);
        workspace = new Workspace();
        window = new MainWindow(workspace, new UserPreferences(node), new RecoveryFile(dir.resolve("recovery.convlab")),
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

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

    private static void fxRun(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs an action that opens a modal dialog, returns the dialog's text and closes it with its default button. */
    private static String dialogAfter(FxRobot robot, Runnable action) throws Exception {
        Platform.runLater(action);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        fxRun(() -> ((Stage) pane.getScene().getWindow()).close());
        return text;
    }

    private static TabPane mainTabs(FxRobot robot) {
        Node workspaceTab = robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                .anyMatch(t -> "tab-workspace".equals(t.getId()))).query();
        return (TabPane) workspaceTab;
    }

    @Test
    void windowHasWorkspaceAndTrainingTabsAndMenus(FxRobot robot) {
        TabPane tabs = mainTabs(robot);
        assertEquals(2, tabs.getTabs().size());
        assertTrue(robot.lookup("#status-bar").tryQuery().isPresent());
    }

    @Test
    void titleShowsTheFileAndAModifiedMarker() {
        DocumentController docs = window.documents();
        assertEquals("Untitled \u2014 ConvLab", fx(docs::title));
        fxRun(() -> workspace.change("edit.bias", s -> s.withBias(0.5f)));
        assertEquals("\u2022 Untitled \u2014 ConvLab", fx(docs::title));
        Path file = dir.resolve("title.convlab");
        assertTrue(fx(() -> docs.saveTo(file)));
        assertEquals("title.convlab \u2014 ConvLab", fx(docs::title));
        assertEquals(List.of(file.toAbsolutePath()), new UserPreferences(node).recentFiles());
    }

    @Test
    void savedSessionOpensAgainExactly() {
        FMatrixRMaj x = new FMatrixRMaj(3, 4, true, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.5f);
        fxRun(() -> {
            workspace.change("edit.inputPreset", s -> s.withInput(x).withBias(-0.25f));
            window.trainingView().session().setSettings(TrainingSettings.chapter().withLearningRate(0.01));
            window.lessonsShownProperty().set(true);
        });
        Path file = dir.resolve("roundtrip.convlab");
        assertTrue(fx(() -> window.documents().saveTo(file)));
        fxRun(() -> window.apply(MainWindow.newSession()));
        assertArrayEquals(Chapter.edgeImage().data, workspace.state().input().data);
        assertTrue(fx(() -> window.documents().open(file)));
        assertArrayEquals(x.data, workspace.state().input().data);
        assertEquals(-0.25f, workspace.state().bias());
        assertEquals(0.01, window.trainingView().session().settings().learningRate());
        assertTrue(window.lessonsShownProperty().get());
        assertFalse(window.documents().modifiedProperty().get());
        assertFalse(workspace.history().canUndoProperty().get(), "an opened session starts a fresh history");
    }

    @Test
    void badSessionFileIsRefusedAndChangesNothing(FxRobot robot) throws Exception {
        fxRun(() -> workspace.change("edit.bias", s -> s.withBias(2f)));
        WorkspaceState before = workspace.state();
        Path bad = dir.resolve("bad.convlab");
        Files.writeString(bad, "{\"format\": \"convlab-session\", \"version\": 9}");
        String message = dialogAfter(robot, () -> window.documents().open(bad));
        assertEquals("bad.convlab: was saved by a newer ConvLab (session version 9; this one reads up to 3); "
                + "please update ConvLab", message);
        assertEquals(before, workspace.state());
        assertTrue(window.documents().modifiedProperty().get(), "the unsaved change is still unsaved");
    }

    @Test
    void pasteSetsTheKernelAndRefusesText(FxRobot robot) throws Exception {
        fxRun(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("torch.tensor([[1., -2., 1.]])");
            Clipboard.getSystemClipboard().setContent(c);
        });
        ExportActions actions = new ExportActions(window, new UserPreferences(node));
        fxRun(() -> actions.paste(true));
        assertArrayEquals(new float[] {1, -2, 1}, workspace.state().kernel().data);
        WorkspaceState before = workspace.state();
        fxRun(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("a picture of a cat");
            Clipboard.getSystemClipboard().setContent(c);
        });
        String message = dialogAfter(robot, () -> actions.paste(true));
        assertTrue(message.startsWith("Nothing was changed. clipboard:1:1: 'a' is not a number."), message);
        assertEquals(before, workspace.state());
    }

    @Test
    void lessonStepsBringTheirPaneAndTrainingSetup(FxRobot robot) {
        fxRun(() -> window.lessonsShownProperty().set(true));
        assertTrue(robot.lookup(".lessons-view").tryQuery().isPresent());
        TabPane tabs = mainTabs(robot);
        int training = fx(() -> {
            var lesson = window.lessonsView().progress().lessonProperty().get();
            for (int i = 0; i < lesson.steps().size(); i++) {
                if (lesson.steps().get(i).training().isPresent()) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(training >= 0, "the chapter's lesson has a training step");
        fxRun(() -> window.lessonsView().progress().go(training));
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex());
        fxRun(() -> window.lessonsView().progress().go(0));
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex());
        fxRun(() -> window.lessonsShownProperty().set(false));
        assertFalse(robot.lookup(".lessons-view").tryQuery().isPresent());
    }

    @Test
    void goingBackToAStepRestoresItsTrainingSettingsAndTheDefaultStartWorks(FxRobot robot) {
        fxRun(() -> window.lessonsShownProperty().set(true));
        int tooLarge = fx(() -> {
            var steps = window.lessonsView().progress().lessonProperty().get().steps();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).training().filter(t -> t.learningRate() == 0.04).isPresent()) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(tooLarge > 0, "the chapter's lesson has a step with a learning rate too large");
        fxRun(() -> window.lessonsView().progress().go(tooLarge));
        assertEquals(0.04, fx(() -> window.training().settings().learningRate()));
        fxRun(() -> window.lessonsView().progress().go(0));
        TrainingSettings first = fx(() -> window.training().settings());
        assertEquals(TrainingSettings.chapter().learningRate(), first.learningRate());
        assertEquals(TrainingSettings.chapter().epochs(), first.epochs());
        fxRun(window::showTrainingTab);
        assertEquals(TrainingPhase.READY, fx(() -> window.training().phase()));
        Labeled notice = robot.lookup("#notice").queryLabeled();
        assertTrue(notice.isVisible());
        assertEquals(Texts.of("training").format("notice.bookRunReplaced", "2x2", "0"), notice.getText());
        fxRun(() -> robot.lookup("#step").queryButton().fire());
        assertEquals(1, fx(() -> window.training().snapshotProperty().get().epoch()));
    }

    @Test
    void openRecentIsEnabledAsSoonAsThereIsARecentFile(FxRobot robot) {
        Menu recent = fx(() -> fileMenuItem(robot, "menu-recent"));
        assertTrue(recent.isDisable(), "a fresh user has no recent files");
        assertTrue(fx(() -> window.documents().saveTo(dir.resolve("first.convlab"))));
        assertFalse(recent.isDisable());
        assertEquals(1, recent.getItems().size());
    }

    @Test
    void workRestoredAfterACrashKeepsItsFileName(FxRobot robot) throws Exception {
        Path doc = dir.resolve("crashed.convlab");
        RecoveryFile left = new RecoveryFile(dir.resolve("recovery.convlab"));
        left.write(MainWindow.newSession(), doc);
        Platform.runLater(() -> window.documents().offerRecovery());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String restore = Texts.of("app").get("dialog.recover.restore");
        fxRun(() -> pane.getButtonTypes().stream().filter(b -> b.getText().equals(restore))
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow().fire());
        assertEquals(doc.toAbsolutePath(), fx(() -> window.documents().fileProperty().get()));
        assertEquals("\u2022 crashed.convlab \u2014 ConvLab", fx(() -> window.documents().title()));
    }

    @Test
    void aWindowBuiltInAnotherLanguageKeepsTheLessonStepAndTheTab(FxRobot robot) {
        fxRun(() -> window.lessonsShownProperty().set(true));
        fxRun(() -> window.lessonsView().progress().go(2));
        fxRun(() -> workspace.change("edit.bias", st -> st.withBias(5f)));
        fxRun(window::showTrainingTab);
        WorkspaceState experimented = fx(workspace::state);
        MainWindow chinese = fx(() -> {
            // as ConvLabApp does when the View menu switches the language
            Texts.setLocale(Locale.SIMPLIFIED_CHINESE);
            MainWindow w = new MainWindow(workspace, new UserPreferences(node),
                    new RecoveryFile(dir.resolve("recovery3.convlab")), locale -> { });
            w.continueFrom(window);
            window.dispose();
            robot.lookup(".main-window").query().getScene().setRoot(w.root());
            return w;
        });
        try {
            assertEquals(2, fx(() -> chinese.lessonsView().progress().indexProperty().get()));
            assertTrue(fx(() -> chinese.lessonsView().progress().lessonProperty().get().title()).chars()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            assertEquals(experimented, fx(workspace::state), "the class's changes after the step stay");
            assertEquals(1, mainTabs(robot).getSelectionModel().getSelectedIndex());
        } finally {
            fxRun(() -> Texts.setLocale(Locale.ENGLISH));
            fxRun(chinese::dispose);
        }
    }

    @Test
    void theAboutDialogsButtonSpeaksTheChosenLanguage(FxRobot robot) throws Exception {
        MainWindow chinese = fx(() -> {
            Texts.setLocale(Locale.SIMPLIFIED_CHINESE);
            MainWindow w = new MainWindow(workspace, new UserPreferences(node),
                    new RecoveryFile(dir.resolve("recovery4.convlab")), locale -> { });
            robot.lookup(".main-window").query().getScene().setRoot(w.root());
            return w;
        });
        try {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            MenuItem about = bar.getMenus().get(bar.getMenus().size() - 1).getItems().get(0);
            Platform.runLater(about::fire);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            List<String> buttons = fx(() -> pane.getButtonTypes().stream().map(b -> ((Button) pane.lookupButton(b))
                    .getText()).toList());
            fxRun(() -> ((Stage) pane.getScene().getWindow()).close());
            assertEquals(List.of("\u786e\u5b9a"), buttons);
        } finally {
            fxRun(() -> Texts.setLocale(Locale.ENGLISH));
            fxRun(chinese::dispose);
        }
    }

    @Test
    void exportingAnEmptyTrainingLogSaysSoInsteadOfWritingAHeader(FxRobot robot) throws Exception {
        Menu export = fx(() -> fileMenuItem(robot, "menu-export"));
        MenuItem log = export.getItems().stream().filter(i -> "export-log".equals(i.getId())).findFirst().orElseThrow();
        String message = dialogAfter(robot, log::fire);
        assertEquals(Texts.of("app").get("export.emptyLog"), message);
    }

    @Test
    void messagesAboutTheOldDocumentGoOnFileNewAndOpen(FxRobot robot) throws Exception {
        Path saved = dir.resolve("saved.convlab");
        assertTrue(fx(() -> window.documents().saveTo(saved)));
        Labeled message = robot.lookup("#input-message").queryLabeled();
        Labeled kernelMessage = robot.lookup("#kernel-message").queryLabeled();
        for (Runnable replace : new Runnable[] {() -> window.documents().newSession(),
                () -> window.documents().open(saved)}) {
            Path file = org.convlab.io.TestImages.corruptPng(dir);
            fxRun(() -> window.workspaceView().importImage(file));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> message.isVisible()
                    && message.getText().startsWith("Could not import")));
            robot.clickOn("#kernel-cell-0-1").write("abc").type(javafx.scene.input.KeyCode.ENTER);
            assertTrue(fx(kernelMessage::isVisible));
            fxRun(replace);
            assertFalse(fx(message::isVisible));
            assertEquals("", fx(message::getText));
            assertFalse(fx(kernelMessage::isVisible));
            assertEquals("-1", fx(() -> robot.lookup("#kernel-cell-0-1").queryTextInputControl().getText()));
        }
    }

    private static Menu fileMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void trainingLogExportHasTheColumnsOfTheCommandLine() {
        fxRun(() -> {
            window.trainingView().session().reset();
            for (int i = 0; i < 10; i++) {
                window.trainingView().session().step();
            }
        });
        List<String> rows = fx(() -> window.trainingView().session().epochTableCsv()).lines().toList();
        assertEquals(11, rows.size());
        assertEquals("epoch,loss,k_0_0,k_0_1", rows.get(0));
        assertTrue(rows.get(1).startsWith("1,4.57"), rows.get(1));
        assertTrue(rows.get(10).startsWith("10,0.00"), rows.get(10));
    }

    @Test
    void sessionFileOnDiskIsTheDocumentedJson() throws Exception {
        Path file = dir.resolve("doc.convlab");
        assertTrue(fx(() -> window.documents().saveTo(file)));
        String json = Files.readString(file);
        assertTrue(json.contains("\"format\" : \"convlab-session\""), json);
        assertTrue(json.contains("\"init\" : \"book\""), json);
        SessionFile.open(file);
    }

    @Test
    void aWindowBuiltAgainLeavesTheOldOneDeaf(FxRobot robot) {
        // as a language switch does: a second window on the same workspace, the first one let go
        MainWindow again = fx(() -> {
            MainWindow w = new MainWindow(workspace, new UserPreferences(node),
                    new RecoveryFile(dir.resolve("recovery2.convlab")), locale -> { });
            window.lessonsView();
            window.trainingView();
            window.dispose();
            return w;
        });
        Object oldTask = fx(() -> window.training().taskProperty().get());
        Object newTask = fx(() -> again.training().taskProperty().get());
        FMatrixRMaj k = new FMatrixRMaj(new float[][] {{1, 0, -1}});
        fxRun(() -> workspace.change("edit.kernelPreset", st -> st.withKernel(k)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> again.training().taskProperty().get()) != newTask, "the new window follows the workspace");
        assertTrue(fx(() -> window.training().taskProperty().get()) == oldTask, "the old window no longer does");
        fxRun(again::dispose);
    }
}
