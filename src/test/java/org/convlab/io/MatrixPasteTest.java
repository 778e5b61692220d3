package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixPasteTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1,-1 | 1 | 2 | 1,-1",
        "\"1 2\\n3 4\" | 2 | 2 | 1,2,3,4",
        "torch.tensor([[1., -1.]]) | 1 | 2 | 1,-1",
        "\"tensor([[ 0.9852, -1.0010]])\" | 1 | 2 | 0.9852,-1.0010",
        "\"torch.tensor([[0.0, 1.0],\\n        [2.0, 3.0]])\" | 2 | 2 | 0,1,2,3",
        "\"torch.tensor([[1.0, 2.0]], dtype=torch.float32)\" | 1 | 2 | 1,2",
        "[[1, 2], [3, 4], [5, 6]] | 3 | 2 | 1,2,3,4,5,6",
        "[1, -2, 1] | 1 | 3 | 1,-2,1",
    })
    void acceptsCsvWhitespaceAndTensorLiterals(String text, int rows, int cols, String values)
            throws MatrixFormatException {
        FMatrixRMaj m = MatrixPaste.parse(text.replace("\\n", "\n"));
        assertEquals(rows, m.numRows);
        assertEquals(cols, m.numCols);
        String[] v = values.split(",");
        float[] expected = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            expected[i] = Float.parseFloat(v[i]);
        }
        assertArrayEquals(expected, m.data);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "hello world | clipboard:1:1: 'hello' is not a number",
        "\"torch.tensor([[[1.]]])\" | clipboard: a tensor literal must be 2-D, like torch.tensor([[1, -1]])",
        "\"[[1, 2], [3]]\" | clipboard: row 2 of the tensor has 1 values but row 1 has 2; every row must have the same length",
        "\"torch.tensor([[1, 2], [3, x]])\" | clipboard: row 2 of the tensor: 'x' is not a number",
        "\"[[1, 2]\" | clipboard: a tensor literal must be 2-D, like torch.tensor([[1, -1]])",
        "\"\" | clipboard: the file has no numbers; write one row of values a line",
    })
    void refusesAnythingElseWithAMessage(String text, String message) {
        assertEquals(message, assertThrows(MatrixFormatException.class, () -> MatrixPaste.parse(text)).getMessage());
    }

    /** PyTorch's print of a 2 x 2 x 3 tensor, blank line between the channels. */
    private static final String PRINTED = "tensor([[[ 0.,  1.,  2.],\n         [ 3.,  4.,  5.]],\n\n"
            + "        [[ 6.,  7.,  8.],\n         [ 9., 10., 11.]]])";

    @Test
    void aPrintedStackIsOneMatrixPerChannel() throws MatrixFormatException {
        List<FMatrixRMaj> stack = MatrixPaste.parseStack(PRINTED);
        assertEquals(2, stack.size());
        for (int c = 0; c < 2; c++) {
            assertEquals(2, stack.get(c).numRows);
            assertEquals(3, stack.get(c).numCols);
            for (int i = 0; i < 6; i++) {
                assertEquals(c * 6 + i, stack.get(c).data[i]);
            }
        }
    }

    @Test
    void aBatchOfOneIsTheStackInsideIt() throws MatrixFormatException {
        List<FMatrixRMaj> stack = MatrixPaste.parseStack("torch.tensor([[[[1.0, 2.0]], [[3.0, 4.0]], [[5.0, -6.0]]]])");
        assertEquals(3, stack.size());
        assertArrayEquals(new float[] {5, -6}, stack.get(2).data);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1,-1",
        "torch.tensor([[1., -1.]])",
        "[[[1, -1]]]",
    })
    void aMatrixIsAStackOfOneChannel(String text) throws MatrixFormatException {
        List<FMatrixRMaj> stack = MatrixPaste.parseStack(text);
        assertEquals(1, stack.size());
        assertArrayEquals(new float[] {1, -1}, stack.get(0).data);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"[[[1, 2]], [[3, 4], [5, 6]]]\" | clipboard: channel 1 of the tensor is 2x2 but channel 0 is 1x2; every channel must have the same shape",
        "\"[[[1, 2]], [3, 4]]\" | clipboard: channel 1 of the tensor is not a matrix; every entry of a C x H x W tensor is a list of rows",
        "\"[[[1, 2]], 7]\" | clipboard: the tensor mixes numbers and lists at its outer level; every entry of a C x H x W tensor is a matrix",
        "\"[[[[1]]], [[[2]]]]\" | clipboard: a 4-D tensor holds 2 inputs; paste one input, C x H x W or 1 x C x H x W",
        "\"[[[1, 2]], [[3, x]]]\" | clipboard: channel 1, row 1 of the tensor: 'x' is not a number",
        "\"[[[1, 2]], [[3, 4]]\" | clipboard: a tensor literal must be 2-D, like torch.tensor([[1, -1]])",
    })
    void aStackOfUnequalOrRaggedChannelsIsRefused(String text, String message) {
        assertEquals(message, assertThrows(MatrixFormatException.class, () -> MatrixPaste.parseStack(text))
                .getMessage());
    }
}
