package nl.meldtafel.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what an officer typed into safe FTS5 queries on the two search indexes of schema V8. Every
 * typed word must match: one of three or more characters anywhere in the text (a phrase of its
 * trigrams in {@code alert_trigram}), a shorter one at the start of a word (a prefix in
 * {@code alert_words}, which keeps one- and two-character prefix indexes for it). Every word is a
 * quoted string, so operators and punctuation in it are plain text.
 */
record FtsQuery(Optional<String> substrings, Optional<String> wordStarts) {

    static final String TRIGRAM_TABLE = "alert_trigram";
    static final String WORDS_TABLE = "alert_words";
    /** Trigrams need three characters; shorter parts would match nothing there. */
    static final int MIN_SUBSTRING = 3;

    /** One index and the query it answers. */
    record Condition(String table, String match) {
    }

    /** Empty when nothing searchable was typed. */
    static Optional<FtsQuery> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        List<String> substrings = new ArrayList<>();
        List<String> wordStarts = new ArrayList<>();
        for (String word : typed.strip().split("\\s+")) {
            String part = trimNonWordEnds(word);
            if (part.isEmpty()) {
                continue; // "-" or "*" alone make no tokens, and an empty phrase would match nothing
            }
            if (part.codePointCount(0, part.length()) >= MIN_SUBSTRING) {
                substrings.add(quote(part));
            } else {
                wordStarts.add(quote(part) + "*");
            }
        }
        if (substrings.isEmpty() && wordStarts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FtsQuery(joined(substrings), joined(wordStarts)));
    }

    /**
     * The conditions, the one to read the matches from first: trigrams when there are any, as a
     * long part is more selective than a one- or two-letter start of a word.
     */
    List<Condition> conditions() {
        List<Condition> all = new ArrayList<>();
        substrings.ifPresent(m -> all.add(new Condition(TRIGRAM_TABLE, m)));
        wordStarts.ifPresent(m -> all.add(new Condition(WORDS_TABLE, m)));
        return all;
    }

    /**
     * Punctuation around a word ("(Dorpsstraat," or a quoted "inbraak") is not what the officer looks
     * for, and as a trigram it would demand that very punctuation; inside ("D-123-BC") it is kept.
     */
    private static String trimNonWordEnds(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }

    private static String quote(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }

    private static Optional<String> joined(List<String> terms) {
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }
}
