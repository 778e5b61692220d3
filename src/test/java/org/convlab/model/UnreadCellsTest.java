package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class UnreadCellsTest {
    private final WorkspaceState chapter = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0);

    @Test
    void theChaptersLayerReadsEveryCell() {
        assertEquals(List.of(), UnreadCells.of(chapter));
    }

    @Test
    void aStrideWiderThanTheKernelSkipsColumnsAndTheFloorSkipsTheLastRows() {
        // the book's last 6.3 layer: 3x5 kernel, padding (0, 1), stride (3, 4) on 8x8
        WorkspaceState s = new WorkspaceState(new FMatrixRMaj(8, 8), new FMatrixRMaj(3, 5), 0,
                new ConvGeometry(0, 1, 3, 4, 1, 1));
        assertEquals(List.of(new CellBlock(6, 0, 2, 8)), UnreadCells.of(s));
        WorkspaceState wide = chapter.withGeometry(new ConvGeometry(0, 0, 1, 3, 1, 1));
        // windows at columns 0-1, 3-4 and 6-7: columns 2 and 5 are skipped
        assertEquals(List.of(new CellBlock(0, 2, 6, 1), new CellBlock(0, 5, 6, 1)), UnreadCells.of(wide));
    }

    @Test
    void everyUnreadCellFeedsNoOutputAndEveryOtherFeedsOne() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            WorkspaceState s = new WorkspaceState(new FMatrixRMaj(1 + random.nextInt(9), 1 + random.nextInt(9)),
                    new FMatrixRMaj(1 + random.nextInt(3), 1 + random.nextInt(3)), 0,
                    new ConvGeometry(random.nextInt(2), random.nextInt(2), 1 + random.nextInt(4), 1 + random.nextInt(4),
                            1 + random.nextInt(3), 1 + random.nextInt(3)));
            if (!s.kernelFits()) {
                continue;
            }
            List<CellBlock> unread = UnreadCells.of(s);
            for (int r = 0; r < s.input().numRows; r++) {
                for (int c = 0; c < s.input().numCols; c++) {
                    int row = r;
                    int col = c;
                    boolean skipped = unread.stream().anyMatch(b -> row >= b.top() && row < b.top() + b.rows()
                            && col >= b.left() && col < b.left() + b.cols());
                    assertEquals(skipped, CellBlock.outputsFedBy(s, r, c).isEmpty(), s + " cell " + r + "," + c);
                }
            }
        }
    }
}
