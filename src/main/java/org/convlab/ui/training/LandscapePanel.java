package org.convlab.ui.training;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.model.training.LandscapeTracker;
import org.convlab.model.training.SliceAxes;
import org.convlab.model.training.Snapshot;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.ui.Texts;

/**
 * The loss landscape with its caption, and, when there are more than two parameters, the
 * selector of the two it is sliced over.
 */
final class LandscapePanel {
    private final TrainingSession session;
    private final Texts texts;
    private final VBox root = new VBox();
    private final LandscapeView view = new LandscapeView();
    private final FlowPane selector = new FlowPane();
    private final ComboBox<String> first = new ComboBox<>();
    private final ComboBox<String> second = new ComboBox<>();
    private final Label caption = new Label();
    private final Label placeholder = new Label();
    private boolean updating;

    LandscapePanel(TrainingSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        view.setId("landscape");
        selector.setId("sliceSelector");
        first.setId("sliceFirst");
        second.setId("sliceSecond");
        selector.getChildren().addAll(new Label(texts.get("landscape.over")), first,
                new Label(texts.get("landscape.and")), second);
        selector.getStyleClass().add("slice-selector");
        // a narrow panel (a large kernel at high zoom) wraps the choices rather than squeeze them empty
        first.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        second.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        first.valueProperty().addListener((obs, before, after) -> choose());
        second.valueProperty().addListener((obs, before, after) -> choose());
        caption.setId("landscapeCaption");
        caption.setWrapText(true);
        caption.getStyleClass().add("hint");
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        Label readout = new Label();
        readout.getStyleClass().add("landscape-readout");
        readout.textProperty().bind(view.readoutProperty());
        StackPane stack = new StackPane(view, placeholder);
        VBox.setVgrow(stack, Priority.ALWAYS);
        Label title = new Label(texts.get("landscape.title"));
        title.getStyleClass().add("panel-title");
        root.getChildren().addAll(title, selector, stack, readout, caption);
        root.getStyleClass().add("panel");
        LandscapeTracker tracker = session.landscape();
        session.taskProperty().addListener((obs, before, after) -> showNames());
        tracker.axesProperty().addListener((obs, before, after) -> showNames());
        tracker.frameProperty().addListener((obs, before, after) -> redraw());
        session.snapshotProperty().addListener((obs, before, after) -> redraw());
        session.phaseProperty().addListener((obs, before, after) -> redraw());
        showNames();
        redraw();
    }

    VBox root() {
        return root;
    }

    LandscapeView view() {
        return view;
    }

    private void showNames() {
        LandscapeTracker tracker = session.landscape();
        List<String> names = tracker.parameterNames();
        boolean slice = tracker.isSlice();
        selector.setVisible(slice);
        selector.setManaged(slice);
        SliceAxes axes = tracker.axesProperty().get();
        updating = true;
        first.getItems().setAll(names);
        second.getItems().setAll(names);
        if (axes != null) {
            first.getSelectionModel().select(axes.first());
            second.getSelectionModel().select(axes.second());
        }
        updating = false;
        caption.setText(names.size() < 2 ? "" : texts.get(slice ? "landscape.slice" : "landscape.full"));
        redraw();
    }

    private void choose() {
        int a = first.getSelectionModel().getSelectedIndex();
        int b = second.getSelectionModel().getSelectedIndex();
        if (updating || a < 0 || b < 0) {
            return;
        }
        if (a == b) {
            SliceAxes old = session.landscape().axesProperty().get();
            // Picking the other axis's parameter swaps the two, rather than allowing a degenerate slice.
            updating = true;
            if (old != null && old.first() != a) {
                first.getSelectionModel().select(old.second());
                a = old.second();
            } else if (old != null) {
                second.getSelectionModel().select(old.first());
                b = old.first();
            }
            updating = false;
        }
        if (a != b) {
            session.landscape().setAxes(new SliceAxes(a, b));
        }
    }

    private void redraw() {
        LandscapeTracker tracker = session.landscape();
        Snapshot s = session.snapshotProperty().get();
        List<String> names = tracker.parameterNames();
        String message = "";
        if (session.taskProperty().get() != null && session.taskProperty().get().pooled()) {
            message = texts.get("landscape.pooled");
        } else if (session.taskProperty().get() != null && names.size() < 2) {
            message = texts.get("landscape.one");
        } else if (session.taskProperty().get() != null && tracker.landscapeProperty().get() == null) {
            message = texts.get("landscape.building");
        }
        placeholder.setText(message);
        placeholder.setVisible(!message.isEmpty());
        view.show(s == null ? null : s.slice(), tracker.frameProperty().get(), tracker.axesProperty().get(), names,
                session.trajectory(), session.phase() == TrainingPhase.RUNNING);
    }
}
