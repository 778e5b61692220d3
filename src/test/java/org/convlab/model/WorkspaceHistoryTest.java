package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.convlab.core.Chapter;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.Test;

class WorkspaceHistoryTest {
    private final Workspace ws = new Workspace();

    @Test
    void opensOnTheChaptersExample() {
        assertArrayEquals(Chapter.edgeImage().data, ws.state().input().data);
        assertArrayEquals(Chapter.edgeKernel().data, ws.state().kernel().data);
        assertEquals(0f, ws.state().bias());
        assertFalse(ws.history().canUndoProperty().get());
    }

    @Test
    void paintStrokeIsOneStepHoweverManyCells() {
        int revision = ws.history().revisionProperty().get();
        ws.beginStroke();
        ws.paint(0, 2, 1);
        ws.paint(0, 3, 1);
        ws.paint(1, 3, 0.5f);
        ws.endStroke();
        assertEquals(1f, ws.state().input().get(0, 3));
        assertEquals(Optional.of("edit.paintStroke"), ws.history().undoDescription());
        assertEquals(revision + 1, ws.history().revisionProperty().get());
        assertTrue(ws.undo());
        assertArrayEquals(Chapter.edgeImage().data, ws.state().input().data);
        assertFalse(ws.history().canUndoProperty().get());
        assertTrue(ws.redo());
        assertEquals(0.5f, ws.state().input().get(1, 3));
    }

    @Test
    void everyKindOfChangeRoundTrips() {
        FMatrixRMaj transposed = CommonOps_FDRM.transpose(Chapter.edgeImage(), null);
        ws.change("edit.kernel", s -> s.withKernel(new FMatrixRMaj(3, 3, true, 0, 1, 0, 1, -4, 1, 0, 1, 0)));
        ws.change("edit.bias", s -> s.withBias(0.5f));
        ws.change("edit.transposeInput", s -> s.withInput(transposed));
        ws.paint(2, 2, -1);
        WorkspaceState last = ws.state();
        for (int i = 0; i < 4; i++) {
            assertTrue(ws.undo());
        }
        assertArrayEquals(Chapter.edgeImage().data, ws.state().input().data);
        assertEquals(2, ws.state().kernel().numCols);
        assertEquals(0f, ws.state().bias());
        assertFalse(ws.undo());
        for (int i = 0; i < 4; i++) {
            assertTrue(ws.redo());
        }
        assertEquals(last, ws.state());
        assertFalse(ws.redo());
    }

    @Test
    void aChangeThatChangesNothingIsNotRecorded() {
        ws.change("edit.bias", s -> s.withBias(0f));
        ws.beginStroke();
        ws.paint(0, 0, 1);
        ws.endStroke();
        assertFalse(ws.history().canUndoProperty().get());
    }

    @Test
    void newChangeClearsRedo() {
        ws.change("edit.bias", s -> s.withBias(1f));
        ws.undo();
        assertTrue(ws.history().canRedoProperty().get());
        ws.change("edit.bias", s -> s.withBias(2f));
        assertFalse(ws.history().canRedoProperty().get());
    }

    @Test
    void historyIsBounded() {
        for (int i = 1; i <= History.CAPACITY + 50; i++) {
            float b = i;
            ws.change("edit.bias", s -> s.withBias(b));
        }
        int undone = 0;
        while (ws.undo()) {
            undone++;
        }
        assertEquals(History.CAPACITY, undone);
        assertEquals(50f, ws.state().bias());
    }

    @Test
    void invalidStateIsRefusedAndNothingChanges() {
        WorkspaceState before = ws.state();
        assertThrows(IllegalArgumentException.class, () -> ws.change("edit.bias", s -> s.withBias(Float.NaN)));
        assertEquals(before, ws.state());
        assertFalse(ws.history().canUndoProperty().get());
    }

    @Test
    void statesAreValuesTheirMatricesCannotBeChangedFromOutside() {
        FMatrixRMaj k = new FMatrixRMaj(1, 2, true, 1, -1);
        ws.change("edit.kernel", s -> s.withKernel(k));
        k.set(0, 0, 99);
        assertEquals(1f, ws.state().kernel().get(0, 0));
    }
}
