package org.convlab.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import org.convlab.model.Workspace;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * The kernel as a grid of number cells. A typed value is applied on Enter or when the cell loses
 * focus; a value that is not a finite number marks the cell invalid, says why, and leaves the
 * kernel as it was. Arrow keys move between cells like a spreadsheet, Tab goes in reading order.
 */
final class KernelGrid extends GridPane {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final Workspace workspace;
    private final Texts texts;
    private final StringProperty message;
    /** The output and input channel of the bank's kernel this grid edits; (0, 0) is the chapter's K. */
    private final int output;
    private final int input;
    private TextField[][] cells = new TextField[0][0];
    private String[][] shown = new String[0][0];

    KernelGrid(Workspace workspace, Texts texts, StringProperty message) {
        this(workspace, texts, message, 0, 0);
    }

    /**
     * A grid editing one kernel of the bank.
     *
     * @param output the kernel's output channel
     * @param input  its input channel
     */
    KernelGrid(Workspace workspace, Texts texts, StringProperty message, int output, int input) {
        this.workspace = workspace;
        this.texts = texts;
        this.message = message;
        this.output = output;
        this.input = input;
        getStyleClass().add("kernel-grid");
    }

    /** Shows the kernel, rebuilding the cells when its shape changed. */
    void show(FMatrixRMaj k) {
        if (cells.length != k.numRows || cells[0].length != k.numCols) {
            rebuild(k.numRows, k.numCols);
        }
        for (int a = 0; a < k.numRows; a++) {
            for (int b = 0; b < k.numCols; b++) {
                String text = NumberEntry.editable(k.get(a, b));
                TextField cell = cells[a][b];
                // A cell holding an invalid entry keeps it on screen until the user fixes it.
                if (!text.equals(shown[a][b]) || !cell.getPseudoClassStates().contains(INVALID)) {
                    cell.setText(text);
                }
                shown[a][b] = text;
            }
        }
    }

    /**
     * Drops the entries that were refused, showing the kernel's values in every cell again.
     *
     * @param k the kernel
     */
    void forgetInvalid(FMatrixRMaj k) {
        for (TextField[] row : cells) {
            for (TextField cell : row) {
                cell.pseudoClassStateChanged(INVALID, false);
            }
        }
        show(k);
    }

    /** The cell at (row, column), for tests and focus. */
    TextField cell(int row, int column) {
        return cells[row][column];
    }

    private void rebuild(int rows, int cols) {
        getChildren().clear();
        getStyleClass().removeAll("dense", "compact");
        if (cols > 9 || rows > 9) {
            getStyleClass().add("dense");
        } else if (cols > 5 || rows > 5) {
            getStyleClass().add("compact");
        }
        cells = new TextField[rows][cols];
        shown = new String[rows][cols];
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < cols; b++) {
                TextField cell = new TextField();
                cell.getStyleClass().add("kernel-cell");
                cell.setId(output == 0 && input == 0 ? "kernel-cell-" + a + "-" + b
                        : "kernel-" + output + "-" + input + "-cell-" + a + "-" + b);
                // a long value (-123.456) widens its column rather than be cut
                cell.minWidthProperty().bind(Bindings.createDoubleBinding(() -> textWidth(cell), cell.textProperty(),
                        cell.fontProperty(), cell.insetsProperty()));
                cell.setTooltip(new Tooltip(texts.format("kernel.cell.tooltip", a, b)));
                int row = a;
                int col = b;
                cell.setOnAction(e -> commit(row, col));
                cell.focusedProperty().addListener((obs, was, is) -> {
                    if (!is) {
                        commit(row, col);
                    }
                });
                cell.addEventFilter(KeyEvent.KEY_PRESSED, e -> moveByKey(e, row, col));
                cells[a][b] = cell;
                add(cell, b, a);
            }
        }
    }

    private static double textWidth(TextField cell) {
        Text probe = new Text(cell.getText());
        probe.setFont(cell.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth() + cell.getInsets().getLeft()
                + cell.getInsets().getRight()) + 4;
    }

    private void commit(int row, int col) {
        if (row >= cells.length || col >= cells[0].length) {
            return;
        }
        TextField cell = cells[row][col];
        String text = cell.getText();
        if (text.equals(shown[row][col])) {
            markValid(cell);
            return;
        }
        float v = NumberEntry.parse(text);
        if (Float.isNaN(v)) {
            float kept = workspace.state().kernel(output, input).get(row, col);
            String why = texts.format(NumberEntry.tooLarge(text) ? "kernel.tooLarge" : "kernel.invalid", text.trim(),
                    row, col, NumberEntry.editable(kept));
            cell.pseudoClassStateChanged(INVALID, true);
            cell.getTooltip().setText(why);
            message.set(why);
            return;
        }
        markValid(cell);
        workspace.change("edit.kernelCell", s -> {
            FMatrixRMaj k = s.kernel(output, input).copy();
            k.set(row, col, v);
            return s.withKernel(output, input, k);
        });
        // A value that rounds to what was shown changes nothing; show the canonical text again.
        show(workspace.state().kernel(output, input));
    }

    private void markValid(TextField cell) {
        int[] at = positionOf(cell);
        cell.getTooltip().setText(texts.format("kernel.cell.tooltip", at[0], at[1]));
        if (cell.getPseudoClassStates().contains(INVALID)) {
            cell.pseudoClassStateChanged(INVALID, false);
            message.set(stillInvalid());
        }
    }

    /** The message of a cell that is still invalid, so fixing one cell does not hide another's problem. */
    private String stillInvalid() {
        for (TextField[] row : cells) {
            for (TextField other : row) {
                if (other.getPseudoClassStates().contains(INVALID)) {
                    return other.getTooltip().getText();
                }
            }
        }
        return "";
    }

    private int[] positionOf(TextField cell) {
        return new int[] {GridPane.getRowIndex(cell), GridPane.getColumnIndex(cell)};
    }

    private void moveByKey(KeyEvent e, int row, int col) {
        TextField cell = cells[row][col];
        boolean allSelected = cell.getSelection().getLength() == cell.getLength();
        int caret = cell.getCaretPosition();
        switch (e.getCode()) {
            case UP -> focus(row - 1, col, e);
            case DOWN -> focus(row + 1, col, e);
            case LEFT -> {
                if (caret == 0 || allSelected) {
                    focus(row, col - 1, e);
                }
            }
            case RIGHT -> {
                if (caret == cell.getLength() || allSelected) {
                    focus(row, col + 1, e);
                }
            }
            case ESCAPE -> {
                cell.setText(shown[row][col]);
                markValid(cell);
                e.consume();
            }
            default -> {
            }
        }
    }

    private void focus(int row, int col, KeyEvent e) {
        if (row >= 0 && col >= 0 && row < cells.length && col < cells[0].length) {
            cells[row][col].requestFocus();
            cells[row][col].selectAll();
            e.consume();
        }
    }
}
