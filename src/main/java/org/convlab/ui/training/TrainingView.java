package org.convlab.ui.training;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.model.Workspace;
import org.convlab.model.training.TrainingSession;
import org.convlab.model.training.TrainingTask;
import org.convlab.ui.ScrollingPage;
import org.convlab.ui.Texts;

/**
 * The training tab: section 6.2.4 of the chapter made visible. From the workspace's X and
 * Y = corr2d(X, K_true) + b_true a kernel is learned by gradient descent while the student watches
 * the kernel walk toward K_true, the error fade, the loss fall and the path cross the landscape.
 * With channels (D2L 6.4) a whole bank is learned and shown as a grid of kernels. This class only
 * arranges the panels; the session holds the state.
 */
public final class TrainingView {
    private final TrainingSession session;
    private final BorderPane root = new BorderPane();
    private final ScrollPane page;
    private final SetupPane setup;
    private final LandscapePanel landscape;
    private final LossChart chart;
    private final Texts texts;
    private final Label bankNote = new Label();

    /**
     * The view of a new session on the chapter's settings.
     *
     * @param workspace where X, K_true and b_true come from
     */
    public TrainingView(Workspace workspace) {
        this(workspace, new TrainingSession(workspace));
    }

    /**
     * The view of a session.
     *
     * @param workspace the session's workspace
     * @param session   the session shown
     */
    public TrainingView(Workspace workspace, TrainingSession session) {
        this.session = session;
        texts = Texts.of("training");
        landscape = new LandscapePanel(session, texts);
        chart = new LossChart(session, texts);

        setup = new SetupPane(session, workspace, texts);
        VBox settings = new VBox(new RunSettingsPane(session, texts).root(), setup.root());
        settings.getStyleClass().add("settings-column");
        ScrollPane settingsScroll = new ScrollPane(settings);
        settingsScroll.setFitToWidth(true);
        settingsScroll.getStyleClass().add("settings-scroll");
        // As tall as the settings need; the log below gives way first, then the settings scroll.
        settingsScroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> settings.prefHeight(settingsScroll.getViewportBounds().getWidth()), settings.layoutBoundsProperty(),
                settingsScroll.viewportBoundsProperty()));
        LogPanel log = new LogPanel(session, texts);
        VBox.setVgrow(log.root(), Priority.ALWAYS);
        VBox left = new VBox(settingsScroll, log.root());
        left.getStyleClass().add("training-side");
        // the settings take their CSS width, but never more than a third of the tab: at high zoom the charts
        // beside them keep room too
        left.maxWidthProperty().bind(root.widthProperty().multiply(0.34));

        // Numbers on the left (kernel, error map, loss curve), the landscape large on the right.
        VBox kernels = new KernelPanel(session, texts).root();
        VBox bank = new BankPanel(session, texts).root();
        VBox errors = new ErrorPanel(session, texts).root();
        kernels.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        bank.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        errors.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox numbers = new VBox(kernels, bank, errors, chart.root());
        // Long texts must wrap or clip, never widen the tab beyond the window.
        numbers.getStyleClass().add("training-numbers");
        VBox.setVgrow(chart.root(), Priority.ALWAYS);
        // side by side, each at least as wide as what it holds: in a small window the tab scrolls instead of
        // laying one over the other
        bankNote.setId("bankLandscapeNote");
        bankNote.setWrapText(true);
        bankNote.getStyleClass().addAll("panel", "hint");
        bankNote.setMaxWidth(280);
        HBox panels = new HBox(numbers, landscape.root(), bankNote);
        panels.getStyleClass().add("training-panels");
        HBox.setHgrow(numbers, Priority.ALWAYS);
        HBox.setHgrow(landscape.root(), Priority.ALWAYS);
        VBox.setVgrow(panels, Priority.ALWAYS);
        VBox center = new VBox(new NoticeBanner(session, texts).root(), panels);
        center.getStyleClass().add("training-center");

        root.setTop(new RunBar(session, texts).root());
        root.setLeft(left);
        root.setCenter(center);
        root.getStyleClass().add("training-view");
        root.getStylesheets().add(TrainingView.class.getResource("training.css").toExternalForm());
        page = ScrollingPage.of(root, "training-page");
        session.taskProperty().addListener((obs, before, after) -> arrange(after, kernels, bank));
        arrange(session.taskProperty().get(), kernels, bank);
    }

    /**
     * One kernel shows as the chapter's: the kernel panel and the landscape. A bank shows its grid of
     * kernels instead, and a note where the landscape would be: it is drawn over two weights of one kernel.
     */
    private void arrange(TrainingTask t, VBox kernels, VBox bank) {
        boolean isBank = t != null && !t.singleChannel();
        show(kernels, !isBank);
        show(landscape.root(), !isBank);
        show(bank, isBank);
        show(bankNote, isBank);
        bankNote.setText(isBank ? texts.format("landscape.bank", t.initialBank().toArray().length) : "");
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
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
     * The session shown.
     *
     * @return the session
     */
    public TrainingSession session() {
        return session;
    }

    LandscapeView landscapeView() {
        return landscape.view();
    }

    LossChart chart() {
        return chart;
    }

    /** Stops following the workspace, as when the window is built again in another language. */
    public void dispose() {
        setup.dispose();
    }
}
