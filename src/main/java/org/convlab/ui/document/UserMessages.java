package org.convlab.ui.document;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.convlab.ui.Texts;

/** The window's dialogs: an error that says what happened and that nothing was lost, and the unsaved-changes question. */
public final class UserMessages {
    /** The answer to "save your changes?". */
    enum Choice { SAVE, DISCARD, CANCEL }

    private final Texts texts = Texts.of("app");
    private final Window owner;

    public UserMessages(Window owner) {
        this.owner = owner;
    }

    /** Shows a problem in one sentence; never a stack trace. */
    public void error(String titleKey, String message) {
        show(Alert.AlertType.ERROR, titleKey, message);
    }

    /** A short confirmation that something worked (export, copy). */
    public void info(String titleKey, String message) {
        show(Alert.AlertType.INFORMATION, titleKey, message);
    }

    private void show(Alert.AlertType type, String titleKey, String message) {
        // JavaFX's own OK speaks the JVM's language, not the one chosen in the View menu
        Alert a = new Alert(type, message, new ButtonType(texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        a.initOwner(owner);
        a.setTitle(texts.get(titleKey));
        a.setHeaderText(texts.get(titleKey));
        a.showAndWait();
    }

    /** Asks whether to save the changes to the named document before they would be lost. */
    Choice askToSave(String documentName) {
        ButtonType save = new ButtonType(texts.get("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("dialog.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, texts.format("dialog.unsaved.text", documentName),
                save, discard, cancel);
        a.initOwner(owner);
        a.setTitle(texts.get("dialog.unsaved.title"));
        a.setHeaderText(texts.format("dialog.unsaved.header", documentName));
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Choice.CANCEL;
        }
        return answer.get() == save ? Choice.SAVE : Choice.DISCARD;
    }

    /** Asks whether to restore the work an earlier run left unsaved. */
    boolean askToRecover() {
        ButtonType restore = new ButtonType(texts.get("dialog.recover.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("dialog.discard"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, texts.get("dialog.recover.text"), restore, discard);
        a.initOwner(owner);
        a.setTitle(texts.get("dialog.recover.title"));
        a.setHeaderText(texts.get("dialog.recover.title"));
        return a.showAndWait().filter(b -> b == restore).isPresent();
    }
}
