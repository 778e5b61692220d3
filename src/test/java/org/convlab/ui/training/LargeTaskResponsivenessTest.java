package org.convlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.training.InitKind;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingSettings;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 256x256 input with a 5x5 kernel at full speed: frames keep coming and training advances. */
@ExtendWith(ApplicationExtension.class)
class LargeTaskResponsivenessTest {
    private TrainingSession session;

    @Start
    void start(Stage stage) {
        SplittableRandom random = new SplittableRandom(11);
        FMatrixRMaj x = new FMatrixRMaj(256, 256);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) random.nextDouble(-1, 1);
        }
        FMatrixRMaj k = new FMatrixRMaj(5, 5);
        for (int i = 0; i < k.data.length; i++) {
            k.data[i] = (float) random.nextDouble(-1, 1);
        }
        Workspace workspace = new Workspace(new WorkspaceState(x, k, 0f));
        // No tolerance, and a rate so small that the loss falls by about 1e-4 of itself per epoch
        // (measured): after thousands of epochs it is still falling, so neither convergence nor
        // the plateau rule (less than 1e-9 over 50 epochs) ends the run before the test pauses it.
        // At 1e-7 a fast build machine reached the float32 floor within 4 s and the run ended.
        TrainingSettings settings = TrainingSettings.chapter().withInit(InitKind.RANDOM).withLearningRate(1e-9)
                .withTolerance(0)
                .withRunToConvergence(true);
        session = new TrainingSession(workspace, settings);
        stage.setScene(new Scene(new TrainingView(workspace, session).root(), 1280, 800));
        stage.show();
    }

    @Test
    void framesKeepComingAtFullSpeed(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.landscape().landscapeProperty().get() != null);
        long[] frames = new long[3];
        AnimationTimer watch = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (frames[0] != 0) {
                    frames[1] = Math.max(frames[1], now - frames[0]);
                }
                frames[0] = now;
                frames[2]++;
            }
        };
        int[] epochs = new int[2];
        double[] losses = new double[2];
        robot.interact(() -> {
            session.speedProperty().set(TrainingSession.FASTEST);
            session.play();
        });
        // The first second warms the JIT up; the frames are measured after it.
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        robot.interact(() -> {
            watch.start();
            epochs[1] = session.snapshotProperty().get().epoch();
            losses[1] = session.snapshotProperty().get().loss();
        });
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        robot.interact(() -> {
            watch.stop();
            session.pause();
            epochs[0] = session.snapshotProperty().get().epoch();
            losses[0] = session.snapshotProperty().get().loss();
        });
        System.out.printf("256x256 input, 5x5 kernel, fastest: %d epochs in the last 3 s (%d in all), %d frames,"
                + " longest %.0f ms, loss %.6g -> %.6g%n", epochs[0] - epochs[1], epochs[0], frames[2], frames[1] / 1e6,
                losses[1], losses[0]);
        // A freeze detector, not a benchmark: the build machine is shared, so the bounds are loose.
        assertTrue(epochs[0] >= 10, "epochs run: " + epochs[0]);
        assertTrue(frames[2] >= 10, "frames: " + frames[2]);
        assertTrue(frames[1] < 1_000_000_000L, "longest frame: " + frames[1] / 1e6 + " ms");
        assertEquals(TrainingPhase.PAUSED, session.phase());
        assertTrue(losses[0] < losses[1], "the loss fell while measured: " + losses[1] + " -> " + losses[0]);
        assertNotNull(session.snapshotProperty().get().slice());
    }
}
