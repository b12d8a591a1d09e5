package nl.meldtafel.alert;

import java.util.Locale;
import java.util.Optional;

/** A chain head kept outside the database: a hash, optionally with its sequence number ("12:ab34..."). */
public record ExpectedHead(Optional<Long> seq, String hash) {

    public static ExpectedHead parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        Optional<Long> seq = Optional.empty();
        if (colon >= 0) {
            seq = Optional.of(Long.parseLong(t.substring(0, colon)));
            t = t.substring(colon + 1);
        }
        if (!t.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a chain head (64 hex digits, optionally 'seq:' before): " + text);
        }
        return new ExpectedHead(seq, t);
    }
}
