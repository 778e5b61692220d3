package org.convlab.model.training;

/** What a run learns to reproduce. */
public enum TargetKind {
    /**
     * The workspace's own output, Y = corr2d(X, K_true) + b_true: the run learns the workspace's
     * kernel (or bank) back from another start, as the chapter's 6.2.4 does.
     */
    WORKSPACE,
    /**
     * The gray version of a three-channel input, Y = 0.299 R + 0.587 G + 0.114 B: the run learns
     * those weights as a 1x1 bank of one output channel (D2L 6.4's 1x1 convolution).
     */
    RGB_TO_GRAY
}
