package org.convlab.ui.training;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.model.training.Figures;
import org.convlab.model.training.Snapshot;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingTask;
import org.convlab.ui.heatmap.ColorLegend;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * The learned kernel beside the target it walks toward, on one color scale so equal values look
 * equal, and the gradient at the learned kernel: the way the next epoch steps.
 */
final class KernelPanel {
    private final TrainingSession session;
    private final Texts texts;
    private final VBox root = new VBox();
    private final HeatmapView learned = new HeatmapView();
    private final HeatmapView target = new HeatmapView();
    private final HeatmapView gradient = new HeatmapView();
    private final Label targetTitle = new Label();
    private final Label gradientTitle;
    private final Label biasLine = new Label();
    private final ColorLegend kernelLegend = new ColorLegend(10);
    private final ColorLegend gradientLegend = new ColorLegend(7);
    private double scale = 1;

    KernelPanel(TrainingSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        gradientTitle = new Label(texts.get("kernel.gradient"));
        learned.setId("learnedKernel");
        target.setId("targetKernel");
        gradient.setId("kernelGradient");
        for (HeatmapView h : new HeatmapView[] {learned, target, gradient}) {
            h.setMaxCellEms(56 / DESIGN_EM);
            h.getStyleClass().add("kernel-heatmap");
        }
        biasLine.setId("biasLine");
        biasLine.getStyleClass().add("hint");
        biasLine.setWrapText(true);
        kernelLegend.setId("kernelLegend");
        gradientLegend.setId("gradientLegend");
        HBox row = new HBox(column(new Label(texts.get("kernel.learned")), learned), column(targetTitle, target),
                column(gradientTitle, gradient));
        // both scales in one line under the kernels, so the panel grows by one legend's height only
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox legends = new HBox(kernelLegend, gap, gradientLegend);
        legends.getStyleClass().add("kernel-row");
        row.getStyleClass().add("kernel-row");
        Label title = new Label(texts.get("kernel.title"));
        title.getStyleClass().add("panel-title");
        root.getChildren().addAll(title, row, legends, biasLine);
        root.getStyleClass().add("panel");
        session.taskProperty().addListener((obs, before, after) -> showTask(after));
        session.snapshotProperty().addListener((obs, before, after) -> showSnapshot(after));
        showTask(session.taskProperty().get());
        showSnapshot(session.snapshotProperty().get());
    }

    VBox root() {
        return root;
    }

    private static VBox column(Label title, HeatmapView view) {
        title.getStyleClass().add("heatmap-title");
        VBox box = new VBox(title, view);
        box.getStyleClass().add("heatmap-column");
        return box;
    }

    private void showTask(TrainingTask t) {
        if (t == null) {
            target.show(null, 1);
            return;
        }
        scale = Math.max(1e-6, Math.max(maxAbs(t.trueKernel()), maxAbs(t.initialKernel())));
        double cell = cellSize(t.initialKernel(), t.trueKernel());
        for (HeatmapView h : new HeatmapView[] {learned, target, gradient}) {
            h.setMaxCellEms(cell / DESIGN_EM);
        }
        target.show(t.trueKernel(), scale);
        kernelLegend.show(target.colors());
        targetTitle.setText(t.sameShapeAsTarget() ? texts.get("kernel.target")
                : texts.format("kernel.targetOther", t.trueKernel().numRows + "x" + t.trueKernel().numCols));
    }

    private void showSnapshot(Snapshot s) {
        TrainingTask t = session.taskProperty().get();
        if (s == null || t == null) {
            learned.show(null, 1);
            gradient.show(null, 1);
            biasLine.setText("");
            return;
        }
        double needed = maxAbs(s.kernel());
        if (needed > scale) {
            scale = needed;
            target.show(t.trueKernel(), scale);
            kernelLegend.show(target.colors());
        }
        learned.show(s.kernel(), scale);
        gradient.show(s.kernelGrad(), Math.max(1e-12, maxAbs(s.kernelGrad())));
        gradientLegend.show(gradient.colors());
        biasLine.setText(t.bias()
                ? texts.format("kernel.bias", Figures.parameter(s.bias()), Figures.parameter(t.trueBias()),
                Figures.parameter(s.biasGrad()))
                : texts.format("kernel.biasOff", Figures.parameter(t.trueBias())));
    }

    /** Cells as large as fit three kernels side by side in a short panel: 56 px for 1x2, 24 for 5x5. */
    private static double cellSize(FMatrixRMaj a, FMatrixRMaj b) {
        int rows = Math.max(a.numRows, b.numRows);
        int cols = Math.max(a.numCols, b.numCols);
        return Math.max(4, Math.min(56, Math.min(120.0 / rows, 130.0 / cols)));
    }

    /** The type size the panels' cell sizes were chosen at; they are given in em, so they grow with zoom. */
    static final double DESIGN_EM = 14;

    static double maxAbs(FMatrixRMaj m) {
        double max = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            if (Float.isFinite(m.data[i])) {
                max = Math.max(max, Math.abs(m.data[i]));
            }
        }
        return max;
    }
}
