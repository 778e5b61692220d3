package org.convlab.ui.training;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.model.training.Snapshot;
import org.convlab.model.training.TargetKind;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingTask;
import org.convlab.ui.heatmap.ColorLegend;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * The target Y beside the error E = Y_hat - Y, both on Y's color scale (the legend under them),
 * so the error fades to white exactly where the prediction becomes right.
 */
final class ErrorPanel {
    /** Larger maps are shown in blocks, so the panel stays small. */
    private static final int MAX_SHOWN = 64;
    private final VBox root = new VBox();
    private final HeatmapView target = new HeatmapView();
    private final HeatmapView error = new HeatmapView();
    private final Throttle throttle = new Throttle(50);
    private final ColorLegend legend = new ColorLegend(10);
    private final TrainingSession session;
    private double scale = 1;
    private final Texts texts;
    private final Label targetTitle;
    private final Label errorTitle;

    ErrorPanel(TrainingSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        target.setId("targetY");
        error.setId("errorMap");
        for (HeatmapView h : new HeatmapView[] {target, error}) {
            h.setMaxCellEms(30 / KernelPanel.DESIGN_EM);
            h.getStyleClass().add("map-heatmap");
        }
        targetTitle = new Label(texts.get("error.target"));
        errorTitle = new Label(texts.get("error.map"));
        targetTitle.setId("error-target-title");
        errorTitle.setId("error-map-title");
        targetTitle.getStyleClass().add("heatmap-title");
        errorTitle.getStyleClass().add("heatmap-title");
        targetTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        errorTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(new VBox(targetTitle, target), new VBox(errorTitle, error));
        row.getStyleClass().add("map-row");
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(row.widthProperty());
        clip.heightProperty().bind(row.heightProperty());
        row.setClip(clip);
        Label title = new Label(texts.get("error.title"));
        title.getStyleClass().add("panel-title");
        legend.setId("errorLegend");
        // beside the maps rather than under them: the panel keeps its height
        row.getChildren().add(legend);
        root.getChildren().addAll(title, row);
        root.getStyleClass().add("panel");
        session.taskProperty().addListener((obs, before, after) -> showTask(after));
        session.snapshotProperty().addListener((obs, before, after) -> showSnapshot(after));
        session.phaseProperty().addListener((obs, before, after) -> showSnapshot(session.snapshotProperty().get()));
        showTask(session.taskProperty().get());
        showSnapshot(session.snapshotProperty().get());
    }

    VBox root() {
        return root;
    }

    private void showTask(TrainingTask t) {
        if (t == null) {
            target.show(null, 1);
            return;
        }
        // through a pooling stage the target is Z and the error is the pooled prediction's
        targetTitle.setText(targetTitle(t));
        errorTitle.setText(texts.get(t.pooled() ? "error.map.pooled" : t.targets().count() > 1 ? "error.map.bank"
                : "error.map"));
        scale = Math.max(1e-6, KernelPanel.maxAbs(t.target()));
        // Y and E side by side in a short panel; a large Y is drawn as an image, pixels per cell.
        FMatrixRMaj shown = CoarseGrid.fit(t.target(), MAX_SHOWN, MAX_SHOWN);
        double cell = Math.max(2, Math.min(26, Math.min(160.0 / shown.numRows, 210.0 / shown.numCols)));
        target.setMaxCellEms(cell / KernelPanel.DESIGN_EM);
        error.setMaxCellEms(cell / KernelPanel.DESIGN_EM);
        target.show(shown, scale);
        legend.show(target.colors());
    }

    /** Y as this task makes it; with several output channels the panel shows the first. */
    private String targetTitle(TrainingTask t) {
        if (t.pooled()) {
            return texts.get("error.target.pooled");
        } else if (session.settings().target() == TargetKind.RGB_TO_GRAY) {
            return texts.get("error.target.gray");
        }
        return t.targets().count() > 1 ? texts.format("error.target.bank", t.targets().count())
                : texts.get("error.target");
    }

    private void showSnapshot(Snapshot s) {
        if (!throttle.pass(session.phase() == TrainingPhase.RUNNING)) {
            return;
        }
        error.show(s == null ? null : CoarseGrid.fit(s.error(), MAX_SHOWN, MAX_SHOWN), scale);
    }
}
