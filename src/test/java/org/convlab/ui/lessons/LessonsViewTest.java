package org.convlab.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.Claim;
import org.convlab.model.lesson.ClaimCheck;
import org.convlab.model.lesson.Lesson;
import org.convlab.model.lesson.LessonLibrary;
import org.convlab.model.lesson.LessonStep;
import org.convlab.ui.heatmap.HeatmapView;
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

/**
 * Walks the chapter's lesson in both languages through the pane, as a teacher would with the Next
 * button, and checks at every step that the workspace holds the step's setup and that the output
 * on screen shows the numbers the step's text quotes.
 */
@ExtendWith(ApplicationExtension.class)
class LessonsViewTest {
    private final Locale initial = Texts.locale();
    private Stage stage;
    private Workspace workspace;
    private LessonsView view;
    private final List<LessonStep> told = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The scene keeps its size and only its root is replaced: Monocle's headless painter fails
        // when a shown window's scene grows.
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void restoreLocale() {
        Texts.setLocale(initial);
    }

    private void build(FxRobot robot, Locale locale) {
        robot.interact(() -> {
            Texts.setLocale(locale);
            workspace = new Workspace();
            view = new LessonsView(workspace, told::add);
            stage.getScene().setRoot(view.root());
        });
    }

    @Test
    void walksEveryStepInEnglish(FxRobot robot) {
        walk(robot, Locale.ENGLISH, "Next");
    }

    @Test
    void walksEveryStepInChinese(FxRobot robot) {
        walk(robot, Locale.SIMPLIFIED_CHINESE, "下一步");
    }

    private void walk(FxRobot robot, Locale locale, String nextText) {
        build(robot, locale);
        Lesson lesson = LessonLibrary.builtIn(locale);
        WorkspaceState untouched = workspace.state();
        assertSame(untouched, workspace.state(), "opening the pane changes nothing");
        assertEquals(nextText, robot.lookup("#lesson-next").queryAs(Button.class).getText());
        for (int i = 0; i < lesson.steps().size(); i++) {
            robot.clickOn("#lesson-next");
            LessonStep step = lesson.steps().get(i);
            String where = locale + " step " + (i + 1) + " " + step.id();
            assertEquals(step.look(), robot.lookup("#lesson-look").queryLabeled().getText(), where);
            assertEquals(step.question(), robot.lookup("#lesson-question").queryLabeled().getText(), where);
            assertEquals(ClaimCheck.format(step.setup().input(), 4), ClaimCheck.format(workspace.state().input(), 4),
                    where);
            assertEquals(ClaimCheck.format(step.setup().kernel(), 4),
                    ClaimCheck.format(workspace.state().kernel(), 4), where);
            assertEquals(step.setup().bias(), workspace.state().bias(), where);
            assertEquals(step.setup().geometry(), workspace.state().geometry(), where);
            assertEquals(step.setup(), workspace.state(), where + ": every channel, kernel and bias");
            FMatrixRMaj shown = robot.lookup("#lesson-output").queryAs(HeatmapView.class).matrix();
            for (int o = 1; o < step.setup().outputChannels(); o++) {
                HeatmapView channel = robot.lookup("#lesson-output-" + o).queryAs(HeatmapView.class);
                assertTrue(channel.isVisible(), where + " shows output channel " + o);
                assertEquals(ClaimCheck.format(ClaimCheck.outputs(workspace.state()).get(o), 4),
                        ClaimCheck.format(channel.matrix(), 4), where);
            }
            int channels = step.setup().outputChannels();
            assertFalse(robot.lookup("#lesson-output-" + channels).tryQuery().map(n -> n.isVisible()).orElse(false),
                    where + " shows no channel the workspace does not have");
            assertEquals(ClaimCheck.format(ClaimCheck.output(workspace.state()), 4), ClaimCheck.format(shown, 4), where);
            for (Claim claim : step.claims()) {
                if (claim.with().isNone()) {
                    checkOnScreen(claim, shown, step, where);
                }
            }
            assertEquals(step.title(), told.get(told.size() - 1).title(), where);
            assertEquals(step.pane(), told.get(told.size() - 1).pane(), where);
            assertNoMissingKeys(robot, where);
        }
        assertTrue(robot.lookup("#lesson-next").queryAs(Button.class).isDisabled(), "Next stops at the end");
        assertEquals(lesson.steps().size(), told.size());
    }

    /** The claim, read off the heatmap the pane shows rather than recomputed. */
    private static void checkOnScreen(Claim claim, FMatrixRMaj shown, LessonStep step, String where) {
        if (claim instanceof Claim.ChannelOutput c && c.channel() == 0) {
            assertEquals(ClaimCheck.format(c.value(), c.decimals()), ClaimCheck.format(shown, c.decimals()), where);
        } else if (claim instanceof Claim.Output c) {
            assertEquals(ClaimCheck.format(c.value(), c.decimals()), ClaimCheck.format(shown, c.decimals()), where);
        } else if (claim instanceof Claim.Cell c) {
            assertEquals(ClaimCheck.format(c.value(), c.decimals()),
                    ClaimCheck.format(shown.get(c.row(), c.col()), c.decimals()), where);
        } else if (claim instanceof Claim.All c) {
            for (int k = 0; k < shown.getNumElements(); k++) {
                assertEquals(ClaimCheck.format(c.value(), 4), ClaimCheck.format(shown.data[k], 4), where);
            }
        } else if (claim instanceof Claim.Count c) {
            long n = 0;
            for (int k = 0; k < shown.getNumElements(); k++) {
                n += ClaimCheck.format(shown.data[k], 4).equals(ClaimCheck.format(c.value(), 4)) ? 1 : 0;
            }
            assertEquals(c.count(), n, where);
        } else if (claim instanceof Claim.Shape c) {
            assertEquals(c.rows() + "x" + c.cols(), shown.numRows + "x" + shown.numCols, where);
        } else if (claim instanceof Claim.CellSum c) {
            String sum = ClaimCheck.cellSum(step.setup(), c.row(), c.col());
            assertTrue(sum.endsWith("= " + ClaimCheck.format(shown.get(c.row(), c.col()), 4)), where);
            assertTrue((step.look() + step.tryThis()).contains(sum), where);
        }
    }

    private static void assertNoMissingKeys(FxRobot robot, String where) {
        for (Node n : robot.lookup(node -> node instanceof Labeled).queryAll()) {
            String text = ((Labeled) n).getText();
            assertFalse(text != null && text.matches("<[\\w.]+>"), where + ": missing text " + text);
        }
    }

    @Test
    void previousAndPageKeysMoveThroughTheSteps(FxRobot robot) {
        build(robot, Locale.ENGLISH);
        robot.clickOn("#lesson-next").clickOn("#lesson-next");
        assertEquals(1, view.progress().indexProperty().get());
        assertEquals(1f, workspace.state().bias());
        robot.clickOn("#lesson-previous");
        assertEquals(0, view.progress().indexProperty().get());
        assertEquals(0f, workspace.state().bias());
        robot.type(KeyCode.PAGE_DOWN, 2);
        assertEquals(2, view.progress().indexProperty().get());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(1, view.progress().indexProperty().get());
        workspace.undo();
        assertEquals(0f, workspace.state().bias(), "a step is one undoable change");
    }

    @Test
    void choosingAStepInTheListSetsItUp(FxRobot robot) {
        build(robot, Locale.ENGLISH);
        robot.interact(() -> robot.lookup("#lesson-steps").queryListView().getSelectionModel().select(3));
        assertEquals(8, workspace.state().input().numRows, "the transposed edge image is 8x6");
        assertEquals("Step 4 of 41", robot.lookup(".lesson-position").queryLabeled().getText());
    }

    @Test
    void thePoolingStepsSwitchThePoolingStageOnAndTheOthersOff(FxRobot robot) {
        build(robot, Locale.ENGLISH);
        // 6.5.2, the shift demonstration, follows the 24 steps of 6.2 and 6.3, the 8 of 6.4 and 6.5.1
        robot.interact(() -> robot.lookup("#lesson-steps").queryListView().getSelectionModel().select(33));
        assertEquals(new org.convlab.model.PoolingStage(true, org.convlab.core.PoolWindow.sliding(2, 2),
                org.convlab.core.PoolMode.MAX), workspace.state().pooling());
        robot.interact(() -> robot.lookup("#lesson-steps").queryListView().getSelectionModel().select(0));
        assertEquals(org.convlab.model.PoolingStage.OFF, workspace.state().pooling());
    }

    @Test
    void aMalformedLessonFileGetsAMessageAndTheLessonStays(FxRobot robot, @TempDir Path dir) throws Exception {
        build(robot, Locale.SIMPLIFIED_CHINESE);
        robot.clickOn("#lesson-next");
        Path bad = dir.resolve("坏课程.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"title\": \"x\", \"steps\": [{\"id\": \"1\", \"title\": \"t\","
                + " \"look\": \"l\", \"setup\": {\"input\": \"edge-6x8\", \"kernel\": \"nope\"}}]}");
        robot.interact(() -> view.openFile(bad));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#lesson-status").queryLabeled().getText()
                .contains("nope"));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled status = robot.lookup("#lesson-status").queryLabeled();
        assertTrue(status.getText().startsWith("坏课程.json：第 1 步，setup.kernel：没有名为“nope”的预设"), status.getText());
        assertTrue(status.getStyleClass().contains("lesson-error"));
        assertEquals(0, view.progress().indexProperty().get(), "the open lesson stays where it was");
        assertEquals(19f, ClaimCheck.output(workspace.state()).get(0, 0));
    }

    @Test
    void aTeachersLessonFileOpensAndTheChapterComesBack(FxRobot robot, @TempDir Path dir) throws Exception {
        build(robot, Locale.ENGLISH);
        Path good = dir.resolve("blur.json");
        Files.writeString(good, "{\"formatVersion\": 1, \"title\": \"Blurring\", \"steps\": [{\"id\": \"B1\", "
                + "\"title\": \"Box blur\", \"look\": \"Look at the soft edge.\", \"setup\": {\"input\": \"edge-6x8\","
                + " \"kernel\": \"box-blur-3x3\"}}]}");
        robot.interact(() -> view.openFile(good));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Blurring".equals(
                view.progress().lessonProperty().get().title()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-next");
        assertEquals("Look at the soft edge.", robot.lookup("#lesson-look").queryLabeled().getText());
        assertEquals(3, workspace.state().kernel().numRows);
        Button back = robot.lookup(".lesson-header .button").match(n -> ((Button) n).isVisible()
                && ((Button) n).getText().startsWith("Back")).queryButton();
        robot.clickOn(back);
        assertNotEquals("Blurring", view.progress().lessonProperty().get().title());
    }
}
