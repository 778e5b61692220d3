package org.convlab.ui;

import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.convlab.model.Workspace;

/**
 * The main window's content: a menu bar, the workspace and training tabs, and a status bar.
 * Each tab is built by its own view; this class only arranges them.
 */
public final class MainWindow {
    private final Workspace workspace;
    private final Texts texts = Texts.of("app");
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    /**
     * Builds the window's content around a workspace.
     *
     * @param workspace the document shown
     */
    public MainWindow(Workspace workspace) {
        this.workspace = workspace;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new Tab(texts.get("tab.workspace")));
        tabs.getTabs().add(new Tab(texts.get("tab.training"), new org.convlab.ui.training.TrainingView(workspace).root()));
        root.setTop(menuBar());
        root.setCenter(tabs);
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

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem(texts.get("menu.file.quit"));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        return new MenuBar(new Menu(texts.get("menu.file"), null, quit));
    }
}
