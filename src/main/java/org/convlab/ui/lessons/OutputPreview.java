package org.convlab.ui.lessons;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.ClaimCheck;
import org.convlab.ui.heatmap.DivergingColormap;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * A small heatmap of the workspace's output Y beside the lesson text, so the numbers the text
 * quotes are on screen next to it. Its cells grow with the font size, so zoom scales them too.
 */
final class OutputPreview extends VBox {
    private final Subscription watching;
    /** A cell is this many times the font size: large enough for its number. */
    private static final double CELL_PER_EM = 3.4;
    private final HeatmapView heatmap = new HeatmapView();
    private final Label caption;
    private final Label noOutput;

    OutputPreview(Workspace workspace, Texts texts) {
        caption = new Label(texts.get("lessons.output"));
        caption.getStyleClass().add("lesson-heading");
        noOutput = new Label(texts.get("lessons.kernelTooLarge"));
        noOutput.getStyleClass().add("lesson-text");
        heatmap.setId("lesson-output");
        getStyleClass().add("lesson-output");
        getChildren().addAll(caption, heatmap, noOutput);
        caption.setWrapText(true);
        noOutput.setWrapText(true);
        caption.fontProperty().addListener((obs, o, f) -> heatmap.setMaxCellSize(f.getSize() * CELL_PER_EM));
        heatmap.setMaxCellSize(caption.getFont().getSize() * CELL_PER_EM);
        // Only while the lessons pane is on screen: painting a large X must not pay for a hidden preview.
        watching = workspace.stateProperty().subscribe((o, s) -> {
            if (getScene() != null) {
                show(s);
            }
        });
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                show(workspace.state());
            }
        });
        show(workspace.state());
    }

    /** Stops following the workspace. */
    void dispose() {
        watching.unsubscribe();
    }

    /** The matrix shown, for tests and for the window's status. */
    FMatrixRMaj shown() {
        return heatmap.matrix();
    }

    private void show(WorkspaceState state) {
        boolean fits = state.kernelFits();
        heatmap.setVisible(fits);
        heatmap.setManaged(fits);
        noOutput.setVisible(!fits);
        noOutput.setManaged(!fits);
        if (fits) {
            FMatrixRMaj y = ClaimCheck.output(state);
            heatmap.show(y, colorScale(y));
        }
    }

    private static double colorScale(FMatrixRMaj y) {
        double max = DivergingColormap.scaleFor(y, 0);
        return max > 0 ? max : 1;
    }
}
