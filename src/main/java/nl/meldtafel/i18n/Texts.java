package nl.meldtafel.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The single resource bundle for all officer-facing text (Dutch first; other locales can follow). */
public final class Texts {

    public static final String BUNDLE = "nl.meldtafel.messages";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, DUTCH);
    }

    /** The text for {@code key} with {@code args} filled into its {0}, {1}, ... placeholders. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing text key: " + key, e);
        }
        // Always through MessageFormat, so '' reads as ' whether or not there are arguments.
        return new MessageFormat(pattern, DUTCH).format(args);
    }

    public static Locale locale() {
        return DUTCH;
    }
}
