package org.convlab.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The visible strings of one area of the window, from a ResourceBundle under
 * {@code org/convlab/i18n/} in the chosen language (English and Simplified Chinese). A missing key
 * shows as {@code <key>} instead of failing, so a gap is visible but never a crash.
 */
public final class Texts {
    private static Locale locale = Locale.getDefault();
    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The texts of one bundle in the current language.
     *
     * @param bundleName the bundle's base name under org/convlab/i18n ("app", "workspace", ...)
     * @return the texts
     */
    public static Texts of(String bundleName) {
        return new Texts(ResourceBundle.getBundle("org.convlab.i18n." + bundleName, bundleLocale(),
                Texts.class.getModule()));
    }

    /**
     * Reads bundles ahead of their first use, for example on another thread while the window starts, so
     * that {@link #of} later finds them in ResourceBundle's cache.
     *
     * @param language    the language they will be asked in
     * @param bundleNames the bundles' base names under org/convlab/i18n
     */
    static void preload(Locale language, String... bundleNames) {
        for (String name : bundleNames) {
            ResourceBundle.getBundle("org.convlab.i18n." + name, bundleLocale(language), Texts.class.getModule());
        }
    }

    /**
     * The bundle locale for the chosen language: Chinese for any Chinese locale, otherwise the base
     * (English) bundle. Asking for English directly would fall back to the system's default locale,
     * which on a Chinese computer is Chinese.
     */
    private static Locale bundleLocale() {
        return bundleLocale(locale);
    }

    private static Locale bundleLocale(Locale language) {
        return language.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    }

    /**
     * The language the window uses.
     *
     * @return the locale
     */
    public static Locale locale() {
        return locale;
    }

    /**
     * Chooses the language for texts looked up from now on.
     *
     * @param next the locale (English, or Chinese zh_CN)
     */
    public static void setLocale(Locale next) {
        locale = next;
    }

    /**
     * The text for a key.
     *
     * @param key the key
     * @return the text, or {@code <key>} if the bundle lacks it
     */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "<" + key + ">";
        }
    }

    /**
     * The text for a key with its {0}, {1}, ... filled in.
     *
     * @param key  the key
     * @param args the values
     * @return the formatted text
     */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
