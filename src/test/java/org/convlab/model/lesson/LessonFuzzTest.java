package org.convlab.model.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.convlab.io.HostileMutations;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the lesson loader with mutations of the built-in chapter lesson: every one loads or is
 * refused with a LessonFormatException whose message, in English and Chinese, is one line.
 */
class LessonFuzzTest {
    @Test
    void lessonIsLoadedOrRefusedWithItsOwnOneLineMessage() throws IOException {
        String chapter;
        try (InputStream in = LessonFuzzTest.class.getResourceAsStream(
                "/org/convlab/lessons/" + LessonLibrary.CHAPTER + ".en.json")) {
            chapter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Random r = new Random(16);
        for (int i = 0; i < 250; i++) {
            String text = HostileMutations.mutate(r, chapter);
            HostileMutations.load(i, () -> {
                try {
                    LessonReader.read(text, "lesson.json");
                    return null;
                } catch (LessonFormatException e) {
                    return e.getMessage() + " / " + e.message(Locale.SIMPLIFIED_CHINESE);
                }
            });
        }
    }
}
