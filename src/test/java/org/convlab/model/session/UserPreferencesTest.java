package org.convlab.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("org/convlab/test-" + System.nanoTime());
    private final UserPreferences prefs = new UserPreferences(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void recentFilesAreNewestFirstUniqueAndBounded() {
        for (int i = 0; i < 10; i++) {
            prefs.addRecentFile(Path.of("/lessons/l" + i + ".convlab"));
        }
        prefs.addRecentFile(Path.of("/lessons/l5.convlab"));
        List<Path> recent = prefs.recentFiles();
        assertEquals(UserPreferences.RECENT_LIMIT, recent.size());
        assertEquals(Path.of("/lessons/l5.convlab"), recent.get(0));
        assertEquals(Path.of("/lessons/l9.convlab"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.endsWith("l5.convlab")).count());
        assertEquals(Path.of("/lessons"), prefs.lastFolder().orElseThrow());
    }

    @Test
    void numbersAndWordsPersist() {
        prefs.setNumber("zoom", 1.5);
        prefs.setText("language", "zh_CN");
        UserPreferences again = new UserPreferences(node);
        assertEquals(1.5, again.number("zoom", 1));
        assertEquals("zh_CN", again.text("language", "en"));
        assertEquals(800, again.number("window.height", 800));
    }
}
