package org.convlab.ui.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.Shapes;
import org.convlab.io.AtomicFile;
import org.convlab.io.MatrixFiles;
import org.convlab.io.PyTorchSnippet;
import org.convlab.io.TensorFiles;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.model.session.UserPreferences;
import org.ejml.data.FMatrixRMaj;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Texts;

/**
 * Taking what the window shows elsewhere: PNG pictures of the workspace, the training tab or one
 * panel at 1x or 2x for slides; X, K and Y as CSV or .npy; the training log as CSV; "Copy as
 * PyTorch"; and pasting a matrix into the kernel or the input from the clipboard (through {@link ClipboardPaste}).
 */
public final class ExportActions {
    private final MainWindow window;
    private final Workspace workspace;
    private final UserPreferences prefs;
    private final Texts texts = Texts.of("app");
    private final ClipboardPaste pasting;

    public ExportActions(MainWindow window, UserPreferences prefs) {
        this.window = window;
        this.workspace = window.workspace();
        this.prefs = prefs;
        this.pasting = new ClipboardPaste(workspace, this::messages);
    }

    /** File > Export: pictures, matrices and the training log. */
    public Menu exportMenu() {
        Menu pictures = new Menu(texts.get("menu.export.png"));
        addPicture(pictures, "export.png.workspace", () -> window.workspaceView().root());
        addPicture(pictures, "export.png.training", () -> window.trainingView().root());
        addPicture(pictures, "export.png.input", () -> lookup("#input-heatmap"));
        addPicture(pictures, "export.png.output", () -> lookup("#output-heatmap"));
        MenuItem x = item("export.matrix.x", () -> exportMatrix("X"));
        MenuItem k = item("export.matrix.k", () -> exportMatrix("K"));
        MenuItem y = item("export.matrix.y", () -> exportMatrix("Y"));
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

    /** Whether there is no Y, because the kernel does not fit; then says so. */
    private boolean noOutput(WorkspaceState s) {
        if (!s.kernelFits()) {
            messages().error("error.export.title", texts.format("error.export.noOutput", Shapes.of(s.kernel()),
                    Shapes.of(s.input())));
            return true;
        }
        return false;
    }

    /** Y, every output channel of it, for a state whose kernel fits. */
    private static List<FMatrixRMaj> outputs(WorkspaceState s) {
        if (s.singleChannel()) {
            return List.of(CrossCorrelation.corr2d(s.input(), s.kernel(), s.bias(), s.geometry(), null));
        }
        ChannelStack y = ChannelCorrelation.corr2d(s.stack(), s.bank(), s.biasArray(), s.geometry());
        List<FMatrixRMaj> channels = new ArrayList<>();
        for (int o = 0; o < y.count(); o++) {
            channels.add(y.channel(o));
        }
        return channels;
    }

    private void exportMatrix(String name) {
        boolean single = workspace.state().singleChannel();
        if ("Y".equals(name) && noOutput(workspace.state())) {
            return;
        }
        matrixFile(name + (single ? ".csv" : ".npy")).ifPresent(path -> exportMatrix(name, path));
    }

    /**
     * Writes X, K or Y to a file. A single-channel state writes its 2-D matrix as always; a state of
     * several channels writes the tensor in PyTorch's shape even where one count is 1 (the shapes its
     * Copy as PyTorch builds), as one .npy array or one CSV per channel, and says what it wrote.
     *
     * @param name "X", "K" or "Y"
     * @param path the chosen file
     */
    void exportMatrix(String name, Path path) {
        WorkspaceState s = workspace.state();
        if ("X".equals(name)) {
            exportTensor(s, s.input(), path, s.inputChannels() + "x" + Shapes.of(s.input()), "C_in x H x W",
                    () -> TensorFiles.writeStack(path, s.inputs(), s.channelNames()));
        } else if ("K".equals(name)) {
            exportTensor(s, s.kernel(), path, s.outputChannels() + "x" + s.inputChannels() + "x"
                    + Shapes.of(s.kernel()), "C_out x C_in x kh x kw",
                    () -> TensorFiles.writeBank(path, s.kernels(), s.channelNames()));
        } else if (!noOutput(s)) {
            List<FMatrixRMaj> y = outputs(s);
            List<String> names = new ArrayList<>();
            for (int o = 0; o < y.size(); o++) {
                names.add("o" + o);
            }
            exportTensor(s, y.get(0), path, y.size() + "x" + Shapes.of(y.get(0)), "C_out x OH x OW",
                    () -> TensorFiles.writeStack(path, y, names));
        }
    }

    private void exportTensor(WorkspaceState s, FMatrixRMaj single, Path path, String shape, String axes,
                              TensorWrite w) {
        if (s.singleChannel()) {
            write(path, () -> MatrixFiles.write(path, single));
            return;
        }
        List<Path> written = new ArrayList<>();
        write(path, () -> written.addAll(w.run()));
        if (written.equals(List.of(path))) {
            messages().info("export.written.title", texts.format("export.written.array", path.getFileName(),
                    shape, axes));
        } else if (!written.isEmpty()) {
            messages().info("export.written.title", texts.format("export.written.files", written.size(),
                    path.toAbsolutePath().getParent(), written.stream().map(p -> p.getFileName().toString())
                            .collect(Collectors.joining(", "))));
        }
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

    private Optional<Path> matrixFile(String initialName) {
        FileChooser chooser = chooser(texts.get("menu.export"));
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(texts.get("filter.csv"), "*.csv");
        FileChooser.ExtensionFilter npy = new FileChooser.ExtensionFilter(texts.get("filter.npy"), "*.npy");
        chooser.getExtensionFilters().addAll(csv, npy);
        chooser.setSelectedExtensionFilter(initialName.endsWith(".npy") ? npy : csv);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(window.root().getScene().getWindow()))
                .map(java.io.File::toPath);
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
        content.putString(s.singleChannel() ? PyTorchSnippet.of(s.input(), s.kernel(), s.bias())
                : PyTorchSnippet.of(s.stack(), s.bank(), s.biasArray(), s.geometry()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Pastes a matrix as the kernel or the input; see {@link ClipboardPaste#paste(boolean)}.
     *
     * @param intoKernel true for K, false for X
     */
    public void paste(boolean intoKernel) {
        pasting.paste(intoKernel);
    }

    /**
     * Pastes a matrix into one kernel of the bank or one input channel; see
     * {@link ClipboardPaste#paste(boolean, int, int)}.
     *
     * @param intoKernel    true for the kernel (outputChannel, inputChannel), false for input channel inputChannel
     * @param outputChannel the kernel's output channel; ignored for the input
     * @param inputChannel  the kernel's input channel, or the input channel
     * @throws IndexOutOfBoundsException for a channel the workspace does not have
     */
    public void paste(boolean intoKernel, int outputChannel, int inputChannel) {
        pasting.paste(intoKernel, outputChannel, inputChannel);
    }

    private interface Write {
        void run() throws IOException;
    }

    private interface TensorWrite {
        List<Path> run() throws IOException;
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
