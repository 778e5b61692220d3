package org.convlab.ui.workspace;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;
import org.convlab.core.Shapes;
import org.convlab.model.LiveOutput;
import org.convlab.model.ShapeFormula;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.ScrollingPage;
import org.convlab.ui.Texts;

/**
 * The workspace tab: X | K and b | Y side by side, the shapes under them, and below the panel that
 * explains where a number comes from (arithmetic, slide animation, matrix multiplication).
 *
 * <p>Edits never wait for a full output: each change asks {@link LiveOutput} for Y, which patches
 * a painted cell's outputs at once and computes anything larger in the background. Just before
 * each layout pass the newest X and Y go to the screen, at most once a frame, so an edit made in a
 * pulse (or between two) is drawn in that pulse's frame.
 */
public final class WorkspaceView {
    /** The largest side of an X or Y cell on screen, in em: large enough to read from the back of a room. */
    static final double MAX_CELL_EMS = 7.5;
    /** From this window width on, the workspace uses its larger type. */
    private static final double WIDE = 1600;
    private static final double WIDE_HEIGHT = 1000;
    /** Below this width of the workspace or height of the window, the workspace uses its smaller type. */
    private static final double COMPACT_WIDTH = 800;
    private static final double COMPACT_HEIGHT = 800;
    private final Workspace workspace;
    private final Texts texts = Texts.of("workspace");
    private final LiveOutput live = new LiveOutput();
    private final ReadOnlyObjectWrapper<LiveOutput.Result> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final InputPanel inputPanel;
    private final KernelPanel kernelPanel;
    private final OutputPanel outputPanel;
    private final MatrixView matrixView;
    private final SlideAnimation slide;
    private final Provenance provenance;
    private final PoolingPanel pooling;
    private final Label formula = Controls.label("", "shape-formula");
    private final Label arithmetic = Controls.label("", "arithmetic");
    private final VBox root = new VBox();
    private final ScrollPane page;
    private final Runnable beforeLayout = this::frame;
    private final Subscription watching;
    private boolean inputDirty;

    private TabPane explanationTabs;
    /** Brings the pooling tab to the front when the stage is switched on. */
    private Subscription poolingSwitch;

    /**
     * Builds the workspace around a document.
     *
     * @param workspace the X, K and b shown and edited
     */
    public WorkspaceView(Workspace workspace) {
        this.workspace = workspace;
        inputPanel = new InputPanel(workspace, texts);
        kernelPanel = new KernelPanel(workspace, texts);
        outputPanel = new OutputPanel(texts);
        matrixView = new MatrixView(texts);
        slide = new SlideAnimation(texts);
        provenance = new Provenance(workspace, inputPanel, outputPanel, matrixView, shown.getReadOnlyProperty(),
                slide.positionProperty(), texts);
        root.sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.removePreLayoutPulseListener(beforeLayout);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(beforeLayout);
                Platform.requestNextPulse();
            }
        });
        pooling = new PoolingPanel(workspace, outputPanel.view(), shown.getReadOnlyProperty(), texts);
        shown.addListener((o, a, r) -> {
            outputPanel.show(r);
            boolean channels = !r.state().singleChannel();
            styleIf(arithmetic, "channels", channels);
            styleIf(explanationTabs, "channels-open", channels);
            matrixView.show(r);
            slide.setCellCount(r.hasOutput() ? r.output().getNumElements() : 0);
            formula.setText(formula(r));
        });
        watching = workspace.stateProperty().subscribe((a, s) -> changed(s));

        PanelRow panels = new PanelRow(inputPanel, kernelPanel, outputPanel);
        VBox.setVgrow(panels, Priority.ALWAYS);
        formula.setWrapText(true);
        formula.setMinHeight(Region.USE_PREF_SIZE);
        root.getStyleClass().add("workspace");
        // the geometry's button sits on the shape line it changes, taking no height from the panels;
        // the formula wraps in what the button leaves
        HBox shapeLine = new HBox(formula, kernelPanel.geometry());
        shapeLine.getStyleClass().add("shape-line");
        shapeLine.setAlignment(Pos.CENTER);
        shapeLine.setSpacing(16);
        formula.setMinWidth(0);
        formula.setTextAlignment(TextAlignment.CENTER);
        kernelPanel.geometry().setMinWidth(Region.USE_PREF_SIZE);
        shapeLine.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().addAll(inputPanel.toolStrip(), panels, shapeLine, explanation());
        // Zoomed far in on a small screen, the workspace scrolls rather than push controls out of the window;
        // at ordinary sizes it fits and no scroll bar shows.
        page = ScrollingPage.of(root, "workspace-page");
        // the page's own size, not its viewport's, which shrinks by a scroll bar and could flip the type back
        page.layoutBoundsProperty().addListener((o, a, b) -> fitType());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.heightProperty().addListener((h, was, is) -> fitType());
            }
        });
        changed(workspace.state());
    }

    /** A new document was opened or started: messages about the old one go. */
    public void forgetMessages() {
        inputPanel.clearMessage();
        kernelPanel.forgetMessages();
    }

    /**
     * The workspace's type steps with its room: one step larger on a projector's wide screen, one
     * smaller on a small laptop screen or beside the lessons in a small window, where X, K and Y
     * would otherwise not fit above the explanation. The room is the page's width and the window's
     * height, neither of which zoom changes (zoom must scale the type, not step it back).
     */
    private void fitType() {
        double width = page.getWidth();
        double height = root.getScene() == null ? 0 : root.getScene().getHeight();
        styleIf("wide", width >= WIDE && height >= WIDE_HEIGHT);
        styleIf("compact", width < COMPACT_WIDTH || height > 0 && height <= COMPACT_HEIGHT);
    }

    private void styleIf(String styleClass, boolean on) {
        styleIf(root, styleClass, on);
    }

    private static void styleIf(javafx.scene.Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** Stops following the workspace, as when the window is built again in another language. */
    public void dispose() {
        watching.unsubscribe();
        inputPanel.dispose();
        kernelPanel.dispose();
        pooling.dispose();
        poolingSwitch.unsubscribe();
        live.close();
    }

    /**
     * The tab's content.
     *
     * @return the root node
     */
    public Parent root() {
        return page;
    }

    /**
     * What the status bar says about the cell under the pointer.
     *
     * @return the text property
     */
    public ReadOnlyStringProperty statusProperty() {
        return provenance.statusProperty();
    }

    /**
     * The output on screen and the state it was computed from.
     *
     * @return the property; null until the first output arrives
     */
    public ReadOnlyObjectProperty<LiveOutput.Result> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Brings the matrix-multiplication view to the front, as a lesson on it asks. */
    public void showMatrixView() {
        explanationTabs.getSelectionModel().select(1);
    }

    /**
     * Imports an image file as X, as the Import button does after its file dialog.
     *
     * @param file the image
     */
    public void importImage(java.nio.file.Path file) {
        inputPanel.imageImport().load(file);
    }

    /**
     * Imports an image file as X at up to 1024x1024, to look at rather than paint on.
     *
     * @param file the image
     */
    public void importImageForViewing(java.nio.file.Path file) {
        inputPanel.imageImport().load(file, ImageImport.MAX_VIEW_SIDE);
    }

    private void changed(WorkspaceState s) {
        live.request(s);
        inputDirty = true;
        Platform.requestNextPulse();
    }

    /** Once a frame, before layout: the newest X and Y to the screen. */
    private void frame() {
        if (inputDirty) {
            inputDirty = false;
            inputPanel.show(workspace.state());
        }
        LiveOutput.Result r = live.poll();
        if (r != null) {
            shown.set(r);
        }
        if (shown.get() == null || shown.get().state() != workspace.state()) {
            // Y is still being computed in the background: look again next frame
            Platform.requestNextPulse();
        }
    }

    private String formula(LiveOutput.Result r) {
        WorkspaceState s = r.state();
        // with channels, the shapes PyTorch gives: C_in x H x W, C_out x C_in x kh x kw, C_out x OH x OW
        String xChannels = s.singleChannel() ? "" : s.inputChannels() + "x";
        String kChannels = s.singleChannel() ? "" : s.outputChannels() + "x" + s.inputChannels() + "x";
        String yChannels = s.singleChannel() ? "" : s.outputChannels() + "x";
        String x = (xChannels + Shapes.of(s.input())).replace('x', '\u00d7');
        String k = (kChannels + Shapes.of(s.kernel())).replace('x', '\u00d7');
        String shapes = r.hasOutput()
                ? texts.format("shapes.formula", x, k, (yChannels + Shapes.of(r.output())).replace('x', '\u00d7'))
                : texts.format("shapes.formula.none", x, k);
        return s.geometry().isValid() ? shapes
                : texts.format("shapes.geometry", shapes, ShapeFormula.rows(s), ShapeFormula.cols(s));
    }

    private TabPane explanation() {
        Label caption = Controls.label("", "explain-caption");
        caption.setId("explain-caption");
        caption.textProperty().bind(provenance.captionProperty());
        caption.setWrapText(true);
        arithmetic.setId("arithmetic");
        arithmetic.setMinHeight(Region.USE_PREF_SIZE);
        arithmetic.textProperty().bind(provenance.arithmeticProperty());
        VBox where = new VBox(caption, arithmetic, slide.controls());
        where.getStyleClass().add("explain-box");
        // the arithmetic of several channels takes a line each: the words scroll inside the tab rather
        // than push the panels away or be cut
        ScrollPane whereScroll = new ScrollPane(where);
        whereScroll.setFitToWidth(true);
        whereScroll.getStyleClass().add("where-scroll");
        Tab whereTab = new Tab(texts.get("explain.tab"), whereScroll);
        whereTab.setId("tab-where");
        // W and im2col of several channels can be taller than the tab: they scroll in it, never past it
        ScrollPane matrixScroll = new ScrollPane(matrixView);
        matrixScroll.setFitToWidth(true);
        matrixScroll.setFitToHeight(true);
        matrixScroll.getStyleClass().add("where-scroll");
        Tab matrixTab = new Tab(texts.get("matrix.tab"), matrixScroll);
        matrixTab.setId("tab-matrix");
        // the pooling stage sits in a tab of its own, so while it is off it takes no room
        // Z, its controls and its words scroll inside the tab rather than push the window's bottom away
        ScrollPane poolingScroll = new ScrollPane(pooling);
        // zoomed in, its rows of spinners keep their width and scroll sideways rather than be squeezed
        poolingScroll.setFitToWidth(false);
        poolingScroll.getStyleClass().add("pooling-scroll");
        Tab poolingTab = new Tab(texts.get("pooling.tab"), poolingScroll);
        poolingTab.setId("tab-pooling");
        poolingSwitch = workspace.stateProperty().subscribe((before, now) -> {
            if (now.pooling().on() && !before.pooling().on()) {
                explanationTabs.getSelectionModel().select(poolingTab);
            }
        });
        TabPane tabs = new ExplanationTabs(whereTab, matrixTab, poolingTab);
        explanationTabs = tabs;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("explain-tabs");
        tabs.setMinHeight(Region.USE_PREF_SIZE);
        // W needs room to be read: the explanation grows while its tab is open.
        matrixTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                tabs.getStyleClass().add("matrix-open");
            } else {
                tabs.getStyleClass().remove("matrix-open");
            }
        });
        // so does Z while the pooling tab is open
        poolingTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                tabs.getStyleClass().add("pooling-open");
            } else {
                tabs.getStyleClass().remove("pooling-open");
            }
        });
        if (workspace.state().pooling().on()) {
            // a session opened or a window rebuilt in another language with the stage on shows it
            tabs.getSelectionModel().select(poolingTab);
        }
        return tabs;
    }
}
