package nl.meldtafel.groups;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.MessageKind;

/** A sent alert with chosen groups nobody ticked off or dismissed yet: for the Opvolging screen. */
public record NotYetPosted(long alertId, MessageKind kind, String summary, Instant sentAt, List<GroupRef> groups) {

    public NotYetPosted {
        groups = List.copyOf(groups);
    }

    /** "nog niet geplaatst in Beheerders Noord, Beheerders Zuid". */
    public String text() {
        return Texts.get("checklist.notYetPosted", groups.stream().map(GroupRef::name).collect(Collectors.joining(", ")));
    }
}
