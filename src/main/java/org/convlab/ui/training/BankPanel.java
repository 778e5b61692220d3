package org.convlab.ui.training;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.core.KernelBank;
import org.convlab.model.training.Figures;
import org.convlab.model.training.Snapshot;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingTask;
import org.convlab.ui.Texts;
import org.convlab.ui.heatmap.HeatmapView;

/**
 * A learned kernel bank converging on its target (D2L 6.4): kernel (o, c) in row o and the column
 * of input channel c, named as the workspace names its channels. With 1x1 kernels each cell is one
 * weight, written out beside its target (the gray weights of R, G and B walking to 0.299, 0.587
 * and 0.114); larger kernels are small heatmaps, the learned one beside the target on one scale.
 */
final class BankPanel {
    private final TrainingSession session;
    private final Texts texts;
    private final VBox root = new VBox();
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final Label biasLine = new Label();
    private final Throttle throttle = new Throttle(50);
    /** The learned weight of each 1x1 kernel, or null for larger kernels. */
    private Label[][] weights;
    /** The learned heatmap of each larger kernel, or null for 1x1 kernels. */
    private HeatmapView[][] learned;
    /** The target heatmap of each larger kernel, redrawn when the scale grows. */
    private HeatmapView[][] goals;
    private double scale = 1;

    BankPanel(TrainingSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        title.getStyleClass().add("panel-title");
        grid.setId("bankGrid");
        grid.getStyleClass().add("bank-grid");
        grid.setHgap(12);
        grid.setVgap(4);
        biasLine.setId("bankBiasLine");
        biasLine.getStyleClass().add("hint");
        biasLine.setWrapText(true);
        root.getChildren().addAll(title, grid, biasLine);
        root.getStyleClass().add("panel");
        root.setId("bankPanel");
        session.taskProperty().addListener((obs, before, after) -> showTask(after));
        session.snapshotProperty().addListener((obs, before, after) -> {
            if (throttle.pass(session.phase() == TrainingPhase.RUNNING)) {
                showSnapshot(after);
            }
        });
        session.phaseProperty().addListener((obs, before, after) -> showSnapshot(session.snapshotProperty().get()));
        showTask(session.taskProperty().get());
    }

    VBox root() {
        return root;
    }

    private void showTask(TrainingTask t) {
        grid.getChildren().clear();
        weights = null;
        learned = null;
        goals = null;
        if (t == null || t.singleChannel()) {
            return;
        }
        KernelBank target = t.trueBank();
        boolean pointwise = target.rows() == 1 && target.cols() == 1;
        title.setText(texts.format(pointwise ? "bank.title" : "bank.title.kernels", t.shape()));
        for (int c = 0; c < target.inputs(); c++) {
            Label name = new Label(c < t.channelNames().size() ? t.channelNames().get(c) : "c" + c);
            name.getStyleClass().add("heatmap-title");
            grid.add(name, c + 1, 0);
        }
        scale = Math.max(1e-6, Math.max(maxAbs(target), maxAbs(t.initialBank())));
        weights = pointwise ? new Label[target.outputs()][target.inputs()] : null;
        learned = pointwise ? null : new HeatmapView[target.outputs()][target.inputs()];
        goals = pointwise ? null : new HeatmapView[target.outputs()][target.inputs()];
        for (int o = 0; o < target.outputs(); o++) {
            grid.add(new Label(texts.format("bank.output", o)), 0, o + 1);
            for (int c = 0; c < target.inputs(); c++) {
                grid.add(pointwise ? weightCell(o, c, target) : kernelCell(o, c, target), c + 1, o + 1);
            }
        }
        showSnapshot(session.snapshotProperty().get());
    }

    private Node weightCell(int o, int c, KernelBank target) {
        Label weight = new Label();
        weight.setId("bank-weight-" + o + "-" + c);
        weight.getStyleClass().add("bank-weight");
        weights[o][c] = weight;
        Label goal = new Label(texts.format("bank.target", Figures.parameter(target.kernel(o, c).get(0, 0))));
        goal.getStyleClass().add("hint");
        return new VBox(weight, goal);
    }

    private Node kernelCell(int o, int c, KernelBank target) {
        HeatmapView now = new HeatmapView();
        HeatmapView goal = new HeatmapView();
        now.setId("bank-kernel-" + o + "-" + c);
        // a bank of up to 8x8 kernels shares the panel: cells shrink with the kernel and the channel count
        double cell = Math.max(3, Math.min(18, 90.0 / (Math.max(target.rows(), target.cols())
                * Math.max(1, target.inputs() / 2))));
        for (HeatmapView h : new HeatmapView[] {now, goal}) {
            h.setMaxCellEms(cell / KernelPanel.DESIGN_EM);
            h.getStyleClass().add("kernel-heatmap");
        }
        goal.show(target.kernel(o, c), scale);
        learned[o][c] = now;
        goals[o][c] = goal;
        return new HBox(4, now, goal);
    }

    private void showSnapshot(Snapshot s) {
        TrainingTask t = session.taskProperty().get();
        if (s == null || t == null || t.singleChannel() || s.bank().outputs() != t.trueBank().outputs()) {
            return;
        }
        KernelBank bank = s.bank();
        double needed = maxAbs(bank);
        if (goals != null && needed > scale) {
            // one scale for learned and target: it grows when the learned kernels overshoot
            scale = needed;
            for (int o = 0; o < bank.outputs(); o++) {
                for (int c = 0; c < bank.inputs(); c++) {
                    goals[o][c].show(t.trueBank().kernel(o, c), scale);
                }
            }
        }
        for (int o = 0; o < bank.outputs(); o++) {
            for (int c = 0; c < bank.inputs(); c++) {
                if (weights != null) {
                    weights[o][c].setText(Figures.parameter(bank.kernel(o, c).get(0, 0)));
                } else {
                    learned[o][c].show(bank.kernel(o, c), scale);
                }
            }
        }
        if (!t.bias()) {
            biasLine.setText(texts.get("bank.biasOff"));
            return;
        }
        StringBuilder line = new StringBuilder();
        for (int o = 0; o < s.biases().length; o++) {
            line.append(o == 0 ? "" : "   ").append(texts.format("bank.bias", o, Figures.parameter(s.biases()[o]),
                    Figures.parameter(t.trueBiases()[o])));
        }
        biasLine.setText(line.toString());
    }

    private static double maxAbs(KernelBank bank) {
        double max = 0;
        for (float v : bank.toArray()) {
            if (Float.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
