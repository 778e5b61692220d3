package org.convlab.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convlab.core.Chapter;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.junit.jupiter.api.Test;

class LessonProgressTest {
    private final Workspace workspace = new Workspace();
    private final LessonProgress progress = new LessonProgress(workspace);
    private final Lesson lesson = LessonLibrary.builtIn(Locale.ENGLISH);

    @Test
    void openingALessonLeavesTheWorkspaceAlone() {
        WorkspaceState before = workspace.state();
        progress.open(lesson);
        assertSame(before, workspace.state());
        assertEquals(-1, progress.indexProperty().get());
        assertNull(progress.stepProperty().get());
        assertFalse(progress.previous());
    }

    @Test
    void eachStepIsOneUndoableChange() {
        progress.open(lesson);
        assertTrue(progress.next());
        assertEquals(19f, ClaimCheck.output(workspace.state()).get(0, 0));
        assertEquals(LessonProgress.EDIT_KEY, workspace.history().undoDescription().orElseThrow());
        assertTrue(progress.next());
        assertEquals(1f, workspace.state().bias());
        workspace.undo();
        assertEquals(0f, workspace.state().bias());
        workspace.undo();
        assertEquals(Chapter.edgeImage().numCols, workspace.state().input().numCols);
    }

    @Test
    void goingToTheSameStepAgainRestoresItsSetupAndTellsThePanes() {
        progress.open(lesson);
        List<LessonStep> seen = new ArrayList<>();
        progress.stepProperty().addListener((obs, o, n) -> {
            if (n != null) {
                seen.add(n);
            }
        });
        progress.go(1);
        workspace.change("edit.bias", s -> s.withBias(-19));
        progress.go(1);
        assertEquals(1f, workspace.state().bias());
        assertEquals(2, seen.size());
    }

    @Test
    void nextStopsAtTheLastStep() {
        progress.open(lesson);
        int n = 0;
        while (progress.next()) {
            n++;
        }
        assertEquals(lesson.steps().size(), n);
        assertEquals(lesson.steps().size() - 1, progress.indexProperty().get());
        assertEquals("6.5 Ex. 5", progress.stepProperty().get().id());
    }
}
