package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.FMatrixRMaj;
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
}
