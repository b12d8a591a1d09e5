package nl.meldtafel.groups;

import java.util.Optional;

/**
 * One form for phone numbers from municipal registers. Dutch mobiles become {@code 06-12345678} (the
 * form officers read and type); other Dutch numbers ten digits starting with 0 ({@code 0715123456},
 * because area codes differ in length); foreign numbers {@code +} and digits. Accepted input:
 * {@code 06-12345678}, {@code 0612345678}, {@code +31 6 12345678}, {@code 0031 6...}, {@code +31 (0)6...},
 * a leading {@code T}, {@code Tel.} or {@code M:}, and {@code 612345678} (Excel drops the leading zero).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        // labels such as "T", "Tel.:" or "Mobiel" before the number
        String s = raw.strip().replaceFirst("^[\\p{L}.:\\s]+", "").replace("(0)", "");
        if (s.isEmpty() || !s.matches("[+0-9()\\s./-]+")) {
            return Optional.empty();
        }
        boolean international = s.startsWith("+");
        String digits = s.replaceAll("\\D", "");
        if (digits.startsWith("00")) {
            international = true;
            digits = digits.substring(2);
        }
        String national;
        if (international) {
            if (!digits.startsWith("31")) {
                return digits.length() >= 8 && digits.length() <= 15 ? Optional.of("+" + digits) : Optional.empty();
            }
            national = "0" + digits.substring(2);
        } else if (digits.length() == 9 && digits.startsWith("6")) {
            national = "0" + digits;
        } else {
            national = digits;
        }
        if (national.length() != 10 || !national.startsWith("0") || national.startsWith("00")) {
            return Optional.empty();
        }
        return Optional.of(national.startsWith("06") ? "06-" + national.substring(2) : national);
    }

    /** Digits only, for matching a number however it was written; empty when unrecognised. */
    public static String matchKey(String raw) {
        return normalise(raw).map(n -> n.replaceAll("\\D", "")).orElse("");
    }
}
