package org.convlab.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.convlab.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Playing runs the epochs on the training thread: the screen must still get every epoch, in order,
 * and the same numbers as stepping one epoch at a time.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingPlayTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void playingAtFullSpeedPrintsTheChaptersRun(FxRobot robot) throws TimeoutException {
        TrainingSession s = new TrainingSession(new Workspace());
        robot.interact(() -> {
            s.speedProperty().set(TrainingSession.FASTEST);
            s.play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> s.phase() == TrainingPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BookRun.expectedLog(), List.copyOf(s.log()));
        assertEquals(10, s.snapshotProperty().get().epoch());
    }

    @Test
    void pausingShowsEveryEpochTheThreadRan(FxRobot robot) throws TimeoutException {
        TrainingSession s = new TrainingSession(new Workspace());
        robot.interact(() -> {
            s.setSettings(s.settings().withLearningRate(1e-6).withTolerance(0).withRunToConvergence(true));
            s.speedProperty().set(TrainingSession.FASTEST);
            s.play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> s.losses().size() > 50);
        robot.interact(s::pause);
        assertEquals(TrainingPhase.PAUSED, s.phase());
        int epoch = s.snapshotProperty().get().epoch();
        List<LossPoint> losses = List.copyOf(s.losses());
        assertEquals(epoch, losses.get(losses.size() - 1).epoch(), "the curve ends at the epoch shown");
        assertTrue(s.log().get(s.log().size() - 1).startsWith("epoch " + epoch + ","), s.log().get(s.log().size() - 1));
        for (int i = 1; i < losses.size(); i++) {
            assertTrue(losses.get(i).epoch() > losses.get(i - 1).epoch(), "epochs in order");
        }
        // a step after the pause continues from there
        robot.interact(s::step);
        assertEquals(epoch + 1, s.snapshotProperty().get().epoch());
        assertTrue(s.log().get(s.log().size() - 1).startsWith("epoch " + (epoch + 1) + ","));
    }

    @Test
    void aRateThatDivergesStopsWithNoNonFiniteLoss(FxRobot robot) throws TimeoutException {
        TrainingSession s = new TrainingSession(new Workspace());
        robot.interact(() -> {
            s.setSettings(s.settings().withLearningRate(0.04).withEpochs(500));
            s.speedProperty().set(TrainingSession.FASTEST);
            s.play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> s.phase() == TrainingPhase.DIVERGED);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(s.log().stream().anyMatch(l -> l.contains("nan") || l.contains("inf")), String.join("\n", s.log()));
        assertTrue(s.losses().stream().allMatch(p -> Double.isFinite(p.loss())));
    }
}
