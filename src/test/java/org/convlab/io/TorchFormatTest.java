package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** PyTorch's print format, on the chapter's outputs and on the cases its formatter distinguishes. */
class TorchFormatTest {
    @Test
    void integerTensorsPrintWithATrailingPoint() {
        assertEquals("tensor([[19., 25.],\n        [37., 43.]])",
                TorchFormat.tensor(new FMatrixRMaj(2, 2, true, 19, 25, 37, 43)));
    }

    @Test
    void negativeIntegersWidenEveryElement() {
        assertEquals("tensor([[ 0.,  1., -1.]])", TorchFormat.tensor(new FMatrixRMaj(1, 3, true, 0, 1, -1)));
    }

    @Test
    void fractionsPrintWithFourDecimalsPadded() {
        assertEquals("tensor([[ 0.9852, -1.0010]])",
                TorchFormat.tensor(new FMatrixRMaj(1, 2, true, 0.98519f, -1.00101f)));
    }

    @Test
    void wideRangesSwitchToScientific() {
        assertEquals("tensor([[1.0000e-05, 1.0000e+00]])", TorchFormat.tensor(new FMatrixRMaj(1, 2, true, 1e-5f, 1)));
    }

    @Test
    void longRowsWrapAtEightyColumns() {
        FMatrixRMaj m = new FMatrixRMaj(1, 20);
        m.fill(1);
        assertEquals("tensor([[1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.,\n"
                + "         1., 1.]])", TorchFormat.tensor(m));
    }

    @Test
    void zerosAloneCountAsOneCharacterWideLikePytorch() {
        // PyTorch measures width on nonzero values only, so 20 zeros still fit one line
        FMatrixRMaj m = new FMatrixRMaj(1, 20);
        assertEquals("tensor([[" + "0., ".repeat(19) + "0.]])", TorchFormat.tensor(m));
    }

    @Test
    void biasPrintsAsAVector() {
        assertEquals("tensor([0.5000])", TorchFormat.vector(0.5f));
    }

    @Test
    void fourDimensionalTensorsNestBracketsAndIndentLikeTheBooksPooling() {
        float[] data = new float[32];
        for (int i = 0; i < 16; i++) {
            data[i] = i;
            data[16 + i] = i + 1;
        }
        assertEquals(String.join("\n",
                "tensor([[[[ 0.,  1.,  2.,  3.],",
                "          [ 4.,  5.,  6.,  7.],",
                "          [ 8.,  9., 10., 11.],",
                "          [12., 13., 14., 15.]],",
                "",
                "         [[ 1.,  2.,  3.,  4.],",
                "          [ 5.,  6.,  7.,  8.],",
                "          [ 9., 10., 11., 12.],",
                "          [13., 14., 15., 16.]]]])"), TorchFormat.tensor(new int[] {1, 2, 4, 4}, data));
    }

    @Test
    void aSingleElementKeepsEveryBracket() {
        assertEquals("tensor([[[[10.]]]])", TorchFormat.tensor(new int[] {1, 1, 1, 1}, new float[] {10}));
    }

    @Test
    void threeDimensionalBlocksAreSeparatedByABlankLineAndShareOneWidth() {
        assertEquals(String.join("\n",
                "tensor([[[ 56.,  72.],",
                "         [104., 120.]],",
                "",
                "        [[ 76., 100.],",
                "         [148., 172.]]])"),
                TorchFormat.tensor(new int[] {2, 2, 2}, new float[] {56, 72, 104, 120, 76, 100, 148, 172}));
    }

    @Test
    void blocksOfRankFourAreSeparatedByTwoBlankLines() {
        assertEquals("tensor([[[[0.]]],\n\n\n        [[[0.]]]])", TorchFormat.tensor(new int[] {2, 1, 1, 1}, new float[2]));
    }

    @Test
    void oneDimensionalTensorsHaveOneBracket() {
        assertEquals("tensor([ 1., -2.,  3.])", TorchFormat.tensor(new int[] {3}, new float[] {1, -2, 3}));
    }

    @Test
    void moreThanAThousandElementsAreSummarizedToTheirEdges() {
        float[] ones = new float[2000];
        Arrays.fill(ones, 1);
        assertEquals("tensor([1., 1., 1.,  ..., 1., 1., 1.])", TorchFormat.tensor(new int[] {2000}, ones));
        String row = "[0., 0., 0.,  ..., 0., 0., 0.]";
        String rows = String.join(",\n        ", row, row, row, "...", row, row, row);
        assertEquals("tensor([" + rows + "])", TorchFormat.tensor(new int[] {100, 100}, new float[10_000]));
    }

    @Test
    void exactlyAThousandElementsAreNotSummarized() {
        assertFalse(TorchFormat.tensor(new int[] {1000}, new float[1000]).contains("..."));
    }

    /** torch.arange(2000.): the " ..." counts as an element when rows wrap, so the last one wraps. */
    private static final String SUMMARIZED_ARANGE =
            "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n        1.9990e+03])";

    @Test
    void theStyleOfASummaryComesFromTheShownElementsOnly() {
        float[] arange = new float[2000];
        for (int i = 0; i < arange.length; i++) {
            arange[i] = i;
        }
        assertEquals(SUMMARIZED_ARANGE,
                TorchFormat.tensor(new int[] {2000}, arange));
        arange[1000] = 123456.5f;
        assertEquals(SUMMARIZED_ARANGE,
                TorchFormat.tensor(new int[] {2000}, arange), "a hidden fraction changes nothing");
    }

    @Test
    void scientificNotationRoundsTheBinaryValueHalfToEvenLikePython() {
        assertEquals("tensor([1.0312e+00, 2.0000e-05])", TorchFormat.tensor(new int[] {2}, new float[] {1.03125f, 2e-5f}));
    }

    @Test
    void emptyTensorsShowTheirSizeUnlessOneDimensional() {
        assertEquals("tensor([])", TorchFormat.tensor(new int[] {0}, new float[0]));
        assertEquals("tensor([], size=(0, 3))", TorchFormat.tensor(new int[] {0, 3}, new float[0]));
    }

    @Test
    void aShapeThatDoesNotMatchTheDataIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TorchFormat.tensor(new int[] {2, 2}, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> TorchFormat.tensor(new int[0], new float[1]));
        assertThrows(IllegalArgumentException.class, () -> TorchFormat.tensor(new int[] {-1, -1}, new float[1]));
    }

    @Test
    void fixedRoundsLikePython() {
        assertEquals("0.125", MatrixText.fixed(0.125, 3));
        assertEquals("0.12", MatrixText.fixed(0.125, 2), "exact tie rounds half to even");
        assertEquals("0.13", MatrixText.fixed(0.1251, 2));
        assertEquals("4.573", MatrixText.fixed(4.5729999, 3));
        assertEquals("-0.000", MatrixText.fixed(-0.0001, 3));
    }
}
