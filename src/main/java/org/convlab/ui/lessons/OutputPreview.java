package org.convlab.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
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
 * quotes are on screen next to it; with several output channels (D2L 6.4) one heatmap per channel,
 * each under its name Y[o] and with its own colour scale. Its cells grow with the font size, so
 * zoom scales them too.
 */
final class OutputPreview extends VBox {
    private final Subscription watching;
    /** A cell is this many times the font size: large enough for its number. */
    private static final double CELL_PER_EM = 3.4;
    private static final double CHANNEL_GAP = 12;
    private final HeatmapView heatmap = new HeatmapView();
    /** Output channels 1, 2, ...: shown only while the workspace has them. */
    private final List<HeatmapView> more = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    /** One box per output channel, its name over its heatmap, side by side while they fit. */
    private final List<VBox> boxes = new ArrayList<>();
    private final Label caption;
    private final Label noOutput;
    private final Texts texts;

    OutputPreview(Workspace workspace, Texts texts) {
        this.texts = texts;
        caption = new Label(texts.get("lessons.output"));
        caption.getStyleClass().add("lesson-heading");
        noOutput = new Label(texts.get("lessons.kernelTooLarge"));
        noOutput.getStyleClass().add("lesson-text");
        heatmap.setId("lesson-output");
        getStyleClass().add("lesson-output");
        FlowPane channels = new FlowPane(CHANNEL_GAP, CHANNEL_GAP);
        channels.getChildren().add(box(0, heatmap));
        for (int o = 1; o < WorkspaceState.MAX_CHANNELS; o++) {
            HeatmapView h = new HeatmapView();
            h.setId("lesson-output-" + o);
            more.add(h);
            channels.getChildren().add(box(o, h));
        }
        getChildren().addAll(caption, channels, noOutput);
        caption.setWrapText(true);
        noOutput.setWrapText(true);
        caption.fontProperty().addListener((obs, o, f) -> sizeCells(f.getSize()));
        sizeCells(caption.getFont().getSize());
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

    /** The matrix shown, output channel 0, for tests and for the window's status. */
    FMatrixRMaj shown() {
        return heatmap.matrix();
    }

    private VBox box(int o, HeatmapView h) {
        Label name = new Label(texts.format("lessons.outputChannel", o));
        name.getStyleClass().add("lesson-text");
        names.add(name);
        VBox box = new VBox(name, h);
        boxes.add(box);
        return box;
    }

    private void sizeCells(double fontSize) {
        heatmap.setMaxCellSize(fontSize * CELL_PER_EM);
        more.forEach(h -> h.setMaxCellSize(fontSize * CELL_PER_EM));
    }

    private void show(WorkspaceState state) {
        boolean fits = state.kernelFits();
        int channels = fits ? state.outputChannels() : 0;
        noOutput.setVisible(!fits);
        noOutput.setManaged(!fits);
        List<FMatrixRMaj> y = fits ? ClaimCheck.outputs(state) : List.of();
        for (int o = 0; o < WorkspaceState.MAX_CHANNELS; o++) {
            HeatmapView h = o == 0 ? heatmap : more.get(o - 1);
            boolean on = o < channels;
            h.setVisible(on);
            boxes.get(o).setVisible(on);
            boxes.get(o).setManaged(on);
            // a name only tells channels apart: a single-channel workspace shows Y as it always did
            boolean named = on && channels > 1;
            names.get(o).setVisible(named);
            names.get(o).setManaged(named);
            if (on) {
                h.show(y.get(o), colorScale(y.get(o)));
            }
        }
    }

    private static double colorScale(FMatrixRMaj y) {
        double max = DivergingColormap.scaleFor(y, 0);
        return max > 0 ? max : 1;
    }
}
