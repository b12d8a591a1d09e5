package nl.meldtafel.groups;

import java.time.Instant;
import java.util.Objects;
import nl.meldtafel.alert.Actor;

/**
 * A change to a row of the register: when, by whom, and the version it is based on. The repository raises
 * the row's version and writes only when the row is still at {@code basedOn}.
 *
 * @param officerId null when no officer is named (an import from the command line)
 * @param basedOn   null to change whatever is there: an import checks the whole register itself
 */
public record RowChange(Instant at, Long officerId, Long basedOn) {

    public RowChange {
        Objects.requireNonNull(at, "at");
    }

    public static RowChange by(Actor actor, Instant at, long basedOn) {
        return new RowChange(at, actor.officer().id(), basedOn);
    }

    /** An import's change: no form was loaded, so there is no version to check. */
    public static RowChange unchecked(Instant at) {
        return new RowChange(at, null, null);
    }
}
