package org.convlab.model.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's settings, kept in {@link java.util.prefs.Preferences} under ConvLab's node: last
 * folder, recent files, window bounds, language and zoom. A store that cannot be written (a
 * read-only home) loses the settings, never the session.
 */
public final class UserPreferences {
    /** How many recent files the File menu lists. */
    public static final int RECENT_LIMIT = 8;
    private static final String RECENT = "recent.";
    private final Preferences node;

    /**
     * Settings stored under the given node.
     *
     * @param node the preferences node (tests use a throwaway one)
     */
    public UserPreferences(Preferences node) {
        this.node = node;
    }

    /**
     * The settings of the current user.
     *
     * @return ConvLab's user node
     */
    public static UserPreferences forUser() {
        return new UserPreferences(Preferences.userRoot().node("org/convlab"));
    }

    /**
     * The files opened or saved most recently, newest first.
     *
     * @return at most {@link #RECENT_LIMIT} paths
     */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String p = node.get(RECENT + i, null);
            if (p != null) {
                files.add(Path.of(p));
            }
        }
        return files;
    }

    /**
     * Puts a file at the top of the recent list (once) and remembers its folder.
     *
     * @param file the file opened or saved
     */
    public void addRecentFile(Path file) {
        Path absolute = file.toAbsolutePath();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        addRecentFolder(absolute);
    }

    /**
     * Remembers the folder of a file exported, without listing the file as a session.
     *
     * @param file the file written
     */
    public void addRecentFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            node.put("lastFolder", parent.toString());
            flush();
        }
    }

    /**
     * The folder of the last file opened or saved.
     *
     * @return the folder, if one was remembered
     */
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(node.get("lastFolder", null)).map(Path::of);
    }

    /**
     * A remembered number ("window.width", "zoom").
     *
     * @param key      the setting
     * @param fallback the value when none is stored
     * @return the stored or fallback value
     */
    public double number(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    /**
     * Remembers a number.
     *
     * @param key   the setting
     * @param value its value
     */
    public void setNumber(String key, double value) {
        node.putDouble(key, value);
        flush();
    }

    /**
     * A remembered word ("language", "colormap").
     *
     * @param key      the setting
     * @param fallback the value when none is stored
     * @return the stored or fallback value
     */
    public String text(String key, String fallback) {
        return node.get(key, fallback);
    }

    /**
     * Remembers a word.
     *
     * @param key   the setting
     * @param value its value
     */
    public void setText(String key, String value) {
        node.put(key, value);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | SecurityException e) {
            // Settings are a convenience: an unwritable store must not disturb the user's work.
        }
    }
}
