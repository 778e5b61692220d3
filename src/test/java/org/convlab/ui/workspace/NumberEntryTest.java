package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberEntryTest {
    @Test
    void readsDecimalsFractionsAndTheTypographicMinus() {
        assertEquals(-1f, NumberEntry.parse(" -1 "));
        assertEquals(-0.5f, NumberEntry.parse("\u22120.5"));
        assertEquals(0.01f, NumberEntry.parse("1e-2"));
        assertEquals(1 / 9f, NumberEntry.parse("1/9"));
        assertEquals(0.5f, NumberEntry.parse(".5"));
    }

    @Test
    void refusesWhatIsNotAFiniteNumber() {
        for (String s : new String[] {"", "abc", "NaN", "Infinity", "1e99", "1/0", "0x1p3", "1f", "1,5", "--1"}) {
            assertTrue(Float.isNaN(NumberEntry.parse(s)), s);
        }
    }

    @Test
    void writesValuesForEditingWithUpToFourDecimals() {
        assertEquals("-1", NumberEntry.editable(-1f));
        assertEquals("0.1111", NumberEntry.editable(1 / 9f));
        assertEquals("0.0625", NumberEntry.editable(1 / 16f));
        assertEquals("0.5", NumberEntry.editable(0.5f));
        assertEquals("1.0E-5", NumberEntry.editable(1e-5f));
    }
}
