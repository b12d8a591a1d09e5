package nl.meldtafel.store.postgres;

import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.team.TeamScope;

/**
 * One notification of V2__change_notifications.sql, "kind:id:desk", or since V9 "kind:id:desk:team",
 * read back; {@code team} is null for a group (the register is the unit's) or an older server.
 */
record PgChangeNotice(LogChange change, String desk, Long team) {

    private static final Map<String, LogChange.Kind> KINDS = Map.of("alert", LogChange.Kind.ALERT,
            "post", LogChange.Kind.POST, "response", LogChange.Kind.RESPONSE, "group", LogChange.Kind.GROUP);

    /** Empty for a payload this version does not know (a newer schema may announce more). */
    static Optional<PgChangeNotice> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":", 4);
        if (parts.length < 3 || !KINDS.containsKey(parts[0])) {
            return Optional.empty();
        }
        try {
            Long team = parts.length == 4 && !parts[3].isEmpty() ? Long.valueOf(parts[3]) : null;
            return Optional.of(new PgChangeNotice(new LogChange(KINDS.get(parts[0]), Long.parseLong(parts[1])), parts[2], team));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a desk showing {@code scope} needs it: not another team's alert when one team is shown. */
    boolean concerns(TeamScope scope) {
        return team == null || !scope.known() || scope.shownTeam().map(team::equals).orElse(true);
    }
}
