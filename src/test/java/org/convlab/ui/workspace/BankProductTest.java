package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.Im2col;
import org.convlab.core.KernelBank;
import org.convlab.model.LiveOutput;
import org.convlab.model.PoolingStage;
import org.convlab.model.ValueText;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.heatmap.GridCell;
import org.convlab.ui.heatmap.HeatmapView;
import org.convlab.ui.heatmap.HeatmapView.CellRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BankProductTest extends WorkspaceFixture {
    private final Random random = new Random(12);

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void severalChannelsAreDrawnAsWeightsTimesTheIm2colMatrix(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        // 3x5x5 into 2 output channels, 3x3 kernels, padding 1 and stride 2: Y is 2x3x3
        ConvGeometry g = new ConvGeometry(1, 1, 2, 2, 1, 1);
        WorkspaceState s = state(ChannelStack.fromArray(3, 5, 5, values(75)), KernelBank.fromArray(2, 3, 3, 3,
                values(54)), g);
        LiveOutput.Result r = show(s);
        HeatmapView w = node("#bank-weights", HeatmapView.class);
        HeatmapView x = node("#bank-columns", HeatmapView.class);
        HeatmapView y = node("#bank-outputs", HeatmapView.class);
        assertArrayEquals(Im2col.weights(s.bank()).data, w.matrix().data, 0f);
        assertArrayEquals(Im2col.columns(s.stack(), 3, 3, g).data, x.matrix().data, 0f);
        assertEquals(27, x.matrix().numRows);
        assertEquals(9, x.matrix().numCols);
        assertEquals(2, y.matrix().numRows);
        assertEquals(r.output(1).get(1, 2), y.matrix().get(1, 5));
        assertFalse(node("#matrix-product", Node.class).isVisible());
        assertTrue(node("#bank-product", Node.class).isVisible());
        assertEquals("W  (2\u00d727)", labelled("W  ("));
        assertEquals("im2col(X)  (27\u00d79)", labelled("im2col(X)"));
        assertContains("Y = W \u00b7 im2col(X)", text("#matrix-text"));
        for (HeatmapView v : List.of(w, x, y)) {
            assertTrue(fx(v::numberFontSize) >= 10, v.getId() + " writes its numbers legibly");
        }

        robot.moveTo(visible(w, 1, 13));
        await(() -> text("#matrix-text").startsWith("W[1, 13]"));
        // column 13 is tap (1, 1) of input channel 1, named c1
        assertContains("is kernel K[1, c1] at tap (1, 1)", text("#matrix-text"));
        assertTrue(x.highlightsProperty().get().contains(new CellRange(13, 0, 1, 9, true)));
        assertTrue(y.highlightsProperty().get().contains(new CellRange(1, 0, 1, 9, true)));

        robot.moveTo(visible(x, 13, 4));
        await(() -> text("#matrix-text").startsWith("im2col(X)[13, 4]"));
        // output cell (1, 1) with stride 2 and padding 1: tap (1, 1) reads X[c1] at (2, 2)
        assertContains("for Y at (1, 1) reads X[c1] at (2, 2)", text("#matrix-text"));
        assertContains(ValueText.result(s.input(1).get(2, 2)), text("#matrix-text"));
        robot.moveTo(visible(x, 0, 0));
        await(() -> text("#matrix-text").startsWith("im2col(X)[0, 0]"));
        assertContains("falls on the padding", text("#matrix-text"));

        robot.moveTo(visible(y, 1, 4));
        await(() -> text("#matrix-text").startsWith("Y[1] at (1, 1)"));
        assertContains("row 1 of W times column 4 of the im2col matrix", text("#matrix-text"));
    }

    @Test
    void anInputCellIsOutlinedWhereverAWindowCopiesIt(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        ConvGeometry g = new ConvGeometry(1, 1, 2, 2, 1, 1);
        show(state(ChannelStack.fromArray(3, 5, 5, values(75)), KernelBank.fromArray(2, 3, 3, 3, values(54)), g));
        BankProduct bank = node("#bank-product", BankProduct.class);
        HeatmapView x = node("#bank-columns", HeatmapView.class);
        robot.interact(() -> bank.explain(null, 2, new GridCell(1, 1)));
        // X[2] at (1, 1) is read by the windows of Y at (0, 0), (0, 1), (1, 0) and (1, 1): taps (2, 2), (2, 0), (0, 2), (0, 0)
        assertContains("X[c2] at (1, 1) is copied into the im2col matrix 4 times", text("#matrix-text"));
        List<CellRange> accents = x.highlightsProperty().get().stream().filter(CellRange::accent).toList();
        assertEquals(List.of(new CellRange(18, 4, 1, 1, true), new CellRange(20, 3, 1, 1, true),
                new CellRange(24, 1, 1, 1, true), new CellRange(26, 0, 1, 1, true)), accents);
        robot.interact(() -> bank.explain(new GridCell(2, 1), 0, null));
        assertContains("Column 7 holds every value the windows of Y at (2, 1) read", text("#matrix-text"));
    }

    @Test
    void oneByOneBankIsTheBooksProductOfKAndX(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        ChannelStack stack = ChannelStack.fromArray(3, 3, 4, values(36));
        WorkspaceState s = state(stack, KernelBank.fromArray(2, 3, 1, 1, values(6)), ConvGeometry.VALID);
        show(s);
        HeatmapView x = node("#bank-columns", HeatmapView.class);
        assertArrayEquals(stack.toArray(), x.matrix().data, 0f);
        assertEquals("K  (2\u00d73)", labelled("K  ("));
        assertEquals("X  (3\u00d712)", labelled("X  ("));
        assertContains("Y = K \u00b7 X, the 1\u00d71 convolution", text("#matrix-text"));
        robot.moveTo(visible(node("#bank-weights", HeatmapView.class), 1, 2));
        await(() -> text("#matrix-text").startsWith("K[1, c2]"));
        assertContains("the weight of input channel c2 in output channel 1", text("#matrix-text"));
    }

    @Test
    void oneChannelKeepsTheChaptersMatrixView(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        show(state(ChannelStack.fromArray(2, 3, 4, values(24)), KernelBank.fromArray(1, 2, 1, 1, values(2)),
                ConvGeometry.VALID));
        robot.interact(() -> workspace.change("test", s -> new WorkspaceState(s.input(), s.kernel(), 0f)));
        awaitOutput();
        await(() -> node("#matrix-product", Node.class).isVisible());
        assertFalse(node("#bank-product", Node.class).isVisible());
        assertEquals(12, node("#matrix-heatmap", HeatmapView.class).matrix().numCols);
    }

    @Test
    void theProductGetsTheWidthAndTheSentenceWrapsBesideIt(FxRobot robot) {
        this.robot = robot;
        awaitOutput();
        // the chapter's 6x8 start: W is 42x48 and the sentence about it one long line
        robot.clickOn("#tab-matrix");
        HeatmapView w = node("#matrix-heatmap", HeatmapView.class);
        await(() -> w.matrix() != null);
        double scroll = fx(() -> node(".matrix-scroll", ScrollPane.class).getWidth());
        double sentence = fx(() -> node("#matrix-text", Label.class).getWidth());
        assertTrue(scroll > 1.5 * sentence, "product " + scroll + " px beside a sentence of " + sentence + " px");
    }

    private LiveOutput.Result show(WorkspaceState s) {
        robot.interact(() -> workspace.change("test", old -> s));
        LiveOutput.Result r = awaitOutput();
        robot.clickOn("#tab-matrix");
        await(() -> node("#bank-product", Node.class).isVisible());
        return r;
    }

    /** Scrolls the product as a user would until the cell is in view, and gives its centre on screen. */
    private Point2D visible(HeatmapView view, int row, int column) {
        ScrollPane scroll = node(".matrix-scroll", ScrollPane.class);
        // off the product first: a cell scrolled under a pointer that stays put gets no move event
        robot.moveTo(node("#matrix-text", Label.class));
        robot.interact(() -> {
            Bounds content = scroll.getContent().getLayoutBounds();
            Bounds port = scroll.getViewportBounds();
            Point2D at = scroll.getContent().sceneToLocal(view.localToScene(view.cellCenter(row, column)));
            scroll.setHvalue(Math.max(0, Math.min(1, (at.getX() - port.getWidth() / 2)
                    / Math.max(1, content.getWidth() - port.getWidth()))));
            scroll.setVvalue(Math.max(0, Math.min(1, (at.getY() - port.getHeight() / 2)
                    / Math.max(1, content.getHeight() - port.getHeight()))));
        });
        return cell(view, row, column);
    }

    private String labelled(String start) {
        return robot.lookup(".matrix-name").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.startsWith(start)).findFirst().orElseThrow();
    }

    private static WorkspaceState state(ChannelStack x, KernelBank k, ConvGeometry g) {
        return WorkspaceState.of(x, null, k, new float[k.outputs()], g, PoolingStage.OFF);
    }

    private float[] values(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round(random.nextGaussian() * 10) / 10f;
        }
        return v;
    }
}
