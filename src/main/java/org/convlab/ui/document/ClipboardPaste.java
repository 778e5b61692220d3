package org.convlab.ui.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import org.convlab.core.Shapes;
import org.convlab.io.MatrixFormatException;
import org.convlab.io.MatrixPaste;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * Edit > Paste into Kernel / Input: a matrix from the clipboard becomes K or X, or one kernel of
 * the bank or one input channel (D2L 6.4), or, as a 3-D tensor, the whole input stack. Text that
 * is not a matrix, or a matrix that does not fit where it goes, changes nothing and is told in one
 * sentence.
 */
final class ClipboardPaste {
    private final Workspace workspace;
    private final Supplier<UserMessages> messages;
    private final Texts texts = Texts.of("app");

    ClipboardPaste(Workspace workspace, Supplier<UserMessages> messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    /**
     * Pastes a matrix as the kernel or the input; anything that is not a matrix changes nothing. A
     * single-channel workspace takes a matrix of any shape as its K or X; one of several channels
     * takes it as kernel (0, 0) or input channel 0 when it has that one's shape (see
     * {@link #paste(boolean, int, int)}).
     *
     * @param intoKernel true for K, false for X
     */
    void paste(boolean intoKernel) {
        paste(intoKernel, 0, 0);
    }

    /**
     * Pastes a matrix into one kernel of the bank or one input channel, which must keep the shape
     * the others share (a single-channel workspace takes any shape). A 3-D tensor pasted into the
     * input, {@code C x H x W}, replaces the whole stack, whichever channel is chosen.
     *
     * @param intoKernel    true for the kernel (outputChannel, inputChannel), false for input channel inputChannel
     * @param outputChannel the kernel's output channel; ignored for the input
     * @param inputChannel  the kernel's input channel, or the input channel
     * @throws IndexOutOfBoundsException for a channel the workspace does not have
     */
    void paste(boolean intoKernel, int outputChannel, int inputChannel) {
        WorkspaceState s = workspace.state();
        Objects.checkIndex(inputChannel, s.inputChannels());
        Objects.checkIndex(outputChannel, s.outputChannels());
        String text = Optional.ofNullable(Clipboard.getSystemClipboard().getString()).orElse("");
        List<FMatrixRMaj> planes;
        try {
            planes = intoKernel ? List.of(MatrixPaste.parse(text)) : MatrixPaste.parseStack(text);
        } catch (MatrixFormatException e) {
            messages.get().error("error.paste.title", texts.format("error.paste.text", e.getMessage()));
            return;
        }
        FMatrixRMaj m = planes.get(0);
        int limit = intoKernel ? 15 : 256;
        if (m.numRows > limit || m.numCols > limit) {
            messages.get().error("error.paste.title", texts.format("error.paste.tooLarge", Shapes.of(m), limit));
            return;
        }
        if (planes.size() > 1) {
            pasteStack(s, planes);
        } else if (s.singleChannel()) {
            workspace.change(intoKernel ? "edit.pasteKernel" : "edit.pasteInput",
                    st -> intoKernel ? st.withKernel(m) : st.withInput(m));
        } else if (!Shapes.sameShape(m, intoKernel ? s.kernel() : s.input())) {
            messages.get().error("error.paste.misfit.title", texts.format(intoKernel ? "error.paste.kernelShape"
                    : "error.paste.inputShape", Shapes.of(m), Shapes.of(intoKernel ? s.kernel() : s.input())));
        } else if (intoKernel) {
            workspace.change("edit.pasteKernel", st -> st.withKernel(outputChannel, inputChannel, m));
        } else {
            workspace.change("edit.pasteInput", st -> st.withInput(inputChannel, m));
        }
    }

    /** A whole stack replaces X; the bank keeps the kernels of the channels kept (new ones get zeros). */
    private void pasteStack(WorkspaceState s, List<FMatrixRMaj> planes) {
        if (planes.size() > WorkspaceState.MAX_CHANNELS) {
            messages.get().error("error.paste.misfit.title", texts.format("error.paste.tooManyChannels", planes.size(),
                    WorkspaceState.MAX_CHANNELS));
            return;
        }
        List<String> names = planes.size() == s.inputChannels() ? s.channelNames() : null;
        workspace.change("edit.pasteInput", st -> st.withInputs(planes, names));
    }
}
