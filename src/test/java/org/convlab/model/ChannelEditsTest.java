package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class ChannelEditsTest {
    @Test
    void theBooksExamplesGiveTheBooksOutputs() {
        assertArrayEquals(new float[] {56, 72, 104, 120}, LiveOutput.outputs(ChannelEdits.bookInputs()).get(0).data);
        List<FMatrixRMaj> y = LiveOutput.outputs(ChannelEdits.bookOutputs());
        assertEquals(3, y.size());
        assertArrayEquals(new float[] {76, 100, 148, 172}, y.get(1).data);
        assertArrayEquals(new float[] {96, 128, 192, 224}, y.get(2).data);
    }

    @Test
    void aNewInputChannelIsZeroWithZeroKernelsSoYStaysTheSame() {
        WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0.5f);
        WorkspaceState two = ChannelEdits.addInput(s);
        assertEquals(2, two.inputChannels());
        assertEquals(List.of("c0", "c1"), two.channelNames());
        assertArrayEquals(new float[2], two.kernel(0, 1).data);
        assertArrayEquals(LiveOutput.outputs(s).get(0).data, LiveOutput.outputs(two).get(0).data);
    }

    @Test
    void aNewOutputChannelCopiesTheLastOneAndRemovingGoesBack() {
        WorkspaceState s = ChannelEdits.bookInputs().withBias(0, 2f);
        WorkspaceState more = ChannelEdits.addOutput(s);
        assertEquals(2, more.outputChannels());
        assertEquals(2f, more.bias(1));
        assertArrayEquals(s.kernel(0, 1).data, more.kernel(1, 1).data);
        assertEquals(s, ChannelEdits.removeOutput(more, 1));
        WorkspaceState second = ChannelEdits.removeInput(s, 0);
        assertEquals(List.of("c1"), second.channelNames());
        assertArrayEquals(s.input(1).data, second.input(0).data);
        assertArrayEquals(s.kernel(0, 1).data, second.kernel(0, 0).data, "channel 1's kernel goes with it");
    }

    @Test
    void theWindowsLimitAndTheLastChannelAreKept() {
        WorkspaceState s = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0);
        assertSame(s, ChannelEdits.removeInput(s, 0));
        assertSame(s, ChannelEdits.removeOutput(s, 0));
        for (int i = 1; i < WorkspaceState.MAX_CHANNELS; i++) {
            s = ChannelEdits.addInput(ChannelEdits.addOutput(s));
        }
        assertEquals(WorkspaceState.MAX_CHANNELS, s.inputChannels());
        assertSame(s, ChannelEdits.addInput(s));
        assertSame(s, ChannelEdits.addOutput(s));
    }

    @Test
    void statesAreEqualByValueAndCheckTheirShapes() {
        WorkspaceState a = ChannelEdits.bookOutputs();
        assertEquals(a, ChannelEdits.bookOutputs());
        FMatrixRMaj k = a.kernel(2, 1).copy();
        k.set(0, 0, 9);
        assertNotEquals(a, a.withKernel(2, 1, k));
        assertThrows(IllegalArgumentException.class, () -> a.withInput(1, new FMatrixRMaj(4, 4)));
        assertThrows(IllegalArgumentException.class, () -> a.withKernel(0, 0, new FMatrixRMaj(3, 3)));
        assertThrows(IllegalArgumentException.class, () -> a.withBank(a.kernels(), List.of(0f)));
        assertEquals(3, a.withEachKernel(m -> new FMatrixRMaj(3, 3)).kernel(2, 1).numRows);
        assertEquals(ConvGeometry.VALID, a.geometry());
    }
}
