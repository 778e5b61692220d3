package org.convlab.core;

/** What a pooling window makes of the cells it covers (D2L 6.5). */
public enum PoolMode {
    /** The largest cell; padding counts as minus infinity, so a padded cell never wins. */
    MAX,
    /** The mean of the window's cells, padded zeros included (PyTorch's {@code count_include_pad=True}). */
    AVG
}
