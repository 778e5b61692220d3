package org.convlab.model.training;

/** Where gradient descent starts. */
public enum InitKind {
    /** Drawn from a seed like PyTorch's {@code nn.Conv2d} default, uniform in ±1/sqrt(h*w). */
    RANDOM,
    /** All zeros. */
    ZEROS,
    /** Values the user typed. */
    CUSTOM,
    /** The chapter's printed run, [[0.3314, -0.4786]]: reproduces the book's numbers (1x2 only). */
    BOOK_RUN
}
