package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvMatrixReaderTest {
    @Test
    void readsCommasWhitespaceCommentsAndBlankLines() throws MatrixFormatException {
        FMatrixRMaj m = CsvMatrixReader.parse("X.csv", "# the input\n\n1, 2,3\r\n4 5\t6\n\n");
        assertEquals(2, m.numRows);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, m.data);
    }

    @Test
    void readsNegativeAndExponentValues() throws MatrixFormatException {
        assertArrayEquals(new float[] {-0.5f, 1e-3f, 2.5e2f, .5f},
                CsvMatrixReader.parse("K", "-0.5,1e-3,+2.5E2,.5").data);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1,2\\n3,x         | X.csv:2:3: 'x' is not a number",
        "1,2\\n3           | X.csv:2:1: row has 1 values but line 1 has 2; every row must have the same length",
        "# only a comment\\n | X.csv: the file has no numbers; write one row of values a line",
        "1,,2             | X.csv:1:3: a value is missing before this comma",
        "1,2,             | X.csv:1:4: a value is missing after the last comma",
        "1e99             | X.csv:1:1: '1e99' is too large for a float (at most 3.4028235E38)",
        "NaN              | X.csv:1:1: 'NaN' is not a number",
        "0x10             | X.csv:1:1: '0x10' is not a number",
    })
    void badTextIsLocated(String text, String message) {
        MatrixFormatException e = assertThrows(MatrixFormatException.class,
                () -> CsvMatrixReader.parse("X.csv", text.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
    }

    @Test
    void byteOrderMarkOfExcelsCsvUtf8IsSkipped() throws MatrixFormatException {
        FMatrixRMaj m = CsvMatrixReader.parse("X.csv", "\ufeff1,2\n3,4\n");
        assertArrayEquals(new float[] {1, 2, 3, 4}, m.data);
    }

    private static String refused(String text) {
        return assertThrows(MatrixFormatException.class, () -> CsvMatrixReader.parse("X.csv", text)).getMessage();
    }

    @Test
    void invisibleCharactersAreShownAsEscapes() {
        assertEquals("X.csv:1:1: '1\\u00a02' is not a number", refused("1\u00a02"));
        assertEquals("X.csv:1:1: '1\\u200b' is not a number", refused("1\u200b"));
        assertEquals("X.csv:1:1: '1\\0' is not a number", refused("1\0"));
        assertEquals("X.csv:1:3: '\\ufeff1' is not a number", refused("2,\ufeff1"));
    }

    @Test
    void longBadTokenIsQuotedByItsStartAndLength() {
        String token = "1".repeat(40_000) + "x";
        MatrixFormatException e = assertThrows(MatrixFormatException.class,
                () -> CsvMatrixReader.parse("X.csv", "0," + token));
        assertEquals("X.csv:1:3: '" + "1".repeat(40) + "...' (40001 characters) is not a number", e.getMessage());
    }

    @Test
    void moreValuesThanAMatrixMayHoldAreRefusedAtTheValueThatOverflows() {
        Reader endless = new Reader() {
            private long written;

            @Override
            public int read(char[] buf, int off, int len) {
                for (int i = 0; i < len; i++) {
                    buf[off + i] = written++ % 2 == 0 ? '0' : '\n';
                }
                return len;
            }

            @Override
            public void close() {
            }
        };
        MatrixFormatException e = assertThrows(MatrixFormatException.class,
                () -> CsvMatrixReader.read("X.csv", endless));
        assertEquals("X.csv:16777217:1: more than 16777216 values; a matrix may hold at most 16777216 (4096x4096)",
                e.getMessage());
    }
}
