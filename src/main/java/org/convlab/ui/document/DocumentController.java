package org.convlab.ui.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.convlab.model.Workspace;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.Session;
import org.convlab.model.session.SessionFile;
import org.convlab.model.session.SessionFormatException;
import org.convlab.model.session.UserPreferences;
import org.convlab.model.training.TrainingSession;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Texts;

/**
 * The document side of the window: New, Open, Save, Save As and recent files for {@code .convlab}
 * sessions, the modified marker, the unsaved-changes question, and the minute-by-minute recovery
 * autosave. Opening refuses a bad file with its message and changes nothing; saving is atomic.
 */
public final class DocumentController {
    private final Subscription editing;
    private static final Duration AUTOSAVE_EVERY = Duration.minutes(1);
    private final MainWindow window;
    private final Workspace workspace;
    private final TrainingSession training;
    private final UserPreferences prefs;
    private final RecoveryFile recovery;
    private final Texts texts = Texts.of("app");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final Menu recentMenu = new Menu();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "convlab-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosave()));

    /**
     * Connects the document actions to a window.
     *
     * @param window   the main window
     * @param prefs    where recent files live
     * @param recovery the autosave file
     */
    public DocumentController(MainWindow window, UserPreferences prefs, RecoveryFile recovery) {
        this.window = window;
        this.workspace = window.workspace();
        this.training = window.training();
        this.prefs = prefs;
        this.recovery = recovery;
        editing = workspace.history().revisionProperty().subscribe((a, b) -> modified.set(true));
        training.settingsProperty().addListener((o, a, b) -> modified.set(true));
        autosave.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts writing the recovery file every minute while there are unsaved changes. */
    public void startAutosave() {
        autosave.play();
    }

    /**
     * Takes over the file and modified state of the controller of a window being rebuilt (after a
     * language switch), so the document stays the same document.
     *
     * @param previous the old window's controller
     */
    public void adopt(DocumentController previous) {
        file.set(previous.file.get());
        modified.set(previous.modified.get());
    }

    /**
     * The file the session was last opened from or saved to.
     *
     * @return the property; null for a new session
     */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /**
     * Whether there are changes since the last open or save.
     *
     * @return the property
     */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /**
     * The window title: the file's name, a modified marker, and the program.
     *
     * @return e.g. "• lesson.convlab — ConvLab"
     */
    public String title() {
        String name = file.get() == null ? texts.get("document.untitled") : file.get().getFileName().toString();
        return (modified.get() ? "\u2022 " : "") + name + " \u2014 ConvLab";
    }

    /**
     * The File menu's document items.
     *
     * @return New, Open, Open Recent, Save, Save As
     */
    public List<MenuItem> menuItems() {
        MenuItem newItem = item("menu.file.new", "shortcut+N", this::newSession);
        MenuItem open = item("menu.file.open", "shortcut+O", this::chooseAndOpen);
        MenuItem save = item("menu.file.save", "shortcut+S", this::save);
        MenuItem saveAs = item("menu.file.saveAs", "shortcut+shift+S", this::saveAs);
        recentMenu.setText(texts.get("menu.file.recent"));
        recentMenu.setId("menu-recent");
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        return List.of(newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs);
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(texts.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : prefs.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    open(p);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Starts a new session on the chapter's example, after asking about unsaved changes. */
    public void newSession() {
        if (confirmDiscard()) {
            window.apply(MainWindow.newSession());
            file.set(null);
            markSaved();
        }
    }

    private void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("menu.file.open");
        Chosen selected = new Chosen(chooser.showOpenDialog(owner()));
        selected.path().ifPresent(this::open);
    }

    /**
     * Opens a session file; a bad file is refused with its message and nothing changes.
     *
     * @param path the file
     * @return whether it opened
     */
    public boolean open(Path path) {
        Session s;
        try {
            s = SessionFile.open(path);
        } catch (SessionFormatException e) {
            new UserMessages(owner()).error("error.open.title", e.getMessage());
            return false;
        }
        window.apply(s);
        file.set(path.toAbsolutePath());
        prefs.addRecentFile(path);
        fillRecent();
        markSaved();
        return true;
    }

    /**
     * Saves to the current file, or asks for one.
     *
     * @return whether the session was saved
     */
    public boolean save() {
        return file.get() == null ? saveAs() : saveTo(file.get());
    }

    /**
     * Asks for a file and saves there.
     *
     * @return whether the session was saved
     */
    public boolean saveAs() {
        FileChooser chooser = chooser("menu.file.saveAs");
        chooser.setInitialFileName(file.get() == null ? "lesson.convlab" : file.get().getFileName().toString());
        Optional<Path> target = new Chosen(chooser.showSaveDialog(owner())).path();
        return target.map(p -> p.toString().endsWith(".convlab") ? p : Path.of(p + ".convlab"))
                .map(this::saveTo).orElse(false);
    }

    /**
     * Saves to a given file (Save As without the dialog).
     *
     * @param path the file
     * @return whether the session was saved
     */
    public boolean saveTo(Path path) {
        try {
            SessionFile.save(path, window.session());
        } catch (IOException e) {
            new UserMessages(owner()).error("error.save.title", texts.format("error.save.text", path.getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return false;
        }
        file.set(path.toAbsolutePath());
        prefs.addRecentFile(path);
        // a disabled menu never shows, so it would never fill itself: it is filled as the list changes
        fillRecent();
        markSaved();
        return true;
    }

    /**
     * Asks Save / Discard / Cancel when there are unsaved changes.
     *
     * @return true if the caller may go on (saved, discarded or nothing to lose)
     */
    public boolean confirmDiscard() {
        if (!modified.get()) {
            return true;
        }
        String name = file.get() == null ? texts.get("document.untitled") : file.get().getFileName().toString();
        return switch (new UserMessages(owner()).askToSave(name)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Offers the session an earlier run left unsaved, if any. */
    public void offerRecovery() {
        recovery.find().ifPresent(s -> {
            if (new UserMessages(owner()).askToRecover()) {
                window.apply(s);
                // the restored work is still that document's: its name and Save go to its file
                file.set(recovery.document().orElse(null));
                modified.set(true);
            } else {
                recovery.delete();
            }
        });
    }

    /** This window's content is being replaced (a language switch): stops its autosave. */
    public void closed() {
        editing.unsubscribe();
        autosave.stop();
        writer.shutdown();
    }

    /** The window closes after the user saved or chose not to: the recovery point goes too. */
    public void closeForGood() {
        closed();
        recovery.delete();
    }

    private void markSaved() {
        modified.set(false);
        recovery.delete();
    }

    private void autosave() {
        if (!modified.get()) {
            return;
        }
        Session snapshot = window.session();
        Path document = file.get();
        writer.submit(new Task<Void>() {
            @Override
            protected Void call() throws IOException {
                recovery.write(snapshot, document);
                return null;
            }
        });
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("filter.session"), "*.convlab"));
        prefs.lastFolder().map(Path::toFile).filter(java.io.File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }

    /** A file chooser's answer, which is null when the user cancelled. */
    private record Chosen(java.io.File file) {
        Optional<Path> path() {
            return Optional.ofNullable(file).map(java.io.File::toPath);
        }
    }
}
