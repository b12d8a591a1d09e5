package nl.meldtafel.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what an officer typed into a safe FTS5 query: every word becomes a quoted string, so
 * operators and punctuation in it are plain text, and the last word matches as a prefix.
 */
final class FtsQuery {

    private FtsQuery() {
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
