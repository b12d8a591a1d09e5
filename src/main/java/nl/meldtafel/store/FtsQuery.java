package nl.meldtafel.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns what an officer typed into a safe FTS5 query: every word becomes a quoted string, so
 * operators and punctuation in it are plain text, and the last word matches as a prefix.
 */
final class FtsQuery {

    private FtsQuery() {
    }

    /** A word the tokenizer keeps as one token and only lower-cases: its prefix can be looked up as typed. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9]+");
    /** Shorter prefixes stand for too many words to list. */
    private static final int MIN_LOOKUP = 3;

    /**
     * Like {@link #of(String)}, but a plain last word becomes the exact words it is a prefix of, when
     * {@code wordsWithPrefix} knows them (empty when there are too many): same matches, but FTS5 can
     * stream them newest first instead of merging every posting of the prefix first.
     */
    static Optional<String> of(String typed, Function<String, Optional<List<String>>> wordsWithPrefix) {
        Optional<String> query = of(typed);
        if (query.isEmpty()) {
            return query;
        }
        String[] words = typed.strip().split("\\s+");
        String last = words[words.length - 1];
        if (!PLAIN_WORD.matcher(last).matches() || last.length() < MIN_LOOKUP) {
            return query;
        }
        Optional<List<String>> exact = wordsWithPrefix.apply(last.toLowerCase(java.util.Locale.ROOT));
        if (exact.isEmpty() || exact.get().isEmpty()) {
            return query;
        }
        String q = query.get();
        String head = q.substring(0, q.length() - quote(last).length() - 1).strip();
        List<String> alternatives = new ArrayList<>();
        exact.get().forEach(w -> alternatives.add(quote(w)));
        String any = "(" + String.join(" OR ", alternatives) + ")";
        return Optional.of(head.isEmpty() ? any : head + " AND " + any);
    }

    private static String quote(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }

    /** Empty when nothing searchable was typed. */
    static Optional<String> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (String word : typed.strip().split("\\s+")) {
            // words without letters or digits make no tokens, and an empty phrase would match nothing
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                terms.add('"' + word.replace("\"", "\"\"") + '"');
            }
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        int last = terms.size() - 1;
        terms.set(last, terms.get(last) + "*");
        return Optional.of(String.join(" ", terms));
    }
}
