package org.convlab.ui.training;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.model.training.Figures;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * Cells to type the initial kernel in, one text field per cell. A cell that is not a number is
 * marked and the kernel keeps its last good values.
 */
final class CustomKernelEditor {
    private static final int LARGEST_SIDE = 7;
    private final Texts texts;
    private final Consumer<FMatrixRMaj> onChange;
    private final VBox root = new VBox();
    private final GridPane grid = new GridPane();
    private final Label tooLarge;
    private FMatrixRMaj values = new FMatrixRMaj(1, 1);

    CustomKernelEditor(Texts texts, Consumer<FMatrixRMaj> onChange) {
        this.texts = texts;
        this.onChange = onChange;
        grid.getStyleClass().add("custom-kernel");
        grid.setId("customKernel");
        tooLarge = new Label(texts.get("setup.custom.tooLarge"));
        tooLarge.getStyleClass().add("hint");
        tooLarge.setWrapText(true);
        root.getChildren().addAll(new Label(texts.get("setup.custom")), grid, tooLarge);
        root.getStyleClass().add("custom-kernel-editor");
    }

    VBox root() {
        return root;
    }

    /** Shows cells for a rows x cols kernel holding the given values (zeros where there are none). */
    void show(int rows, int cols, FMatrixRMaj custom) {
        FMatrixRMaj next = new FMatrixRMaj(rows, cols);
        if (custom != null) {
            for (int i = 0; i < Math.min(rows, custom.numRows); i++) {
                for (int j = 0; j < Math.min(cols, custom.numCols); j++) {
                    next.set(i, j, custom.get(i, j));
                }
            }
        }
        if (!grid.getChildren().isEmpty() && org.ejml.dense.row.MatrixFeatures_FDRM.isIdentical(values, next, 0f)) {
            return;
        }
        values = next;
        boolean fits = rows <= LARGEST_SIDE && cols <= LARGEST_SIDE;
        tooLarge.setVisible(!fits);
        tooLarge.setManaged(!fits);
        grid.getChildren().clear();
        if (!fits) {
            return;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                grid.add(cell(i, j), j, i);
            }
        }
    }

    private TextField cell(int i, int j) {
        TextField f = new TextField(Figures.parameter(values.get(i, j)));
        f.setPrefColumnCount(4);
        f.getStyleClass().add("kernel-cell-field");
        Runnable commit = () -> {
            Double v = NumberField.parse(f.getText());
            if (v == null || Math.abs(v) > 1e6) {
                if (!f.getStyleClass().contains("invalid")) {
                    f.getStyleClass().add("invalid");
                }
                f.setTooltip(new Tooltip(texts.get("setup.custom.invalid")));
                return;
            }
            f.getStyleClass().remove("invalid");
            f.setTooltip(null);
            if (values.get(i, j) != v.floatValue()) {
                FMatrixRMaj next = values.copy();
                next.set(i, j, v.floatValue());
                values = next;
                onChange.accept(next);
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        return f;
    }
}
