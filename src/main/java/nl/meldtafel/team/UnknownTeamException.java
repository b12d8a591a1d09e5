package nl.meldtafel.team;

import java.util.List;

/** A desk or command asked for a team the server does not have. */
public final class UnknownTeamException extends RuntimeException {

    private final String asked;
    private final List<String> known;

    public UnknownTeamException(String asked, List<String> known) {
        super(asked.isEmpty() ? "The server has no team" : "The server has no team '" + asked + "'; it has: "
                + String.join(", ", known));
        this.asked = asked;
        this.known = List.copyOf(known);
    }

    public String asked() {
        return asked;
    }

    public List<String> known() {
        return known;
    }
}
