package nl.meldtafel.team;

import java.util.List;
import java.util.Optional;

/** The teams on a shared server, in the order they were made: the first is the team of a one-team server. */
public interface TeamRepository {

    List<Team> all();

    /** The team of that name, ignoring case and the spaces around it. */
    Optional<Team> named(String name);

    /**
     * Adds a team.
     *
     * @throws IllegalArgumentException when the name is blank or a team of that name exists
     */
    Team add(String name);
}
