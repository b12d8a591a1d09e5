package nl.meldtafel.store.postgres;

import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.LogChange;

/** One notification of V2__change_notifications.sql, "kind:id:desk", read back. */
record PgChangeNotice(LogChange change, String desk) {

    private static final Map<String, LogChange.Kind> KINDS = Map.of("alert", LogChange.Kind.ALERT,
            "post", LogChange.Kind.POST, "response", LogChange.Kind.RESPONSE, "group", LogChange.Kind.GROUP);

    /** Empty for a payload this version does not know (a newer schema may announce more). */
    static Optional<PgChangeNotice> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":", 3);
        if (parts.length != 3 || !KINDS.containsKey(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PgChangeNotice(new LogChange(KINDS.get(parts[0]), Long.parseLong(parts[1])), parts[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
