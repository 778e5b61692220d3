package org.convlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.KernelPreset;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class ArithmeticTest {
    private final WorkspaceState chapter = new WorkspaceState(Chapter.edgeImage(), Chapter.edgeKernel(), 0);

    @Test
    void writesTheChaptersEdgeCell() {
        assertEquals("1\u00d71 + 0\u00d7(\u22121) + bias 0 = 1", Arithmetic.of(chapter, 0, 1, "bias", "pad"));
        assertEquals("0\u00d71 + 1\u00d7(\u22121) + bias 0 = \u22121", Arithmetic.of(chapter, 3, 5, "bias", "pad"));
    }

    @Test
    void writesNegativeBiasAndDecimals() {
        WorkspaceState s = chapter.withBias(-0.5f).withKernel(new FMatrixRMaj(1, 1, true, 0.25f));
        assertEquals("1\u00d70.25 + bias \u22120.50 = \u22120.25", Arithmetic.of(s, 0, 0, "bias", "pad"));
    }

    @Test
    void largeKernelsShowTheFirstTermsAnEllipsisAndTheLastTerm() {
        WorkspaceState s = chapter.withKernel(KernelPreset.SOBEL_X.kernel());
        String text = Arithmetic.of(s, 0, 0, "bias", "pad");
        assertTrue(text.startsWith("1\u00d7(\u22121) + 1\u00d70 + 0\u00d71 + 1\u00d7(\u22122) + 1\u00d70 + \u2026 + "
                + "0\u00d71 + bias 0 = \u22124"), text);
    }

    @Test
    void theWrittenSumIsTheComputedOutput() {
        WorkspaceState s = chapter.withKernel(KernelPreset.BOX_BLUR.kernel()).withBias(0.1f);
        FMatrixRMaj y = CrossCorrelation.corr2d(s.input(), s.kernel(), s.bias(), null);
        for (int j = 0; j < y.numCols; j++) {
            String text = Arithmetic.of(s, 1, j, "b", "pad");
            assertTrue(text.endsWith("= " + ValueText.result(y.get(1, j))), text);
        }
    }

    @Test
    void paddedZerosAreNamedAsSuch() {
        WorkspaceState s = chapter.withGeometry(new ConvGeometry(0, 1, 1, 1, 1, 1));
        // Y[0, 0] reads the left border's zero and X[0, 0] = 1
        assertEquals("(pad 0)\u00d71 + 1\u00d7(\u22121) + bias 0 = \u22121", Arithmetic.of(s, 0, 0, "bias", "pad"));
    }

    @Test
    void theWrittenSumIsTheComputedOutputWithPaddingStrideAndDilation() {
        WorkspaceState s = chapter.withKernel(KernelPreset.BOX_BLUR.kernel()).withBias(0.1f)
                .withGeometry(new ConvGeometry(2, 1, 2, 3, 2, 1));
        FMatrixRMaj y = CrossCorrelation.corr2d(s.input(), s.kernel(), s.bias(), s.geometry(), null);
        for (int i = 0; i < y.numRows; i++) {
            for (int j = 0; j < y.numCols; j++) {
                String text = Arithmetic.of(s, i, j, "b", "pad");
                assertTrue(text.endsWith("= " + ValueText.result(y.get(i, j))), text);
            }
        }
    }
}
