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

    public static boolean isValidKey(String key) {
        return key != null && VALID_KEY.matcher(key).matches();
    }
}
