package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.convlab.io.CsvMatrixReader;
import org.convlab.io.MatrixFormatException;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.Test;

/** The chapter's worked examples, exactly. */
class ChapterTest {
    private static FMatrixRMaj csv(String name) throws MatrixFormatException {
        return CsvMatrixReader.parse(name, Golden.text("d2l/" + name));
    }

    @Test
    void crossCorrelationExampleGivesTheBooksOutput() throws MatrixFormatException {
        assertArrayEquals(csv("corr2d_X.csv").data, Chapter.exampleInput().data);
        assertArrayEquals(csv("corr2d_K.csv").data, Chapter.exampleKernel().data);
        assertArrayEquals(csv("corr2d_Y.csv").data,
                CrossCorrelation.corr2d(Chapter.exampleInput(), Chapter.exampleKernel()).data);
    }

    @Test
    void edgeImageGivesPlusOneAndMinusOneColumns() throws MatrixFormatException {
        assertArrayEquals(csv("edge_X.csv").data, Chapter.edgeImage().data);
        assertArrayEquals(csv("edge_K.csv").data, Chapter.edgeKernel().data);
        FMatrixRMaj y = CrossCorrelation.corr2d(Chapter.edgeImage(), Chapter.edgeKernel());
        assertEquals(6, y.numRows);
        assertArrayEquals(csv("edge_Y.csv").data, y.data);
    }

    @Test
    void transposedEdgeImageGivesZeros() throws MatrixFormatException {
        FMatrixRMaj y = CrossCorrelation.corr2d(CommonOps_FDRM.transpose(Chapter.edgeImage(), null),
                Chapter.edgeKernel());
        FMatrixRMaj expected = csv("edge_transposed_Y.csv");
        assertEquals(8, y.numRows);
        assertEquals(5, y.numCols);
        assertArrayEquals(expected.data, y.data);
    }

    @Test
    void booksRunPrintsTheChaptersTenLinesAndKernel() {
        FMatrixRMaj x = Chapter.edgeImage();
        Trainer t = new Trainer(x, CrossCorrelation.corr2d(x, Chapter.edgeKernel()), KernelInit.bookRun(), false,
                Chapter.LEARNING_RATE);
        List<String> lines = t.run(Chapter.EPOCHS).stream().map(TrainingLog::line).toList();
        List<String> expected = Golden.text("d2l/train_seed_run.txt").lines().filter(l -> l.startsWith("epoch"))
                .toList();
        assertEquals(expected, lines);
        assertEquals("tensor([[ 0.9852, -1.0010]])", TorchFormat.tensor(t.kernel()));
    }
}
