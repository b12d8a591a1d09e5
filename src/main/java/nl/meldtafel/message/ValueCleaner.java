package nl.meldtafel.message;

import java.util.regex.Pattern;

/**
 * Cleans what an officer typed or pasted before it goes into a message: invisible and
 * direction-changing characters out, control characters out, spaces tidied. Emoji and
 * non-Latin letters stay.
 */
public final class ValueCleaner {

    /** Compiled once: the preview cleans every value at every key typed. */
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int WAVING_BLACK_FLAG = 0x1F3F4;

    private ValueCleaner() {
    }

    /** Thrown for text that cannot be stored or shown faithfully, such as a lone UTF-16 surrogate. */
    public static final class InvalidTextException extends Exception {
        public InvalidTextException(String message) {
            super(message);
        }
    }

    public static String clean(String raw, boolean multiline) throws InvalidTextException {
        if (raw == null) {
            return "";
        }
        rejectLoneSurrogates(raw);
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        StringBuilder out = new StringBuilder(text.length());
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '\n') {
                out.append(multiline ? '\n' : ' ');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (cp == ZERO_WIDTH_JOINER && joinsEmoji(cps, i)) {
                out.appendCodePoint(cp); // keeps family and profession emoji whole
            } else if (continuesFlag(cps, i)) {
                out.appendCodePoint(cp); // tag characters spell out subdivision flags (Scotland, Wales)
            } else if (!isInvisibleOrControl(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return tidySpaces(out.toString(), multiline);
    }

    private static void rejectLoneSurrogates(String raw) throws InvalidTextException {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidTextException("lone surrogate at " + i);
            }
        }
    }

    /**
     * Controls and every format character (Unicode Cf): zero-width spaces and joiners, direction marks
     * and overrides (also U+061C), word joiner U+2060, soft hyphen. A hand-made list missed U+2060,
     * so a field holding only that passed as filled in and showed as an empty label.
     */
    static boolean isInvisibleOrControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static boolean continuesFlag(int[] cps, int i) {
        int j = i;
        while (j > 0 && isTag(cps[j])) {
            j--;
        }
        return j < i && isTag(cps[i]) && cps[j] == WAVING_BLACK_FLAG;
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    private static boolean joinsEmoji(int[] cps, int i) {
        return i > 0 && i + 1 < cps.length && isEmojiLike(cps[i - 1]) && isEmojiLike(cps[i + 1]);
    }

    private static boolean isEmojiLike(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static String tidySpaces(String text, boolean multiline) {
        if (!multiline) {
            return collapse(text);
        }
        StringBuilder out = new StringBuilder();
        boolean previousBlank = false;
        for (String line : text.split("\n", -1)) {
            String tidy = collapse(line);
            if (tidy.isEmpty()) {
                if (!previousBlank && !out.isEmpty()) {
                    out.append('\n');
                }
                previousBlank = true;
            } else {
                out.append(tidy).append('\n');
                previousBlank = false;
            }
        }
        return out.toString().strip();
    }

    private static String collapse(String line) {
        return SPACE_RUN.matcher(line).replaceAll(" ").strip();
    }
}
