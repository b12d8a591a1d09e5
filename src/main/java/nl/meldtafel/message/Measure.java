package nl.meldtafel.message;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A value with a unit, such as an age or a length. "ca. " and " jaar" go only around a bare number or range
 * ("20" becomes "ca. 20 jaar"); after a word of estimate only the unit is added ("rond 16" becomes "rond 16
 * jaar"); anything else is written as typed, so "minderjarig" never becomes "ca. minderjarig jaar".
 */
final class Measure {

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final Pattern BARE = Pattern.compile(NUMBER + "(?:\\s*(?:-|–|tot|of|à)\\s*" + NUMBER + ")?");
    private static final Pattern ESTIMATED = Pattern.compile(
            "(?:ca\\.?|circa|rond|ongeveer|plm\\.?|±|tussen)\\s*" + NUMBER + "(?:\\s*(?:-|–|tot|of|à|en)\\s*" + NUMBER + ")?");

    private Measure() {
    }

    static String withUnit(String value, String prefix, String suffix) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (BARE.matcher(lower).matches()) {
            return prefix + value + suffix;
        }
        if (ESTIMATED.matcher(lower).matches()) {
            return value + suffix;
        }
        return value;
    }
}
