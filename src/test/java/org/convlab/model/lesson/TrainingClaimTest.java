package org.convlab.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.convlab.core.Chapter;
import org.convlab.model.WorkspaceState;
import org.junit.jupiter.api.Test;

/** Training claims are checked against the run the training pane shows, where the pane stops it. */
class TrainingClaimTest {
    private static final Variation NONE = Variation.NONE;

    @Test
    void aLossAfterThePaneStopsADivergingRunIsAFalseClaim() {
        LessonStep step = tooLarge(new Claim.Loss(10, 139, 0, NONE));
        Optional<ClaimCheck.Mismatch> m = ClaimCheck.check(step, step.claims().get(0));
        assertTrue(m.isPresent());
        assertEquals("the run stops at epoch 6 (diverged)", m.get().actual());
    }

    @Test
    void theLastLossThePaneShowsIsATrueClaim() {
        LessonStep step = tooLarge(new Claim.Loss(6, 9.407, 3, NONE));
        assertEquals(Optional.empty(), ClaimCheck.check(step, step.claims().get(0)));
    }

    @Test
    void aRunThePaneStopsDivergesWithinItsEpochs() {
        LessonStep step = tooLarge(new Claim.Diverges(NONE));
        assertEquals(Optional.empty(), ClaimCheck.check(step, step.claims().get(0)));
    }

    private static LessonStep tooLarge(Claim claim) {
        TrainingSetup setup = new TrainingSetup(TrainingSetup.Init.BOOK_RUN, null, 0.04, 30, false, 0);
        return new LessonStep("6.2.4", "t", "l", "t", "q", false,
                new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0f), Optional.of(setup),
                LessonPane.TRAINING, List.of(claim));
    }
}
