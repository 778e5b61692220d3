package org.convlab.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.convlab.io.HostileMutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzzes the lesson loader with mutations of the built-in chapter lesson and of a format-4 file of
 * channels: every one loads or is refused with a LessonFormatException whose message, in English
 * and Chinese, is one line.
 */
class LessonFuzzTest {
    @ParameterizedTest
    @ValueSource(strings = {"/org/convlab/lessons/" + LessonLibrary.CHAPTER + ".en.json", "/lessons/channels-v4.json"})
    void lessonIsLoadedOrRefusedWithItsOwnOneLineMessage(String seed) throws IOException {
        String chapter;
        try (InputStream in = LessonFuzzTest.class.getResourceAsStream(seed)) {
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

    @Test
    void theChannelSeedIsAValidFormatFourLesson() throws IOException, LessonFormatException {
        try (InputStream in = LessonFuzzTest.class.getResourceAsStream("/lessons/channels-v4.json")) {
            Lesson lesson = LessonReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "channels-v4.json");
            assertEquals(3, lesson.steps().size());
            assertEquals(3, lesson.steps().get(1).setup().inputChannels());
        }
    }
}
