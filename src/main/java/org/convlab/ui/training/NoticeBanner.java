package org.convlab.ui.training;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convlab.model.training.Notice;
import org.convlab.model.training.TrainingSession;
import org.convlab.ui.Texts;

/** The session's message (divergence, convergence, a setup problem) and the stale-workspace hint. */
final class NoticeBanner {
    private final VBox root = new VBox();
    private final Label notice = new Label();
    private final Label stale = new Label();

    NoticeBanner(TrainingSession session, Texts texts) {
        notice.setId("notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice");
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notice.setMinWidth(0);
        stale.setMinWidth(0);
        root.setMinWidth(0);
        stale.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setMargin(notice, new javafx.geometry.Insets(0, 0, 8, 0));
        VBox.setMargin(stale, new javafx.geometry.Insets(0, 0, 8, 0));
        stale.setId("staleNotice");
        stale.setWrapText(true);
        stale.getStyleClass().addAll("notice", "notice-warning");
        stale.setText(texts.get("stale"));
        stale.visibleProperty().bind(session.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        notice.managedProperty().bind(notice.visibleProperty());
        session.noticeProperty().addListener((obs, before, after) -> show(after, texts));
        show(session.noticeProperty().get(), texts);
        root.getChildren().addAll(notice, stale);
        root.getStyleClass().add("notice-area");
    }

    VBox root() {
        return root;
    }

    private void show(Notice n, Texts texts) {
        notice.getStyleClass().removeAll("notice-info", "notice-warning", "notice-error");
        if (n == null) {
            notice.setText("");
            notice.setVisible(false);
            return;
        }
        notice.setText(texts.format(n.key(), n.args().toArray()));
        notice.getStyleClass().add("notice-" + n.severity().name().toLowerCase(java.util.Locale.ROOT));
        notice.setVisible(true);
    }
}
