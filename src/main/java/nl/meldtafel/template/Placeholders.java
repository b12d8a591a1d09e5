package nl.meldtafel.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code ${key}} placeholders in template text (never in officers' values). */
public final class Placeholders {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern VALID_KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private Placeholders() {
    }

    public static List<String> keysIn(String text) {
        List<String> keys = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '$') {
                continue; // "$${x}" is an escaped, literal "${x}"
            }
            keys.add(m.group(1));
        }
        return keys;
    }

    /** "geslacht:hem" is the word "hem" derived from the field "geslacht" (see {@code message.DutchGrammar}). */
    public static boolean isDerived(String placeholder) {
        return placeholder.indexOf(':') > 0;
    }

    public static String fieldOf(String placeholder) {
        int colon = placeholder.indexOf(':');
        return colon > 0 ? placeholder.substring(0, colon) : placeholder;
    }

    public static String wordOf(String placeholder) {
        int colon = placeholder.indexOf(':');
        return colon > 0 ? placeholder.substring(colon + 1) : "";
    }

    /**
     * The derived words: "hem" (hem, haar, hen), "wie" ("een man", "twee mannen") and, for a group, "de"
     * ("de verdachte", "de verdachten"); any other word ending in -e is an adjective that agrees with the
     * person ("vermiste": "vermiste man", "vermist meisje"). A capital first letter capitalises the result.
     */
    public static boolean isKnownWord(String word, boolean group) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("hem") || lower.equals("wie") || (group && lower.equals("de"))
                || (!group && lower.matches("[a-zë]+e"));
    }

    public static boolean isValidKey(String key) {
        return key != null && VALID_KEY.matcher(key).matches();
    }
}
