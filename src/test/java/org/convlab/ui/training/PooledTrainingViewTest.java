package org.convlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.model.PoolingStage;
import org.convlab.model.Workspace;
import org.convlab.model.training.TrainingSession;
import org.convlab.ui.Texts;
import org.convlab.ui.heatmap.HeatmapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The training pane on a workspace whose pooling stage is on: it trains through the pooling and says how. */
@ExtendWith(ApplicationExtension.class)
class PooledTrainingViewTest {
    private final List<Throwable> fxErrors = new ArrayList<>();
    private TrainingSession session;

    @Start
    void start(Stage stage) {
        Texts.setLocale(Locale.ENGLISH);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        Workspace workspace = new Workspace();
        workspace.change("edit.pooling", s -> s.withPooling(new PoolingStage(true, PoolWindow.sliding(2, 2),
                PoolMode.MAX)));
        TrainingView view = new TrainingView(workspace);
        session = view.session();
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(org.convlab.ui.ConvLabApp.class.getResource("convlab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void noErrorReachedTheFxThread(FxRobot robot) {
        robot.interact(session::pause);
        assertEquals(List.of(), fxErrors);
    }

    @Test
    void theTargetIsZTheNoticeExplainsMaxPoolingAndSteppingLogsTheEpoch(FxRobot robot) {
        HeatmapView target = robot.lookup("#targetY").queryAs(HeatmapView.class);
        assertEquals(5, target.matrix().numRows);
        assertEquals(6, target.matrix().numCols);
        assertEquals("Target Z = pool(corr2d(X, K_true) + b_true)",
                robot.lookup("#error-target-title").queryAs(Label.class).getText());
        String notice = robot.lookup("#notice").queryAs(Label.class).getText();
        assertTrue(notice.startsWith("Training through the 2x2 max pooling"), notice);
        // corr2d's quadratic landscape is not the loss through a pooling: the panel says so instead
        assertTrue(robot.lookup(".placeholder").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((Label) n).getText().startsWith("Through a pooling stage the loss")));
        robot.clickOn("#step");
        ListView<String> log = robot.lookup("#log").queryListView();
        assertEquals(1, log.getItems().size());
        assertTrue(log.getItems().get(0).startsWith("epoch 1"), log.getItems().get(0));
        HeatmapView error = robot.lookup("#errorMap").queryAs(HeatmapView.class);
        assertEquals(5, error.matrix().numRows);
    }
}
