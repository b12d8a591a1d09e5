package nl.meldtafel.groups;

import java.text.Normalizer;
import java.util.Locale;

/** Normalised forms for recognising the same group or person across spellings and re-imports. */
public final class Names {

    private Names() {
    }

    /** Trimmed, inner whitespace collapsed to one space; null becomes "". */
    public static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** Lower case, accents removed, punctuation as spaces: "Coördinator  Noord-West" -> "coordinator noord west". */
    public static String key(String value) {
        String plain = Normalizer.normalize(clean(value), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The key of a neighbourhood group: the same name in another gemeente is another group. Spaces and
     * dashes are dropped entirely, so "Noord-West", "Noord West" and "NoordWest" are one group on re-import.
     */
    public static String neighbourhoodKey(String gemeente, String name) {
        return key(gemeente).replace(" ", "") + "|" + key(name).replace(" ", "");
    }

    /**
     * The key of the municipality's own number for a group, or "" without one. Numbers are the
     * municipality's, so "17" in two gemeenten is two groups; "BG-017" and "bg 017" are one.
     */
    public static String sourceKey(String gemeente, String number) {
        String k = key(number);
        return k.isEmpty() ? "" : key(gemeente).replace(" ", "") + "|" + k;
    }
}
