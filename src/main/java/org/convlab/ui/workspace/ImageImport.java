package org.convlab.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.convlab.io.GrayscaleImage;
import org.convlab.io.ImageImportException;
import org.convlab.model.Workspace;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * Imports a picture as X: the file is chosen on the FX thread, read and converted on a background
 * thread, and only a successful result replaces X (as one undoable step). A refused file leaves X
 * as it was and says why.
 */
final class ImageImport {
    /** The largest side of an imported X, so it can still be painted on. */
    static final int MAX_SIDE = 256;
    /** The largest side of a picture imported to look at (its convolution is computed in the background). */
    static final int MAX_VIEW_SIDE = 1024;
    private final Workspace workspace;
    private final Texts texts;
    private final Consumer<String> onInfo;
    private final Consumer<String> onError;

    ImageImport(Workspace workspace, Texts texts, Consumer<String> onInfo, Consumer<String> onError) {
        this.workspace = workspace;
        this.texts = texts;
        this.onInfo = onInfo;
        this.onError = onError;
    }

    void choose(Window owner, int maxSide) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("input.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("input.import.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG", "*.GIF", "*.BMP"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            load(file.toPath(), maxSide);
        }
    }

    /** Reads the file in the background, scaled for painting, and applies it on the FX thread. */
    void load(Path file) {
        load(file, MAX_SIDE);
    }

    /** Reads the file in the background, scaled to at most maxSide, and applies it on the FX thread. */
    void load(Path file, int maxSide) {
        onInfo.accept(texts.format("input.import.reading", file.getFileName()));
        Thread reader = new Thread(() -> {
            try {
                FMatrixRMaj x = GrayscaleImage.read(file, maxSide);
                Platform.runLater(() -> {
                    workspace.change("edit.importImage", s -> s.withInput(x));
                    onInfo.accept(texts.format("input.import.done", file.getFileName(), x.numRows, x.numCols));
                });
            } catch (ImageImportException e) {
                String why = e.reason() == ImageImportException.Reason.TOO_LARGE
                        ? texts.format("input.import.tooLarge", file.getFileName(), e.width(), e.height(),
                                e.width() * e.height() / 1_000_000, GrayscaleImage.MAX_PIXELS / 1_000_000)
                        : texts.format("input.import.unreadable", file.getFileName());
                Platform.runLater(() -> onError.accept(why));
            }
        }, "convlab-image-import");
        reader.setDaemon(true);
        reader.start();
    }
}
