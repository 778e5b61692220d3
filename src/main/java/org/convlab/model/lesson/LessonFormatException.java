package org.convlab.model.lesson;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A lesson file that cannot be used, with what is wrong and where, in words for the teacher who
 * wrote it: "my-lesson.json: step 3, setup.kernel: unknown preset 'egde'; known presets: ...".
 * The message is available in every language of the {@code lessons} bundle.
 */
public final class LessonFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong; each has a message {@code error.<name>} in the lessons bundle. */
    public enum Problem {
        /** The file could not be read at all. {0}: the system's reason. */
        UNREADABLE,
        /** Not valid JSON. {0}: line, {1}: column. */
        NOT_JSON,
        /** A field has the wrong kind of value. {0}: what was expected (text, number, integer, boolean, object, array, matrix). */
        WRONG_TYPE,
        /** A required field is absent. {0}: the field. */
        MISSING_FIELD,
        /** Written for a newer ConvLab. {0}: the file's format, {1}: the newest this version reads. */
        NEWER_VERSION,
        /** A preset name that does not exist. {0}: the name, {1}: the known names. */
        UNKNOWN_PRESET,
        /** A word outside its list. {0}: the word, {1}: the allowed words. */
        UNKNOWN_CHOICE,
        /** NaN, an infinity or a number too large for the app. {0}: the value. */
        NOT_FINITE,
        /** Matrix rows of different lengths. {0}: the row, {1}: its length, {2}: the first row's length. */
        RAGGED_MATRIX,
        /** A matrix with no cells. */
        EMPTY_MATRIX,
        /** The kernel does not fit in the input. {0}: kernel shape, {1}: input shape. */
        KERNEL_TOO_LARGE,
        /** Padding, stride and dilation leave no output. {0}: kernel shape, {1}: input shape, {2}: the geometry. */
        EMPTY_OUTPUT,
        /** A number outside its range. {0}: the value, {1}: the smallest, {2}: the largest allowed. */
        OUT_OF_RANGE,
        /** The lesson has no steps. */
        NO_STEPS,
        /** A kernel of the wrong shape. {0}: its shape, {1}: the shape needed. */
        WRONG_SHAPE,
        /** A claim that the setup does not bear out. {0}: what it says, {1}: what the setup gives. */
        FALSE_CLAIM,
        /** A claim whose arithmetic cannot be done (it overflows float32, shapes differ). {0}: why. */
        UNCHECKABLE_CLAIM,
        /** Checking the file's claims would take too long. {0}: this claim's work, {1}: the file's budget. */
        TOO_MUCH_WORK,
        /** A list with one entry per channel has another count. {0}: its entries, {1}: the channels. */
        COUNT_MISMATCH,
        /** A channel or kernel of another shape than the first. {0}: its shape, {1}: the first's. */
        CHANNEL_SHAPE
    }

    private final String file;
    private final int step;
    private final String field;
    private final Problem problem;
    private final transient Object[] args;

    /**
     * Describes a problem.
     *
     * @param file    the file's name as the teacher knows it
     * @param step    the 1-based step the problem is in, or 0 outside the steps
     * @param field   the field's path inside the file or step ("setup.kernel"), or "" for the file
     * @param problem what is wrong
     * @param args    the values the problem's message names
     */
    public LessonFormatException(String file, int step, String field, Problem problem, Object... args) {
        super(file + ": " + problem);
        this.file = file;
        this.step = step;
        this.field = field;
        this.problem = problem;
        this.args = args.clone();
    }

    /**
     * What is wrong.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }

    /**
     * The 1-based step the problem is in.
     *
     * @return 0 outside the steps
     */
    public int step() {
        return step;
    }

    /**
     * The field's path.
     *
     * @return "setup.kernel", or "" for the whole file
     */
    public String field() {
        return field;
    }

    /**
     * The message in a language.
     *
     * @param locale the language
     * @return "file: where: what is wrong"
     */
    public String message(Locale locale) {
        Locale lookup = "zh".equals(locale.getLanguage()) ? locale : Locale.ROOT;
        ResourceBundle texts = ResourceBundle.getBundle("org.convlab.i18n.lessons", lookup,
                LessonFormatException.class.getModule());
        Object[] shown = args.clone();
        if (problem == Problem.WRONG_TYPE && shown.length > 0) {
            shown[0] = texts.getString("error.type." + shown[0]);
        }
        String what = new MessageFormat(texts.getString("error." + problem.name()), lookup).format(shown);
        String where;
        if (step > 0) {
            String key = field.isEmpty() ? "error.where.stepOnly" : "error.where.step";
            where = new MessageFormat(texts.getString(key), lookup).format(new Object[] {step, field});
        } else {
            where = field;
        }
        String pattern = where.isEmpty() ? "error.message.file" : "error.message";
        return new MessageFormat(texts.getString(pattern), lookup).format(new Object[] {file, where, what});
    }

    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }
}
