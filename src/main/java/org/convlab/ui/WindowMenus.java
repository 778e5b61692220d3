package org.convlab.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;
import org.convlab.model.History;
import org.convlab.model.Workspace;
import org.convlab.ui.document.DocumentController;
import org.convlab.ui.document.ExportActions;
import org.convlab.ui.document.UserMessages;
import org.convlab.ui.presentation.ViewActions;
import org.convlab.ui.workspace.ImageImport;

/**
 * The main window's menu bar: File (sessions, export, lessons, quit), Edit (undo and redo named
 * after their step, paste and copy), View and Help. The actions live in their controllers; this
 * class puts them in menus with their shortcuts.
 */
final class WindowMenus {
    private final Texts texts = Texts.of("app");
    private final MainWindow window;
    private final Workspace workspace;
    private final DocumentController documents;
    private final ExportActions exports;
    private final ViewActions views;
    private Subscription naming = Subscription.EMPTY;

    WindowMenus(MainWindow window, Workspace workspace, DocumentController documents, ExportActions exports,
                ViewActions views) {
        this.window = window;
        this.workspace = workspace;
        this.documents = documents;
        this.exports = exports;
        this.views = views;
    }

    /** Stops renaming Undo and Redo after the history. */
    void dispose() {
        naming.unsubscribe();
    }

    MenuBar menuBar() {
        Menu file = new Menu(texts.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(documents.menuItems());
        MenuItem openLesson = new MenuItem(texts.get("menu.file.openLesson"));
        openLesson.setId("menu-file-openLesson");
        openLesson.setOnAction(e -> {
            window.lessonsShownProperty().set(true);
            window.lessonsView().chooseLessonFile();
        });
        MenuItem importColor = new MenuItem(texts.get("menu.file.importColor"));
        importColor.setId("menu-file-importColor");
        ImageImport colorImport = new ImageImport(workspace, Texts.of("workspace"), info -> { },
                why -> new UserMessages(window.root().getScene().getWindow()).error("error.import.title", why));
        importColor.setOnAction(e -> colorImport.chooseColor(window.root().getScene().getWindow()));
        MenuItem quit = new MenuItem(texts.get("menu.file.quit"));
        quit.setId("menu-file-quit");
        quit.setAccelerator(KeyCombination.keyCombination("shortcut+Q"));
        quit.setOnAction(e -> {
            if (documents.confirmDiscard()) {
                documents.closeForGood();
                window.root().getScene().getWindow().hide();
            }
        });
        file.getItems().addAll(new SeparatorMenuItem(), importColor, exports.exportMenu(), openLesson,
                new SeparatorMenuItem(),
                quit);
        Menu edit = editMenu();
        edit.getItems().add(new SeparatorMenuItem());
        edit.getItems().addAll(exports.editItems());
        return new MenuBar(file, edit, views.menu(), helpMenu());
    }

    private Menu helpMenu() {
        MenuItem about = new MenuItem(texts.get("menu.help.about"));
        about.setId("menu-help-about");
        about.setOnAction(e -> new UserMessages(window.root().getScene().getWindow()).info("menu.help.about",
                texts.format("about.text", org.convlab.Version.describe())));
        return new Menu(texts.get("menu.help"), null, about);
    }

    /** Edit: Undo and Redo, each naming the step it would take, e.g. "Undo paint stroke". */
    private Menu editMenu() {
        Texts words = Texts.of("workspace");
        StepNames steps = new StepNames("workspace", "training", "lessons");
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
        naming = history.revisionProperty().subscribe((a, b) -> rename.run());
        rename.run();
        undo.disableProperty().bind(history.canUndoProperty().not());
        redo.disableProperty().bind(history.canRedoProperty().not());
        // A menu item takes one accelerator; shortcut+Y is the other common Redo.
        window.root().sceneProperty().addListener((o, was, scene) -> {
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
