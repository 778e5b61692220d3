package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void fixedRoundsLikePython() {
        assertEquals("0.125", MatrixText.fixed(0.125, 3));
        assertEquals("0.12", MatrixText.fixed(0.125, 2), "exact tie rounds half to even");
        assertEquals("0.13", MatrixText.fixed(0.1251, 2));
        assertEquals("4.573", MatrixText.fixed(4.5729999, 3));
        assertEquals("-0.000", MatrixText.fixed(-0.0001, 3));
    }
}
