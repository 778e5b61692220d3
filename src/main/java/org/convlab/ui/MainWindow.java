package org.convlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;
import org.convlab.core.Chapter;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.LessonPane;
import org.convlab.model.lesson.LessonStep;
import org.convlab.model.lesson.TrainingSetup;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.Session;
import org.convlab.model.session.UserPreferences;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingSettings;
import org.convlab.ui.lessons.LessonsView;
import org.convlab.ui.training.TrainingView;
import org.convlab.ui.workspace.WorkspaceView;
import org.convlab.ui.document.DocumentController;
import org.convlab.ui.document.ExportActions;
import org.convlab.ui.presentation.ViewActions;

/**
 * The main window's content: a menu bar, the lessons pane beside the workspace and training tabs,
 * and a status bar. Each part is built by its own view or controller; this class arranges them and
 * turns the whole into a session and back.
 */
public final class MainWindow {
    private WindowMenus menus;
    private final Workspace workspace;
    private final Texts texts = Texts.of("app");
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final WorkspaceView workspaceView;
    private final TrainingSession training;
    private final Tab trainingTab;
    private TrainingView trainingView;
    private LessonsView lessonsView;
    private final SplitPane split = new SplitPane();
    private final BooleanProperty lessonsShown = new SimpleBooleanProperty(this, "lessonsShown");
    private final DocumentController documents;
    private final ExportActions exports;
    private final ViewActions views;

    /**
     * Builds the window's content around a workspace, with the user's preferences and recovery
     * file, and no language switching.
     *
     * @param workspace the document shown
     */
    public MainWindow(Workspace workspace) {
        this(workspace, UserPreferences.forUser(), RecoveryFile.forUser(), locale -> { });
    }

    /**
     * Builds the window's content.
     *
     * @param workspace      the document shown
     * @param prefs          recent files and folders
     * @param recovery       the autosave file
     * @param switchLanguage rebuilds the window in another language
     */
    public MainWindow(Workspace workspace, UserPreferences prefs, RecoveryFile recovery,
                      Consumer<Locale> switchLanguage) {
        this.workspace = workspace;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        workspaceView = new WorkspaceView(workspace);
        Tab workspaceTab = new Tab(texts.get("tab.workspace"), workspaceView.root());
        workspaceTab.setId("tab-workspace");
        training = new TrainingSession(workspace);
        // the training pane's charts and landscape are built when the tab is first opened, not at start-up
        trainingTab = new Tab(texts.get("tab.training"));
        trainingTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                trainingView();
            }
        });
        trainingTab.setId("tab-training");
        tabs.getTabs().addAll(workspaceTab, trainingTab);
        documents = new DocumentController(this, prefs, recovery);
        exports = new ExportActions(this, prefs);
        views = new ViewActions(this, switchLanguage);
        split.getItems().add(tabs);
        lessonsShown.addListener((o, was, shown) -> showLessons(shown));
        menus = new WindowMenus(this, workspace, documents, exports, views);
        root.setTop(menus.menuBar());
        root.setCenter(split);
        StatusBar status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(workspaceView.statusProperty());
        root.setBottom(status);
        root.getStyleClass().add("main-window");
    }

    /**
     * The window's content.
     *
     * @return the root node
     */
    public Parent root() {
        return root;
    }

    /**
     * The document shown.
     *
     * @return the workspace
     */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * The workspace tab's view.
     *
     * @return the view
     */
    public WorkspaceView workspaceView() {
        return workspaceView;
    }

    /**
     * The training tab's view.
     *
     * @return the view
     */
    public TrainingView trainingView() {
        if (trainingView == null) {
            trainingView = new TrainingView(workspace, training);
            trainingTab.setContent(trainingView.root());
        }
        return trainingView;
    }

    /**
     * Lets go of the document: this window's views and training stop following the workspace,
     * which lives on in the window built to replace this one.
     */
    public void dispose() {
        menus.dispose();
        workspaceView.dispose();
        training.dispose();
        if (trainingView != null) {
            trainingView.dispose();
        }
        if (lessonsView != null) {
            lessonsView.dispose();
        }
    }

    /** Brings the workspace tab to the front. */
    public void showWorkspaceTab() {
        tabs.getSelectionModel().select(0);
    }

    /**
     * Takes over from the window this one replaces (a language switch): the training settings,
     * the lessons pane with its step, and the tab in front.
     *
     * @param before the window being replaced, on the same workspace
     */
    public void continueFrom(MainWindow before) {
        training.setSettings(before.training.settings());
        lessonsShown.set(before.lessonsShown.get());
        if (before.lessonsView != null) {
            lessonsView().continueFrom(before.lessonsView);
        }
        tabs.getSelectionModel().select(before.tabs.getSelectionModel().getSelectedIndex());
    }

    /** Brings the training tab to the front, building it if it was never shown. */
    public void showTrainingTab() {
        tabs.getSelectionModel().select(trainingTab);
    }

    /**
     * The training run and its settings, which exist before the training tab is first shown.
     *
     * @return the session
     */
    public TrainingSession training() {
        return training;
    }

    /**
     * The lessons pane's view.
     *
     * @return the view
     */
    public LessonsView lessonsView() {
        // built on first use: loading and checking the lessons is not worth paying at every start
        if (lessonsView == null) {
            lessonsView = new LessonsView(workspace, this::showStep);
        }
        return lessonsView;
    }

    /**
     * The session actions: open, save, the modified marker.
     *
     * @return the controller
     */
    public DocumentController documents() {
        return documents;
    }

    /**
     * Whether the lessons pane is shown beside the tabs.
     *
     * @return the property
     */
    public BooleanProperty lessonsShownProperty() {
        return lessonsShown;
    }

    /**
     * What a new session holds: the chapter's example and training setup.
     *
     * @return the session
     */
    public static Session newSession() {
        return new Session(new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0f),
                TrainingSettings.chapter(), List.of("workspace"));
    }

    /**
     * The window as a session: the workspace, the training settings and the open panes.
     *
     * @return the session
     */
    public Session session() {
        List<String> panes = new ArrayList<>();
        panes.add(tabs.getSelectionModel().getSelectedIndex() == 1 ? "training" : "workspace");
        if (lessonsShown.get()) {
            panes.add("lessons");
        }
        return new Session(workspace.state(), training.settings(), panes);
    }

    /**
     * Shows a session: its workspace (with a fresh undo history), training settings and panes.
     *
     * @param s the session
     */
    public void apply(Session s) {
        workspace.replace(s.workspace());
        workspaceView.forgetMessages();
        training.setSettings(s.training());
        training.reset();
        tabs.getSelectionModel().select(s.openPanes().contains("training") ? 1 : 0);
        lessonsShown.set(s.openPanes().contains("lessons"));
    }

    /**
     * A lesson step chose a pane and its training settings: bring them to the front. A step
     * without a training setup trains as the chapter does, never with an earlier step's settings.
     */
    private void showStep(LessonStep step) {
        training.setSettings(step.training().map(TrainingSetup::settings).orElseGet(TrainingSettings::chapter));
        training.reset();
        tabs.getSelectionModel().select(step.pane() == LessonPane.TRAINING ? 1 : 0);
        if (step.pane() == LessonPane.MATRIX) {
            workspaceView.showMatrixView();
        }
    }

    private void showLessons(boolean shown) {
        if (shown && !split.getItems().contains(lessonsView().root())) {
            split.getItems().add(0, lessonsView().root());
            // a third of the window at most, and it keeps its width when the window grows: the workspace beside
            // it needs the room for readable cells
            SplitPane.setResizableWithParent(lessonsView().root(), false);
            split.setDividerPositions(0.3);
        } else if (!shown && lessonsView != null) {
            split.getItems().remove(lessonsView.root());
        }
    }
}
