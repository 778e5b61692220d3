package org.convlab.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.convlab.model.WorkspaceState;
import org.junit.jupiter.api.Test;

class TrainingTaskTest {
    @Test
    void aWorkspaceWithPaddingIsRefusedWithItsNumbersRatherThanTrainedAsAnotherLayer() {
        WorkspaceState padded = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0,
                new ConvGeometry(1, 0, 2, 1, 1, 1));
        TrainingProblem p = assertThrows(TrainingProblem.class,
                () -> TrainingTask.prepare(padded, TrainingSettings.chapter()));
        assertEquals("problem.geometry", p.notice().key());
        assertEquals(List.of("1", "0", "2", "1", "1", "1"), p.notice().args());
    }
}
