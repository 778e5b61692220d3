package org.convlab.ui;

import org.convlab.model.ValueText;

/** How a value is written in a cell: integers without decimals, others with 2. */
public final class CellText {
    private CellText() {
    }

    /**
     * The text for a cell.
     *
     * @param v the value
     * @return "3", "-1", "0.25"
     */
    public static String of(double v) {
        return ValueText.plain(v);
    }
}
