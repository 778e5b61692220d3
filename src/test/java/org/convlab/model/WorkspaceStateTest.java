package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.convlab.core.Chapter;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class WorkspaceStateTest {
    @Test
    void aMatrixFromOutsideIsCopiedSoTheCallerCannotChangeTheState() {
        FMatrixRMaj x = Chapter.edgeImage();
        WorkspaceState s = new WorkspaceState(x, Chapter.edgeKernel(), 0);
        assertNotSame(x, s.input());
        x.set(0, 0, 42);
        assertEquals(1f, s.input().get(0, 0));
    }

    @Test
    void paintingOneChannelSharesTheOtherChannelsAndTheBankInsteadOfCopyingThem() {
        WorkspaceState s = ChannelEdits.bookOutputs();
        FMatrixRMaj painted = s.input(1).copy();
        painted.set(0, 0, 7);
        WorkspaceState next = s.withInput(1, painted);
        assertSame(s.input(0), next.input(0), "an untouched channel is shared");
        assertSame(s.kernel(2, 1), next.kernel(2, 1), "the bank is shared");
        assertNotSame(painted, next.input(1), "the painted channel came from outside: copied");
        assertEquals(7f, next.input(1).get(0, 0));
    }

    @Test
    void aNonFiniteValueIsRefusedInAnyChannelOrKernel() {
        WorkspaceState s = ChannelEdits.bookOutputs();
        FMatrixRMaj bad = s.input(1).copy();
        bad.set(2, 2, Float.NaN);
        assertThrows(IllegalArgumentException.class, () -> s.withInput(1, bad));
        FMatrixRMaj k = s.kernel(1, 0).copy();
        k.set(0, 0, Float.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> s.withKernel(1, 0, k));
        assertThrows(IllegalArgumentException.class, () -> s.withBias(2, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.withInputs(s.inputs(), List.of("only one name")));
    }
}
