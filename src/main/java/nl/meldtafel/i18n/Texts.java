package nl.meldtafel.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The single resource bundle for all officer-facing text (Dutch first; other locales can follow). */
public final class Texts {

    public static final String BUNDLE = "nl.meldtafel.messages";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Map<String, MessageFormat> PARSED = new ConcurrentHashMap<>();

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
        // A text without quotes or placeholders is itself; any other goes through MessageFormat, so '' reads
        // as ' whether or not there are arguments. Parsed once: building the desk's screens asks for hundreds
        MessageFormat format = PARSED.get(pattern);
        if (format == null) {
            if (pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0) {
                return pattern;
            }
            format = PARSED.computeIfAbsent(pattern, p -> new MessageFormat(p, DUTCH));
        }
        synchronized (format) { // a MessageFormat formats for one thread at a time
            return format.format(args);
        }
    }

    public static Locale locale() {
        return DUTCH;
    }
}
