package org.convlab.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.convlab.core.ChannelStack;
import org.convlab.io.ColorImage;
import org.convlab.io.GrayscaleImage;
import org.convlab.io.ImageImportException;
import org.convlab.model.ColorInput;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;
import org.ejml.data.FMatrixRMaj;

/**
 * Imports a picture as X, in gray levels or as its R, G and B channels: the file is chosen on the
 * FX thread, read and converted on a background thread, and only a successful result replaces X
 * (as one undoable step). A refused file leaves X as it was and says why.
 */
public final class ImageImport {
    /** The largest side of an imported X, so it can still be painted on. */
    static final int MAX_SIDE = 256;
    /** The largest side of a picture imported to look at (its convolution is computed in the background). */
    static final int MAX_VIEW_SIDE = 1024;
    private final Workspace workspace;
    private final Texts texts;
    private final Consumer<String> onInfo;
    private final Consumer<String> onError;

    /** Reads a file into something that replaces X. */
    private interface Reading {
        Imported read(Path file, int maxSide) throws ImageImportException;
    }

    /** A picture read: the change it makes and what to say about it. */
    private record Imported(UnaryOperator<WorkspaceState> change, String doneKey, int rows, int cols) {
    }

    /**
     * An importer into a workspace.
     *
     * @param workspace where X is replaced
     * @param texts     the workspace's texts
     * @param onInfo    shown while reading and after success
     * @param onError   shown, in one sentence, when a file is refused
     */
    public ImageImport(Workspace workspace, Texts texts, Consumer<String> onInfo, Consumer<String> onError) {
        this.workspace = workspace;
        this.texts = texts;
        this.onInfo = onInfo;
        this.onError = onError;
    }

    void choose(Window owner, int maxSide) {
        File file = chooser().showOpenDialog(owner);
        if (file != null) {
            load(file.toPath(), maxSide);
        }
    }

    /**
     * Asks for a picture and imports it as three channels R, G, B small enough to paint on.
     *
     * @param owner the dialog's window
     */
    public void chooseColor(Window owner) {
        FileChooser chooser = chooser();
        chooser.setTitle(texts.get("input.import.colorTitle"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            loadColor(file.toPath(), MAX_SIDE);
        }
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("input.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("input.import.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG", "*.GIF", "*.BMP"));
        return chooser;
    }

    /** Reads the file in the background, scaled for painting, and applies it on the FX thread. */
    void load(Path file) {
        load(file, MAX_SIDE);
    }

    /** Reads the file in the background as gray levels, scaled to at most maxSide, and applies it on the FX thread. */
    void load(Path file, int maxSide) {
        start(file, maxSide, (f, side) -> {
            FMatrixRMaj x = GrayscaleImage.read(f, side);
            // a gray picture is one channel: a stack becomes X alone, keeping each output's first kernels
            return new Imported(s -> s.withInputs(java.util.List.of(x), java.util.List.of("c0")),
                    "input.import.done", x.numRows, x.numCols);
        });
    }

    /**
     * Reads the file in the background as its R, G and B channels, scaled to at most maxSide, and
     * makes them X on the FX thread (the bank then takes three input channels, see {@link ColorInput}).
     *
     * @param file    the picture
     * @param maxSide the largest side of each channel
     */
    public void loadColor(Path file, int maxSide) {
        start(file, maxSide, (f, side) -> {
            ChannelStack rgb = ColorImage.read(f, side);
            return new Imported(s -> ColorInput.replace(s, rgb), "input.import.colorDone", rgb.rows(), rgb.cols());
        });
    }

    private void start(Path file, int maxSide, Reading reading) {
        onInfo.accept(texts.format("input.import.reading", file.getFileName()));
        Thread reader = new Thread(() -> {
            try {
                Imported picture = reading.read(file, maxSide);
                Platform.runLater(() -> {
                    workspace.change("edit.importImage", picture.change());
                    onInfo.accept(texts.format(picture.doneKey(), file.getFileName(), picture.rows(),
                            picture.cols()));
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
