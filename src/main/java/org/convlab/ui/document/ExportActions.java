package org.convlab.ui.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.Shapes;
import org.convlab.io.AtomicFile;
import org.convlab.io.MatrixFiles;
import org.convlab.io.MatrixFormatException;
import org.convlab.io.MatrixPaste;
import org.convlab.io.PyTorchSnippet;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.session.UserPreferences;
import org.ejml.data.FMatrixRMaj;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Texts;

/**
 * Taking what the window shows elsewhere: PNG pictures of the workspace, the training tab or one
 * panel at 1x or 2x for slides; X, K and Y as CSV or .npy; the training log as CSV; "Copy as
 * PyTorch"; and pasting a matrix into the kernel or the input from the clipboard.
 */
public final class ExportActions {
    private final MainWindow window;
    private final Workspace workspace;
    private final UserPreferences prefs;
    private final Texts texts = Texts.of("app");

    public ExportActions(MainWindow window, UserPreferences prefs) {
        this.window = window;
        this.workspace = window.workspace();
        this.prefs = prefs;
    }

    /** File > Export: pictures, matrices and the training log. */
    public Menu exportMenu() {
        Menu pictures = new Menu(texts.get("menu.export.png"));
        addPicture(pictures, "export.png.workspace", () -> window.workspaceView().root());
        addPicture(pictures, "export.png.training", () -> window.trainingView().root());
        addPicture(pictures, "export.png.input", () -> lookup("#input-heatmap"));
        addPicture(pictures, "export.png.output", () -> lookup("#output-heatmap"));
        MenuItem x = item("export.matrix.x", () -> exportMatrix("X", workspace.state().input()));
        MenuItem k = item("export.matrix.k", () -> exportMatrix("K", workspace.state().kernel()));
        MenuItem y = item("export.matrix.y", () -> output().ifPresent(m -> exportMatrix("Y", m)));
        MenuItem log = item("export.log", this::exportLog);
        Menu menu = new Menu(texts.get("menu.export"), null, pictures, x, k, y, log);
        menu.setId("menu-export");
        return menu;
    }

    /** Edit menu items: Copy as PyTorch, Paste into kernel, Paste into input. */
    public List<MenuItem> editItems() {
        MenuItem copy = item("menu.edit.copyPytorch", this::copyAsPytorch);
        copy.setAccelerator(KeyCombination.keyCombination("shortcut+shift+C"));
        MenuItem pasteKernel = item("menu.edit.pasteKernel", () -> paste(true));
        pasteKernel.setAccelerator(KeyCombination.keyCombination("shortcut+shift+V"));
        MenuItem pasteInput = item("menu.edit.pasteInput", () -> paste(false));
        return List.of(copy, pasteKernel, pasteInput);
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(texts.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void addPicture(Menu menu, String key, Supplier<Node> node) {
        for (int scale = 1; scale <= 2; scale++) {
            int s = scale;
            menu.getItems().add(item(key + "." + scale + "x", () -> exportPicture(node.get(), s)));
        }
    }

    private Node lookup(String id) {
        return window.root().lookup(id);
    }

    private Optional<FMatrixRMaj> output() {
        WorkspaceState s = workspace.state();
        if (!s.kernelFits()) {
            messages().error("error.export.title", texts.format("error.export.noOutput", Shapes.of(s.kernel()),
                    Shapes.of(s.input())));
            return Optional.empty();
        }
        return Optional.of(CrossCorrelation.corr2d(s.input(), s.kernel(), s.bias(), s.geometry(), null));
    }

    void exportPicture(Node node, int scale) {
        if (node == null || node.getScene() == null) {
            messages().error("error.export.title", texts.get("error.export.hidden"));
            return;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        WritableImage image = node.snapshot(params, null);
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        choose("filter.png", "*.png", "picture.png").ifPresent(path ->
                write(path, () -> AtomicFile.write(path, out -> ImageIO.write(picture, "png", out))));
    }

    private void exportMatrix(String name, FMatrixRMaj m) {
        FileChooser chooser = chooser(texts.get("menu.export"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(texts.get("filter.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(texts.get("filter.npy"), "*.npy"));
        chooser.setInitialFileName(name + ".csv");
        Optional.ofNullable(chooser.showSaveDialog(window.root().getScene().getWindow())).map(java.io.File::toPath)
                .ifPresent(path -> write(path, () -> MatrixFiles.write(path, m)));
    }

    private void exportLog() {
        if (window.training().losses().isEmpty()) {
            // a file holding only a header would look like a failed export
            messages().info("export.emptyLog.title", texts.get("export.emptyLog"));
            return;
        }
        String csv = window.training().epochTableCsv();
        choose("filter.csv", "*.csv", "training-log.csv").ifPresent(path ->
                write(path, () -> AtomicFile.write(path, csv.getBytes(StandardCharsets.UTF_8))));
    }

    private void copyAsPytorch() {
        WorkspaceState s = workspace.state();
        ClipboardContent content = new ClipboardContent();
        content.putString(PyTorchSnippet.of(s.input(), s.kernel(), s.bias()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Pastes a matrix as the kernel or the input; anything that is not a matrix changes nothing. */
    public void paste(boolean intoKernel) {
        String text = Clipboard.getSystemClipboard().getString();
        FMatrixRMaj m;
        try {
            m = MatrixPaste.parse(text == null ? "" : text);
        } catch (MatrixFormatException e) {
            messages().error("error.paste.title", texts.format("error.paste.text", e.getMessage()));
            return;
        }
        int limit = intoKernel ? 15 : 256;
        if (m.numRows > limit || m.numCols > limit) {
            messages().error("error.paste.title", texts.format("error.paste.tooLarge", Shapes.of(m), limit));
            return;
        }
        if (intoKernel) {
            workspace.change("edit.pasteKernel", st -> st.withKernel(m));
        } else {
            workspace.change("edit.pasteInput", st -> st.withInput(m));
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Path path, Write w) {
        try {
            w.run();
            prefs.addRecentFolder(path);
        } catch (IOException e) {
            messages().error("error.export.title", texts.format("error.save.text", path.getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private Optional<Path> choose(String filterKey, String pattern, String initialName) {
        FileChooser chooser = chooser(texts.get("menu.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get(filterKey), pattern));
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(window.root().getScene().getWindow()))
                .map(java.io.File::toPath);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        prefs.lastFolder().map(Path::toFile).filter(java.io.File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private UserMessages messages() {
        return new UserMessages(window.root().getScene().getWindow());
    }
}
