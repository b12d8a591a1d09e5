package nl.meldtafel.alert;

/** Input checks shared by everything that stores officers' text. */
public final class TextChecks {

    private TextChecks() {
    }

    /** SQLite would silently store a lone UTF-16 surrogate as '?', so such text is refused up front. */
    public static String requireWellFormed(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(
                        "The " + field + " contains an invalid character (a broken emoji or symbol) at position " + (i + 1));
            }
        }
        return value;
    }

    public static String requireNonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + field + " must not be empty");
        }
        return requireWellFormed(field, value);
    }
}
