package org.convlab.ui;

import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.StatusBar;
import org.convlab.model.History;
import org.convlab.model.Workspace;
import org.convlab.ui.training.TrainingView;
import org.convlab.ui.workspace.WorkspaceView;

/**
 * The main window's content: a menu bar, the workspace and training tabs, and a status bar.
 * Each tab is built by its own view; this class only arranges them.
 */
public final class MainWindow {
    private final Workspace workspace;
    private final Texts texts = Texts.of("app");
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final WorkspaceView workspaceView;
    private final TrainingView trainingView;

    /**
     * Builds the window's content around a workspace.
     *
     * @param workspace the document shown
     */
    public MainWindow(Workspace workspace) {
        this.workspace = workspace;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        workspaceView = new WorkspaceView(workspace);
        Tab workspaceTab = new Tab(texts.get("tab.workspace"), workspaceView.root());
        workspaceTab.setId("tab-workspace");
        trainingView = new TrainingView(workspace);
        Tab trainingTab = new Tab(texts.get("tab.training"), trainingView.root());
        trainingTab.setId("tab-training");
        tabs.getTabs().addAll(workspaceTab, trainingTab);
        root.setTop(menuBar());
        root.setCenter(tabs);
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

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem(texts.get("menu.file.quit"));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        return new MenuBar(new Menu(texts.get("menu.file"), null, quit), editMenu());
    }

    /** Edit: Undo and Redo, each naming the step it would take, e.g. "Undo paint stroke". */
    private Menu editMenu() {
        Texts words = Texts.of("workspace");
        StepNames steps = new StepNames("workspace", "training");
        MenuItem undo = new MenuItem();
        MenuItem redo = new MenuItem();
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        undo.setAccelerator(KeyCombination.keyCombination("shortcut+Z"));
        redo.setAccelerator(KeyCombination.keyCombination("shortcut+shift+Z"));
        undo.setOnAction(e -> workspace.undo());
        redo.setOnAction(e -> workspace.redo());
        History history = workspace.history();
        Runnable rename = () -> {
            undo.setText(history.undoDescription().map(k -> words.format("menu.edit.undoStep", steps.of(k)))
                    .orElse(words.get("menu.edit.undo")));
            redo.setText(history.redoDescription().map(k -> words.format("menu.edit.redoStep", steps.of(k)))
                    .orElse(words.get("menu.edit.redo")));
        };
        history.revisionProperty().addListener((o, a, b) -> rename.run());
        rename.run();
        undo.disableProperty().bind(history.canUndoProperty().not());
        redo.disableProperty().bind(history.canRedoProperty().not());
        // A menu item takes one accelerator; shortcut+Y is the other common Redo.
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("shortcut+Y"), () -> {
                    if (!redo.isDisable()) {
                        workspace.redo();
                    }
                });
            }
        });
        return new Menu(words.get("menu.edit"), null, undo, redo);
    }
}
