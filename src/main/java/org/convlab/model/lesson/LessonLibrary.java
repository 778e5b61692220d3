package org.convlab.model.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.convlab.io.BoundedFile;
import org.convlab.io.VisibleText;
import org.convlab.model.lesson.LessonFormatException.Problem;

/**
 * Where lessons come from: the chapter's own lesson, shipped in every language the app speaks, and
 * lesson files a teacher writes.
 */
public final class LessonLibrary {
    /** The base name of the built-in lesson on D2L section 6.2 and its exercises. */
    public static final String CHAPTER = "chapter-6.2";
    /** A lesson file larger than this is not a lesson (a mistaken choice of file). */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private LessonLibrary() {
    }

    /**
     * The chapter's lesson in a language: Simplified Chinese for any Chinese locale, else English.
     *
     * @param locale the user's language
     * @return the lesson
     */
    public static Lesson builtIn(Locale locale) {
        String language = "zh".equals(locale.getLanguage()) ? "zh_CN" : "en";
        String name = CHAPTER + "." + language + ".json";
        try (InputStream in = LessonLibrary.class.getResourceAsStream("/org/convlab/lessons/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in lesson " + name + " is missing from the application");
            }
            return LessonReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LessonFormatException e) {
            throw new IllegalStateException("the built-in lesson is broken: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a lesson file (UTF-8 JSON).
     *
     * @param file the file
     * @return the lesson
     * @throws LessonFormatException when it cannot be read or is not a valid lesson; the message
     *                               names the file and what is wrong
     */
    public static Lesson load(Path file) throws LessonFormatException {
        String name = VisibleText.escaped(String.valueOf(file.getFileName()));
        byte[] bytes;
        try {
            bytes = BoundedFile.read(file, MAX_FILE_BYTES);
        } catch (BoundedFile.ReadRefusal e) {
            throw new LessonFormatException(name, 0, "", Problem.UNREADABLE, e.getMessage());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return LessonReader.read(text, name);
        } catch (CharacterCodingException e) {
            throw new LessonFormatException(name, 0, "", Problem.UNREADABLE, "UTF-8");
        }
    }
}
