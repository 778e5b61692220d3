package org.convlab.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Session files built to break the loader: a byte order mark, Jackson's limits, rows that are not rows. */
class SessionHostileInputTest {
    private static String refused(String json) {
        return assertThrows(SessionFormatException.class, () -> SessionFile.fromJson("s.convlab", json)).getMessage();
    }

    @Test
    void byteOrderMarkIsSkipped() throws SessionFormatException {
        String json = SessionFile.toJson(SessionFileTest.randomSession(3));
        SessionFileTest.assertSameSession(SessionFileTest.randomSession(3), SessionFile.fromJson("s.convlab",
                "\ufeff" + json));
    }

    @Test
    void nestingLimitIsReportedWhereItIsReached() {
        String message = refused("{\"format\": \"convlab-session\",\n\"workspace\": " + "[".repeat(3000));
        assertTrue(message.startsWith("s.convlab: is not valid JSON at line 2, column "), message);
        assertTrue(message.endsWith("(nested too deeply, or a number or text too long)"), message);
    }

    @Test
    void numberLengthLimitIsReportedWhereItIsReached() {
        String message = refused("{\"format\": \"convlab-session\",\n\n\"version\": " + "1".repeat(5000) + "}");
        assertTrue(message.startsWith("s.convlab: is not valid JSON at line 3, column "), message);
    }

    @Test
    void rowThatIsAnObjectIsCalledSo() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(SessionFile.toJson(SessionFileTest.randomSession(3)));
        ((ObjectNode) root.get("workspace")).set("input", json.readTree("[[1, 2], {\"a\": 1, \"b\": 2}]"));
        assertEquals("s.convlab: \"input\" row 2 is not a list of numbers", refused(root.toString()));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void endlessDeviceIsRefusedBeforeItIsRead() {
        SessionFormatException e = assertThrows(SessionFormatException.class,
                () -> SessionFile.open(Path.of("/dev/zero")));
        assertEquals("zero: is a device, pipe or socket, not a file; save the data to a file first", e.getMessage());
    }
}
