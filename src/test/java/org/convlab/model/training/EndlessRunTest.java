package org.convlab.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * {@code convlab --measure} times epochs of the chapter's task for 3 s after 1 s of warm-up, at
 * full speed a few million epochs: the run must still be going then, whatever the judge sees.
 */
class EndlessRunTest {
    /** More epochs than the measure's 4 s run at full speed on the chapter's 6x8 task. */
    private static final int EPOCHS = 3_000_000;

    @Test
    void theMeasuresRunOfTheChaptersTaskNeverEnds() throws TrainingProblem {
        assertEquals(-1, epochItEnds(TrainingSettings.endless(1e-5)));
    }

    @Test
    void runningToConvergenceWouldEndItWithinTheWarmUp() throws TrainingProblem {
        // what the measure used before: the chapter's task settles into a plateau long before
        assertNotEquals(-1, epochItEnds(TrainingSettings.chapter().withInit(InitKind.RANDOM).withLearningRate(1e-5)
                .withTolerance(0).withRunToConvergence(true)));
    }

    /** The epoch whose verdict ends the run, or -1 if it runs all {@link #EPOCHS}. */
    private static int epochItEnds(TrainingSettings s) throws TrainingProblem {
        SplittableRandom random = new SplittableRandom(11);
        WorkspaceState state = new WorkspaceState(random(6, 8, random), random(1, 2, random), 0f);
        TrainingTask task = TrainingTask.prepare(state, s);
        Descent descent = task.descent(s.learningRate());
        EpochJudge judge = new EpochJudge();
        for (int e = 1; e <= EPOCHS; e++) {
            if (judge.judge(descent.step(), descent, s) != Verdict.GO_ON) {
                return e;
            }
        }
        return -1;
    }

    private static FMatrixRMaj random(int rows, int cols, SplittableRandom random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextDouble(-1, 1);
        }
        return m;
    }
}
