package org.convlab.ui.training;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.convlab.core.Shapes;
import org.convlab.model.Workspace;
import org.convlab.model.training.InitKind;
import org.convlab.model.training.TargetKind;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingSettings;
import org.convlab.ui.Texts;

/**
 * The settings that define a run: what it learns (with several channels: the workspace's bank back,
 * or RGB to gray), kernel shape, bias, and where the kernel starts.
 */
final class SetupPane {
    private final Subscription watching;
    private static final int LARGEST_SIDE = 15;
    private final TrainingSession session;
    private final Workspace workspace;
    private final Texts texts;
    private final VBox root = new VBox();
    private final CheckBox fromTarget = new CheckBox();
    private final NumberField rows;
    private final NumberField cols;
    private final CheckBox bias;
    private final ComboBox<InitKind> init = new ComboBox<>();
    private final NumberField seed;
    private final CustomKernelEditor custom;
    private final ComboBox<TargetKind> target = new ComboBox<>();
    private final VBox targetRow = new VBox();

    SetupPane(TrainingSession session, Workspace workspace, Texts texts) {
        this.session = session;
        this.workspace = workspace;
        this.texts = texts;
        fromTarget.setId("shapeFromTarget");
        fromTarget.setWrapText(true);
        rows = sizeField("kernelRows");
        cols = sizeField("kernelCols");
        rows.setOnCommit(v -> setShape((int) v, cols.value()));
        cols.setOnCommit(v -> setShape(rows.value(), (int) v));
        target.setId("trainingTarget");
        target.getItems().addAll(TargetKind.values());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(TargetKind k) {
                return k == null ? "" : texts.get("target." + k.name());
            }

            @Override
            public TargetKind fromString(String s) {
                return null;
            }
        });
        target.setMaxWidth(Double.MAX_VALUE);
        target.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                update(s -> s.withTarget(after));
            }
        });
        // the gray weights are a 1x1 bank whatever the shape settings say
        BooleanBinding gray = target.valueProperty().isEqualTo(TargetKind.RGB_TO_GRAY);
        fromTarget.disableProperty().bind(gray);
        rows.disableProperty().bind(fromTarget.selectedProperty().or(gray));
        cols.disableProperty().bind(fromTarget.selectedProperty().or(gray));
        fromTarget.selectedProperty().addListener((obs, before, after) -> {
            if (after) {
                update(s -> s.withShape(0, 0));
            } else if (session.settings().shapeFromTarget()) {
                update(s -> s.withShape(workspace.state().kernel().numRows, workspace.state().kernel().numCols));
            }
        });
        bias = new CheckBox(texts.get("setup.bias"));
        bias.setId("training-bias");
        bias.selectedProperty().addListener((obs, before, after) -> update(s -> s.withBias(after)));
        init.setId("init");
        init.getItems().addAll(InitKind.BOOK_RUN, InitKind.RANDOM, InitKind.ZEROS, InitKind.CUSTOM);
        init.setConverter(new StringConverter<>() {
            @Override
            public String toString(InitKind k) {
                return k == null ? "" : texts.get("init." + k.name());
            }

            @Override
            public InitKind fromString(String s) {
                return null;
            }
        });
        init.setMaxWidth(Double.MAX_VALUE);
        init.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                update(s -> s.withInit(after));
            }
        });
        seed = new NumberField(v -> v == Math.rint(v) && Math.abs(v) < 1e15, v -> Long.toString(Math.round(v)),
                texts.get("setup.seed.invalid"));
        seed.setId("seed");
        seed.setOnCommit(v -> update(s -> s.withSeed(Math.round(v))));
        custom = new CustomKernelEditor(texts, k -> update(s -> s.withCustomKernel(k)));

        Label title = RunSettingsPane.sectionTitle(texts.get("setup.title"));
        HBox shape = new HBox(RunSettingsPane.label(texts.get("setup.rows"), rows), rows,
                RunSettingsPane.label(texts.get("setup.cols"), cols), cols);
        shape.getStyleClass().add("shape-row");
        GridPane seedRow = new GridPane();
        seedRow.getStyleClass().add("form-grid");
        seedRow.addRow(0, RunSettingsPane.label(texts.get("setup.seed"), seed), seed);
        seedRow.visibleProperty().bind(init.valueProperty().isEqualTo(InitKind.RANDOM));
        seedRow.managedProperty().bind(seedRow.visibleProperty());
        Label bookRun = new Label(texts.get("setup.bookRun.note"));
        bookRun.getStyleClass().add("hint");
        bookRun.setWrapText(true);
        bookRun.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        bookRun.visibleProperty().bind(init.valueProperty().isEqualTo(InitKind.BOOK_RUN));
        bookRun.managedProperty().bind(bookRun.visibleProperty());
        custom.root().visibleProperty().bind(init.valueProperty().isEqualTo(InitKind.CUSTOM));
        custom.root().managedProperty().bind(custom.root().visibleProperty());
        Label grayNote = new Label(texts.get("setup.target.note"));
        grayNote.getStyleClass().add("hint");
        grayNote.setWrapText(true);
        grayNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grayNote.visibleProperty().bind(gray);
        grayNote.managedProperty().bind(grayNote.visibleProperty());
        targetRow.getChildren().addAll(RunSettingsPane.label(texts.get("setup.target"), target), target, grayNote);
        targetRow.managedProperty().bind(targetRow.visibleProperty());
        root.getChildren().addAll(title, targetRow, fromTarget, shape, bias,
                RunSettingsPane.label(texts.get("setup.init"), init),
                init, bookRun, seedRow, custom.root());
        root.getStyleClass().add("side-section");

        session.settingsProperty().addListener((obs, before, after) -> show());
        watching = workspace.stateProperty().subscribe((before, after) -> show());
        show();
    }

    /** Stops following the workspace. */
    void dispose() {
        watching.unsubscribe();
    }

    VBox root() {
        return root;
    }

    private NumberField sizeField(String id) {
        NumberField f = new NumberField(v -> v >= 1 && v <= LARGEST_SIDE && v == Math.rint(v),
                v -> Long.toString(Math.round(v)), texts.get("setup.shape.invalid"));
        f.setId(id);
        f.setPrefColumnCount(2);
        return f;
    }

    private void setShape(double r, double c) {
        update(s -> s.withShape((int) r, (int) c));
    }

    private void update(java.util.function.UnaryOperator<TrainingSettings> change) {
        session.setSettings(change.apply(session.settings()));
    }

    private void show() {
        TrainingSettings s = session.settings();
        // one channel keeps the chapter's pane: the choice of target appears with channels
        targetRow.setVisible(!workspace.state().singleChannel() || s.target() != TargetKind.WORKSPACE);
        target.setValue(s.target());
        fromTarget.setText(texts.format("setup.shapeFromTarget", Shapes.of(workspace.state().kernel())));
        fromTarget.setSelected(s.shapeFromTarget());
        int r = s.shapeFromTarget() ? workspace.state().kernel().numRows : s.kernelRows();
        int c = s.shapeFromTarget() ? workspace.state().kernel().numCols : s.kernelCols();
        rows.show(r);
        cols.show(c);
        bias.setSelected(s.bias());
        init.setValue(s.init());
        seed.show(s.seed());
        custom.show(r, c, s.customKernel());
    }
}
