package nl.meldtafel.ui.log;

import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.i18n.Texts;

/**
 * What the Logboek says when a search found nothing: which words were not found, and what to try
 * next, so an officer who typed a whole compound or an inflected form ("inbraken") is not left with
 * an empty list and the belief that nothing was sent.
 */
final class SearchHint {

    /** Long enough to mean something, short enough to leave endings and compound parts out. */
    private static final int SHORTER_PART = 5;
    /** The search matches parts of this length or more anywhere in a word (schema V8). */
    private static final int SUBSTRING = 3;

    private SearchHint() {
    }

    /**
     * @param otherFilters whether kind, status, officer, group or area filters are set
     * @param overview whether only the alerts behind an Overzicht figure are shown
     */
    static String of(String typed, LogPeriod period, boolean otherFilters, boolean overview) {
        List<String> words = words(typed);
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get("log.empty.search", typed.strip()));
        String longest = words.stream().reduce("", (a, b) -> length(b) > length(a) ? b : a);
        if (length(longest) > SHORTER_PART) {
            lines.add(Texts.get("log.empty.search.shorter", longest.substring(0, longest.offsetByCodePoints(0, SHORTER_PART))));
        }
        if (words.size() > 1) {
            lines.add(Texts.get("log.empty.search.fewerWords"));
        }
        if (words.stream().anyMatch(w -> length(w) < SUBSTRING)) {
            lines.add(Texts.get("log.empty.search.wordStart"));
        }
        if (overview) {
            lines.add(Texts.get("log.empty.search.overview"));
        } else {
            if (period != null && period != LogPeriod.ALL) {
                lines.add(Texts.get("log.empty.search.period", period.label()));
            }
            if (otherFilters) {
                lines.add(Texts.get("log.empty.search.filters"));
            }
        }
        return String.join("\n", lines);
    }

    /** The typed words as the search sees them: punctuation around a word does not count. */
    private static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        for (String w : typed.strip().split("\\s+")) {
            String part = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return words;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
