package nl.meldtafel.team;

/** A basisteam on a shared server; its alerts, officers and groups are its own. */
public record Team(long id, String name) {
}
