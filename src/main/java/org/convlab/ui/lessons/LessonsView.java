package org.convlab.ui.lessons;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.convlab.model.Workspace;
import org.convlab.model.lesson.Lesson;
import org.convlab.model.lesson.LessonFormatException;
import org.convlab.model.lesson.LessonLibrary;
import org.convlab.model.lesson.LessonProgress;
import org.convlab.model.lesson.LessonStep;
import org.convlab.ui.ScrollingPage;
import org.convlab.ui.Texts;

/**
 * The lessons pane: the lesson's steps and exercises in a list, the current step's text (look,
 * try, a question), the workspace's output beside it, and Previous / Next. Choosing a step sets
 * the workspace up through {@link LessonProgress}; the other panes follow through the step
 * consumer. Page Down / Page Up (a presenter's clicker) move through the steps from anywhere in
 * the window except a text field.
 */
public final class LessonsView {
    private final Texts texts = Texts.of("lessons");
    private final LessonProgress progress;
    private final BorderPane root = new BorderPane();
    private final ScrollPane page;
    private final Label lessonTitle = new Label();
    private final ListView<LessonStep> steps = new ListView<>();
    private final StepText stepText;
    private final Label position = new Label();
    private final Label status = new Label();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button builtIn = new Button();
    private final OutputPreview preview;
    private final EventHandler<KeyEvent> clicker = this::onClicker;
    private boolean syncing;
    /** While the pane takes over another's place, steps are shown without setting anything up. */
    private boolean resuming;

    /**
     * Builds the pane on the chapter's lesson in the current language.
     *
     * @param workspace the workspace the steps set up
     * @param onStep    told of every step chosen, to set up the training pane and bring the
     *                  step's pane to the front
     */
    public LessonsView(Workspace workspace, Consumer<LessonStep> onStep) {
        Objects.requireNonNull(onStep, "onStep");
        progress = new LessonProgress(workspace);
        stepText = new StepText(texts);
        preview = new OutputPreview(workspace, texts);
        root.getStyleClass().add("lessons-view");
        if ("zh".equals(Texts.locale().getLanguage())) {
            root.getStyleClass().add("lang-zh");
        }
        root.getStylesheets().add(Objects.requireNonNull(LessonsView.class.getResource("/org/convlab/ui/lessons.css"))
                .toExternalForm());
        root.setTop(header());
        root.setCenter(body());
        root.setBottom(footer());
        progress.stepProperty().addListener((obs, o, step) -> {
            if (step != null) {
                showStep(step);
                if (!resuming) {
                    onStep.accept(step);
                }
            }
        });
        root.sceneProperty().addListener((obs, o, n) -> moveClicker(o, n));
        open(LessonLibrary.builtIn(Texts.locale()));
        page = ScrollingPage.of(root, "lessons-page");
    }

    /**
     * The pane's content.
     *
     * @return the root node
     */
    public Parent root() {
        return page;
    }

    /**
     * The lesson state the pane shows.
     *
     * @return the progress
     */
    public LessonProgress progress() {
        return progress;
    }

    /**
     * Takes over where another pane was, as when the window is built again in another language:
     * the same step of the same lesson (the built-in one in the new language), the workspace and
     * the training pane left as they are.
     *
     * @param before the pane being replaced
     */
    public void continueFrom(LessonsView before) {
        if (before.builtIn.isVisible()) {
            open(before.progress.lessonProperty().get());
            builtIn.setVisible(true);
        }
        int i = before.progress.indexProperty().get();
        if (i >= 0 && i < progress.lessonProperty().get().steps().size()) {
            resuming = true;
            try {
                progress.resume(i);
            } finally {
                resuming = false;
            }
        }
    }

    /** Asks for a lesson file and opens it; the current lesson stays if the file cannot be used. */
    public void chooseLessonFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("lessons.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("lessons.open.filter"), "*.json"));
        File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /**
     * Reads a lesson file off the FX thread and opens it; a malformed file gets its message in the
     * status line and the current lesson stays.
     *
     * @param file the lesson file
     * @return the task reading it
     */
    public Task<Lesson> openFile(Path file) {
        Task<Lesson> task = new Task<>() {
            @Override
            protected Lesson call() throws LessonFormatException {
                return LessonLibrary.load(file);
            }
        };
        showStatus(texts.format("lessons.loading", String.valueOf(file.getFileName())), false);
        task.setOnSucceeded(e -> {
            open(task.getValue());
            builtIn.setVisible(true);
            showStatus(texts.format("lessons.loaded", task.getValue().title(), task.getValue().source()), false);
        });
        task.setOnFailed(e -> showStatus(task.getException() instanceof LessonFormatException bad
                ? bad.message(Texts.locale()) : String.valueOf(file.getFileName()), true));
        Thread reader = new Thread(task, "lesson-reader");
        reader.setDaemon(true);
        reader.start();
        return task;
    }

    private void open(Lesson lesson) {
        progress.open(lesson);
        lessonTitle.setText(lesson.title());
        syncing = true;
        steps.getItems().setAll(lesson.steps());
        steps.getSelectionModel().clearSelection();
        syncing = false;
        stepText.showStart();
        updateButtons();
    }

    private void showStep(LessonStep step) {
        stepText.show(step);
        syncing = true;
        steps.getSelectionModel().select(progress.indexProperty().get());
        steps.scrollTo(progress.indexProperty().get());
        syncing = false;
        updateButtons();
    }

    private void updateButtons() {
        int i = progress.indexProperty().get();
        int n = progress.lessonProperty().get().steps().size();
        previous.setDisable(i <= 0);
        next.setDisable(i >= n - 1);
        position.setText(i < 0 ? "" : texts.format("lessons.position", i + 1, n));
    }

    private void showStatus(String message, boolean error) {
        status.setText(message);
        status.getStyleClass().remove("lesson-error");
        if (error) {
            status.getStyleClass().add("lesson-error");
        }
    }

    private Region header() {
        lessonTitle.getStyleClass().add("lesson-title");
        Button open = new Button(texts.get("lessons.open"));
        open.setId("lesson-open");
        open.setOnAction(e -> chooseLessonFile());
        builtIn.setText(texts.get("lessons.builtin"));
        builtIn.setVisible(false);
        builtIn.managedProperty().bind(builtIn.visibleProperty());
        builtIn.setOnAction(e -> {
            open(LessonLibrary.builtIn(Texts.locale()));
            builtIn.setVisible(false);
            showStatus("", false);
        });
        // the title above its buttons: in a narrowed pane it wraps between words, the buttons stay whole
        lessonTitle.setWrapText(true);
        lessonTitle.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(builtIn, open);
        buttons.getStyleClass().add("lesson-buttons");
        VBox bar = new VBox(lessonTitle, buttons);
        bar.getStyleClass().add("lesson-header");
        return bar;
    }

    private Region body() {
        steps.setId("lesson-steps");
        steps.setCellFactory(list -> new StepCell(texts));
        steps.getStyleClass().add("lesson-steps");
        // the steps' titles wrap between words: the list is never narrower than the longest word and a scroll bar
        steps.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double widest = 0;
            for (LessonStep s : steps.getItems()) {
                widest = Math.max(widest, ScrollingPage.longestWord(texts.format("lessons.stepLabel", s.id(),
                        s.title()), position.getFont()));
            }
            return Math.ceil(widest + 3 * position.getFont().getSize());
        }, steps.getItems(), position.fontProperty()));
        steps.getSelectionModel().selectedIndexProperty().addListener((obs, o, i) -> {
            if (!syncing && i.intValue() >= 0 && i.intValue() != progress.indexProperty().get()) {
                progress.go(i.intValue());
            }
        });
        ScrollPane text = new ScrollPane(new VBox(stepText, preview));
        text.setFitToWidth(true);
        text.getStyleClass().add("lesson-text-scroll");
        // the list above the text: in a pane narrowed beside the workspace both keep the pane's full width
        SplitPane split = new SplitPane(steps, text);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(steps, false);
        return split;
    }

    private Region footer() {
        previous.setText(texts.get("lessons.previous"));
        previous.setId("lesson-previous");
        previous.setOnAction(e -> progress.previous());
        next.setText(texts.get("lessons.next"));
        next.setId("lesson-next");
        next.setOnAction(e -> progress.next());
        Button restart = new Button(texts.get("lessons.restart"));
        restart.setId("lesson-restart");
        restart.disableProperty().bind(progress.stepProperty().isNull());
        restart.setOnAction(e -> progress.go(progress.indexProperty().get()));
        position.getStyleClass().add("lesson-position");
        status.getStyleClass().add("lesson-status");
        status.setId("lesson-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(previous, position, next, restart);
        buttons.getStyleClass().add("lesson-buttons");
        return new VBox(buttons, status);
    }

    private void moveClicker(Scene from, Scene to) {
        if (from != null) {
            from.removeEventFilter(KeyEvent.KEY_PRESSED, clicker);
        }
        if (to != null) {
            to.addEventFilter(KeyEvent.KEY_PRESSED, clicker);
        }
    }

    /** A presenter's clicker sends Page Down / Page Up; text fields keep those keys. */
    private void onClicker(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            progress.next();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            progress.previous();
            e.consume();
        }
    }

    /** Stops following the workspace, as when the window is built again in another language. */
    public void dispose() {
        preview.dispose();
    }
}
