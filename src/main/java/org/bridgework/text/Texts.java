package org.bridgework.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-visible sentence of the app, from one resource bundle, so it can be translated. */
public final class Texts {
    private static final String BUNDLE = "org.bridgework.text.messages";
    private static final String GUIDANCE = "org.bridgework.text.guidance";
    /** The command line's help, keyed as picocli reads it (usage sections, option descriptions). */
    private static final String COMMAND_LINE = "org.bridgework.text.commandline";

    private Texts() {
    }

    /** The bundle for the default locale; FXML files use it for their %keys. */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Texts.class.getModule());
    }

    /** The command line's help texts, for picocli. */
    public static ResourceBundle commandLineBundle() {
        return ResourceBundle.getBundle(COMMAND_LINE, Locale.getDefault(), Texts.class.getModule());
    }

    /** True if the bundle has a text for {@code key}. */
    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /**
     * The text for {@code key}, with {@code {0}}-style arguments filled in. The bundle uses the
     * typographic apostrophe (U+2019), which MessageFormat leaves alone.
     */
    public static String get(String key, Object... arguments) {
        return format(BUNDLE, key, arguments);
    }

    /** The guidance of the repair steps and the advice behind the rules, from their own bundle. */
    public static String guidance(String key, Object... arguments) {
        return format(GUIDANCE, key, arguments);
    }

    private static String format(String bundleName, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundleName, Locale.getDefault(), Texts.class.getModule()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Always through MessageFormat, so quoting rules are the same with or without arguments.
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
