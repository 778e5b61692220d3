package org.convlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.convlab.core.KernelInit;
import org.convlab.model.PoolingStage;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.training.InitKind;
import org.convlab.model.training.TargetKind;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingSettings;
import org.convlab.ui.Texts;
import org.convlab.ui.heatmap.HeatmapView;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The training pane on a color image: it learns the gray weights as a 1x1 bank and shows them converge. */
@ExtendWith(ApplicationExtension.class)
class BankTrainingViewTest {
    private final List<Throwable> fxErrors = new ArrayList<>();
    private Workspace workspace;
    private TrainingSession session;

    @Start
    void start(Stage stage) {
        Texts.setLocale(Locale.ENGLISH);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        SplittableRandom random = new SplittableRandom(5);
        ChannelStack rgb = ChannelStack.of(random(12, 12, random), random(12, 12, random), random(12, 12, random));
        workspace = new Workspace(WorkspaceState.of(rgb, List.of("R", "G", "B"),
                KernelInit.pytorchDefaultBank(2, 3, 3, 3, 1), new float[2], ConvGeometry.VALID, PoolingStage.OFF));
        session = new TrainingSession(workspace, TrainingSettings.chapter().withTarget(TargetKind.RGB_TO_GRAY)
                .withInit(InitKind.ZEROS).withLearningRate(0.004).withEpochs(500).withTolerance(0));
        TrainingView view = new TrainingView(workspace, session);
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
    void afterARunThePaneShowsTheGrayWeightsUnderTheirChannelNames(FxRobot robot) throws TimeoutException {
        assertEquals("0.0000", weight(robot, 0));
        assertEquals(TargetKind.RGB_TO_GRAY, robot.lookup("#trainingTarget").queryAs(ComboBox.class).getValue());
        List<String> headers = robot.lookup("#bankGrid").queryAs(javafx.scene.layout.GridPane.class).getChildren()
                .stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
        assertTrue(headers.containsAll(List.of("R", "G", "B")), headers.toString());
        assertEquals("Target Y = 0.299 R + 0.587 G + 0.114 B, the gray image", title(robot));
        // a bank has no two-weight landscape: a note takes its place, and the single-kernel panel steps aside
        assertTrue(visible(robot, "#bankLandscapeNote"));
        assertFalse(visible(robot, "#landscape"));
        assertFalse(visible(robot, "#learnedKernel"));
        robot.interact(() -> {
            session.speedProperty().set(TrainingSession.FASTEST);
            session.play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.phase() == TrainingPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.2990", weight(robot, 0));
        assertEquals("0.5870", weight(robot, 1));
        assertEquals("0.1140", weight(robot, 2));
        assertTrue(session.log().get(499).startsWith("epoch 500, loss "), session.log().get(499));
        assertEquals("tensor([[[[0.2990]],", session.log().get(500));
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingTheWorkspaceOutputLearnsTheWholeBankShownKernelByKernel(FxRobot robot) {
        ComboBox<TargetKind> target = robot.lookup("#trainingTarget").queryAs(ComboBox.class);
        // the gray weights are a 1x1 bank: no kernel shape to choose until the workspace output is the target
        assertTrue(robot.lookup("#shapeFromTarget").query().isDisabled());
        robot.interact(() -> target.setValue(TargetKind.WORKSPACE));
        assertEquals("2x3x3x3", session.taskProperty().get().shape());
        assertEquals("Target Y[0], the first of 2 output channels", title(robot));
        assertFalse(robot.lookup("#shapeFromTarget").query().isDisabled());
        robot.interact(session::step);
        HeatmapView last = robot.lookup("#bank-kernel-1-2").queryAs(HeatmapView.class);
        assertEquals(3, last.matrix().numRows);
        assertArrayEquals(session.snapshotProperty().get().bank().kernel(1, 2).data, last.matrix().data, 0f);
        assertTrue(robot.lookup("#bank-weight-0-0").tryQuery().isEmpty());
        // one channel again (a started run takes the new workspace at Reset): the chapter's pane, no choice of target
        robot.interact(() -> {
            workspace.change("edit.channels", s -> new WorkspaceState(s.input(), s.kernel(0, 0), 0f));
            session.reset();
        });
        assertTrue(session.taskProperty().get().singleChannel());
        assertFalse(visible(robot, "#trainingTarget"));
        assertTrue(visible(robot, "#learnedKernel"));
        assertTrue(visible(robot, "#landscape"));
    }

    @Test
    void aBankPlaysOffTheFxThreadWhileFramesKeepComing(FxRobot robot) throws TimeoutException {
        SplittableRandom random = new SplittableRandom(2);
        ChannelStack x = ChannelStack.of(random(48, 48, random), random(48, 48, random), random(48, 48, random));
        KernelBank truth = KernelInit.pytorchDefaultBank(4, 3, 3, 3, 9);
        robot.interact(() -> {
            session.setSettings(TrainingSettings.endless(1e-6));
            workspace.change("edit.channels", s -> WorkspaceState.of(x, null, truth, new float[4],
                    ConvGeometry.VALID, PoolingStage.OFF));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.taskProperty().get() != null
                && session.taskProperty().get().initialBank().outputs() == 4);
        long[] frames = new long[1];
        AnimationTimer watch = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames[0]++;
            }
        };
        robot.interact(() -> {
            watch.start();
            session.speedProperty().set(TrainingSession.FASTEST);
            session.play();
        });
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        int[] epochs = new int[1];
        robot.interact(() -> {
            watch.stop();
            session.pause();
            epochs[0] = session.snapshotProperty().get().epoch();
        });
        // a freeze detector, not a benchmark (the build machine is shared, so the bounds are loose): epochs
        // ran while the FX thread kept drawing frames
        System.out.printf("3x48x48 input, 4x3x3x3 bank, fastest: %d epochs and %d frames in 3 s%n", epochs[0],
                frames[0]);
        assertTrue(epochs[0] >= 5, "epochs: " + epochs[0]);
        assertTrue(frames[0] >= 5, "frames: " + frames[0]);
        assertEquals(TrainingPhase.PAUSED, session.phase());
    }

    private static String weight(FxRobot robot, int channel) {
        return robot.lookup("#bank-weight-0-" + channel).queryAs(Label.class).getText();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#error-target-title").queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static FMatrixRMaj random(int rows, int cols, SplittableRandom random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextDouble();
        }
        return m;
    }
}
