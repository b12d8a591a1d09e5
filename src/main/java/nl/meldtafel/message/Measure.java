package nl.meldtafel.message;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
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

    /** A person's length, in metres. */
    private static final double TALLEST = 2.5;
    private static final Pattern FIRST_NUMBER = Pattern.compile(NUMBER);

    /**
     * A length in metres typed as centimetres ("184" for 1.84 m, which would go out as "ca. 184 m"): the
     * metres it likely meant, for a warning; empty when the unit is not metres or the value fits.
     */
    static Optional<String> centimetresAsMetres(String value, String suffix) {
        if (suffix == null || !suffix.strip().equals("m")) {
            return Optional.empty();
        }
        Matcher number = FIRST_NUMBER.matcher(value);
        if (!number.find()) {
            return Optional.empty();
        }
        double typed = Double.parseDouble(number.group().replace(',', '.'));
        if (typed <= TALLEST || typed > TALLEST * 100) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%.2f", typed / 100));
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
