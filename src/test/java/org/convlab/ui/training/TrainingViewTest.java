package org.convlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;
import org.convlab.core.Chapter;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.EpochRecord;
import org.convlab.core.KernelInit;
import org.convlab.core.Trainer;
import org.convlab.model.Workspace;
import org.convlab.model.training.BookRun;
import org.convlab.model.training.Snapshot;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.ui.heatmap.CellColors;
import org.convlab.ui.heatmap.ColorLegend;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {
    private final List<Throwable> fxErrors = new ArrayList<>();
    private TrainingView view;
    private TrainingSession session;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        view = new TrainingView(new Workspace());
        session = view.session();
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(org.convlab.ui.ConvLabApp.class.getResource("convlab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void noErrorReachedTheFxThread(FxRobot robot) {
        robot.interact(session::pause);
        assertEquals(List.of(), fxErrors);
    }

    @Test
    void bookRunSteppedTenTimesPrintsTheChaptersLinesAndKernel(FxRobot robot) {
        for (int i = 0; i < 10; i++) {
            robot.clickOn("#step");
        }
        ListView<String> log = robot.lookup("#log").queryListView();
        assertEquals(BookRun.expectedLog(), List.copyOf(log.getItems()));
        HeatmapView learned = robot.lookup("#learnedKernel").queryAs(HeatmapView.class);
        assertEquals("0.9852", org.convlab.io.MatrixText.fixed(learned.matrix().get(0, 0), 4));
        assertEquals("-1.0010", org.convlab.io.MatrixText.fixed(learned.matrix().get(0, 1), 4));
        assertTrue(robot.lookup("#step").queryButton().isDisabled());
    }

    @Test
    void playRunsToTheEndAndStops(FxRobot robot) throws TimeoutException {
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(RunBar.SPEEDS.length - 1));
        robot.clickOn("#play");
        waitFor(() -> session.phase() == TrainingPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, session.snapshotProperty().get().epoch());
        assertEquals(11, robot.lookup("#log").queryListView().getItems().size());
        Button play = robot.lookup("#play").queryButton();
        assertEquals(texts().get("button.play"), play.getText());
        assertTrue(play.isDisabled());
        assertEquals(10, view.chart().points().size());
    }

    @Test
    void gradientBoxShowsTheGradientAtTheKernelShown(FxRobot robot) {
        HeatmapView gradient = robot.lookup("#kernelGradient").queryAs(HeatmapView.class);
        assertEquals(-11.56, gradient.matrix().get(0, 0), 0.005);
        assertEquals(2.72, gradient.matrix().get(0, 1), 0.005);
        ColorLegend gradientLegend = robot.lookup("#gradientLegend").queryAs(ColorLegend.class);
        double largest = Math.abs(gradient.matrix().get(0, 0));
        assertEquals(new CellColors.Signed(largest), gradient.colors());
        assertEquals("0", gradientLegend.values()[1]);
        assertTrue(gradientLegend.values()[2].startsWith("+11.5"), gradientLegend.values()[2]);
        assertEquals(new CellColors.Signed(1), robot.lookup("#targetY").queryAs(HeatmapView.class).colors());
        assertEquals(List.of("\u22121", "0", "+1"), List.of(robot.lookup("#errorLegend").queryAs(ColorLegend.class)
                .values()));
        assertEquals(List.of("\u22121", "0", "+1"), List.of(robot.lookup("#kernelLegend").queryAs(ColorLegend.class)
                .values()));
        FMatrixRMaj x = Chapter.edgeImage();
        Trainer reference = new Trainer(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), KernelInit.bookRun(),
                false, 0.03);
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#step");
            reference.step();
            HeatmapView learned = robot.lookup("#learnedKernel").queryAs(HeatmapView.class);
            assertArrayEquals(reference.kernel().data, learned.matrix().data, 0f);
            // the gradient at the kernel shown is the one the next epoch steps along
            FMatrixRMaj next = new Trainer(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), reference.kernel(),
                    false, 0.03).step().kernelGrad();
            assertArrayEquals(next.data, gradient.matrix().data, 0f);
        }
    }

    @Test
    void newLearningRateTakesEffectOnTheNextEpoch(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#step");
        }
        typeLearningRate(robot, "0.01");
        assertEquals(0.01, session.settings().learningRate());
        robot.clickOn("#step");
        FMatrixRMaj x = Chapter.edgeImage();
        Trainer reference = new Trainer(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), KernelInit.bookRun(),
                false, 0.03);
        reference.run(3);
        reference.setLearningRate(0.01);
        EpochRecord fourth = reference.step();
        HeatmapView learned = robot.lookup("#learnedKernel").queryAs(HeatmapView.class);
        assertArrayEquals(fourth.kernel().data, learned.matrix().data, 0f);
    }

    @Test
    void newLearningRateTakesEffectWhileRunning(FxRobot robot) throws TimeoutException {
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(0));
        robot.clickOn("#play");
        waitFor(() -> session.snapshotProperty().get().epoch() >= 2);
        Snapshot[] atChange = new Snapshot[1];
        robot.interact(() -> {
            session.setSettings(session.settings().withLearningRate(0.01));
            atChange[0] = session.snapshotProperty().get();
        });
        assertEquals(TrainingPhase.RUNNING, session.phase());
        int e = atChange[0].epoch();
        waitFor(() -> session.snapshotProperty().get().epoch() >= e + 1);
        Snapshot[] next = new Snapshot[1];
        robot.interact(() -> {
            session.pause();
            next[0] = session.snapshotProperty().get();
        });
        assertEquals(e + 1, next[0].epoch());
        for (int i = 0; i < 2; i++) {
            float expected = atChange[0].kernel().data[i] - 0.01f * atChange[0].kernelGrad().data[i];
            assertEquals(expected, next[0].kernel().data[i], 0f);
        }
    }

    @Test
    void learningRateAboveOneThirtiethEndsInThePlainDivergenceMessage(FxRobot robot) throws TimeoutException {
        typeLearningRate(robot, "0.04");
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(RunBar.SPEEDS.length - 1));
        robot.clickOn("#play");
        waitFor(() -> session.phase() == TrainingPhase.DIVERGED);
        WaitForAsyncUtils.waitForFxEvents();
        Labeled notice = robot.lookup("#notice").queryLabeled();
        assertTrue(notice.isVisible());
        assertEquals(texts().format("notice.divergedLimit", "0.04", "6", "0.03333"), notice.getText());
        assertNoNaNShown(robot);
        for (XYChart.Data<Number, Number> p : view.chart().points()) {
            assertTrue(Double.isFinite(p.getYValue().doubleValue()));
        }
        assertTrue(robot.lookup("#step").queryButton().isDisabled());
    }

    @Test
    void resetRestoresTheInitialState(FxRobot robot) throws TimeoutException {
        typeLearningRate(robot, "0.04");
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(RunBar.SPEEDS.length - 1));
        robot.clickOn("#play");
        waitFor(() -> session.phase() == TrainingPhase.DIVERGED);
        typeLearningRate(robot, "0.03");
        robot.clickOn("#reset");
        assertEquals(TrainingPhase.READY, session.phase());
        assertTrue(robot.lookup("#log").queryListView().getItems().isEmpty());
        assertTrue(view.chart().points().isEmpty());
        assertFalse(robot.lookup("#notice").queryLabeled().isVisible());
        HeatmapView learned = robot.lookup("#learnedKernel").queryAs(HeatmapView.class);
        assertArrayEquals(KernelInit.BOOK_RUN, learned.matrix().data, 0f);
        assertEquals(1, session.trajectory().size());
        assertFalse(robot.lookup("#step").queryButton().isDisabled());
        for (int i = 0; i < 10; i++) {
            robot.clickOn("#step");
        }
        assertEquals(BookRun.expectedLog(), List.copyOf(robot.lookup("#log").queryListView().getItems()));
    }

    @Test
    void resetLeavesNoLineOfTheOldRunInTheLossChart(FxRobot robot) throws TimeoutException {
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(RunBar.SPEEDS.length - 1));
        robot.clickOn("#play");
        waitFor(() -> session.phase() == TrainingPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lineDrawn(robot).isEmpty());
        robot.clickOn("#reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), lineDrawn(robot));
        robot.clickOn("#step");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.chart().points().size());
    }

    @Test
    void theLogScaleDrawsNoLineAtALossOfOne(FxRobot robot) {
        for (int i = 0; i < 10; i++) {
            robot.clickOn("#step");
        }
        Node zero = robot.lookup("#lossChart .chart-horizontal-zero-line").query();
        assertTrue(zero.isVisible(), "on the plain scale the zero line is the loss axis' 0");
        robot.clickOn("#logScale");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(zero.isVisible());
    }

    /** The path elements the loss chart's line is drawn with. */
    private static List<PathElement> lineDrawn(FxRobot robot) {
        Path line = robot.lookup("#lossChart .chart-series-line").queryAs(Path.class);
        return List.copyOf(line.getElements());
    }

    @Test
    void landscapeAppearsForTwoParametersAndTheSliceSelectorForMore(FxRobot robot) {
        LandscapeView landscape = view.landscapeView();
        assertTrue(landscape.isVisible());
        assertNotNull(landscape.slice());
        assertArrayEquals(new double[] {1, -1}, landscape.slice().minimum(), 1e-9);
        assertFalse(robot.lookup("#sliceSelector").query().isVisible());
        robot.clickOn("#step");
        assertEquals(2, session.trajectory().size());

        robot.clickOn("#training-bias");
        Node selector = robot.lookup("#sliceSelector").query();
        assertTrue(selector.isVisible());
        ComboBox<String> second = robot.lookup("#sliceSecond").queryComboBox();
        assertEquals(List.of("K[0,0]", "K[0,1]", "b"), List.copyOf(second.getItems()));
        assertEquals(texts().get("landscape.slice"), robot.lookup("#landscapeCaption").queryLabeled().getText());
        robot.interact(() -> second.getSelectionModel().select(2));
        assertEquals(2, session.landscape().axesProperty().get().second());
        assertEquals(2, landscape.slice().second());
        assertNotNull(landscape.slice());
    }

    @Test
    void badLearningRateIsMarkedAndChangesNothing(FxRobot robot) {
        typeLearningRate(robot, "abc");
        assertTrue(robot.lookup("#lr").query().getStyleClass().contains("invalid"));
        assertEquals(0.03, session.settings().learningRate());
        typeLearningRate(robot, "-1");
        assertEquals(0.03, session.settings().learningRate());
    }

    private static Texts texts() {
        return Texts.of("training");
    }

    private static void typeLearningRate(FxRobot robot, String text) {
        robot.clickOn("#lr").push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.ENTER);
    }

    private static void waitFor(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.get());
    }

    /** No label, field, list line or heatmap cell anywhere shows NaN or infinity. */
    private static void assertNoNaNShown(FxRobot robot) {
        List<String> shown = new ArrayList<>();
        collect(robot.lookup(".training-view").queryAs(Parent.class), shown);
        for (String s : shown) {
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            assertFalse(lower.contains("nan") || lower.contains("infinity") || lower.matches(".*\\binf\\b.*"), s);
        }
        for (Node n : robot.lookup(".heatmap").queryAll()) {
            FMatrixRMaj m = ((HeatmapView) n).matrix();
            if (m != null) {
                for (int i = 0; i < m.getNumElements(); i++) {
                    assertTrue(Float.isFinite(m.data[i]));
                }
            }
        }
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof TextInputControl t) {
            out.add(t.getText());
        }
        if (node instanceof ListView<?> list) {
            list.getItems().forEach(item -> out.add(String.valueOf(item)));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
