package org.convlab.ui.heatmap;

/**
 * A cell of a heatmap or grid.
 *
 * @param row    0-based row
 * @param column 0-based column
 */
public record GridCell(int row, int column) {
}
