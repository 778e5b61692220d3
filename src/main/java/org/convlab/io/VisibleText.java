package org.convlab.io;

/**
 * Text from a file or the command line made safe to quote in a one-line message: characters that
 * cannot be seen (control characters, a byte order mark, a no-break or zero-width space) are
 * written as escapes, and a long token is cut to its start and its length.
 */
public final class VisibleText {
    /** The most characters of a token a message quotes. */
    public static final int QUOTED_CHARS = 40;

    private VisibleText() {
    }

    /**
     * A token as a message quotes it: at most {@link #QUOTED_CHARS} characters, invisible ones
     * escaped, with the full length when it was cut.
     *
     * @param token the text
     * @return "'1\u00a02'", or "'12345...' (40000 characters)"
     */
    public static String quote(CharSequence token) {
        if (token.length() <= QUOTED_CHARS) {
            return "'" + escaped(token) + "'";
        }
        return "'" + escaped(token.subSequence(0, QUOTED_CHARS)) + "...' (" + token.length() + " characters)";
    }

    /**
     * A token cut as {@link #quote} cuts it, for messages that put their own quotes around it.
     *
     * @param token the text
     * @return "egde", or "12345... (40000 characters)"
     */
    public static String cut(CharSequence token) {
        if (token.length() <= QUOTED_CHARS) {
            return escaped(token);
        }
        return escaped(token.subSequence(0, QUOTED_CHARS)) + "... (" + token.length() + " characters)";
    }

    /**
     * A name (a file name) with its invisible characters escaped, so that a name holding a newline
     * still makes one line.
     *
     * @param text the text
     * @return the text with escapes
     */
    public static String escaped(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                sb.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '\0' -> "\\0";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isInvisible(char c) {
        if (c == ' ') {
            return false;
        }
        int type = Character.getType(c);
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.FORMAT;
    }
}
