package nl.meldtafel.settings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What belongs to one desk PC, kept in {@code settings.json} in the data folder. What the team shares
 * (retention periods, the default group per kind) lives in the database and its hash chain instead.
 *
 * @param window            where the window was, empty before the first close
 * @param lastOfficer       who sat here last, empty before the first officer chose
 * @param zone              the time zone chosen in Instellingen, empty for Dutch time
 * @param secondAnchorPlace the folder where the chain head is written too, empty when none is set
 * @param server            the shared server chosen in Instellingen ({@code postgresql://USER@HOST/DB}, never a
 *                          password), empty for the log in the data folder
 * @param team              the desk's basisteam on that server, empty for the server's first team
 */
public record DeskSettings(Optional<WindowPlacement> window, Optional<LastOfficer> lastOfficer, Optional<ZoneId> zone,
                           Optional<Path> secondAnchorPlace, Optional<String> server, Optional<String> team) {

    public static final DeskSettings DEFAULTS = new DeskSettings(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** Settings of a version without teams. */
    public DeskSettings(Optional<WindowPlacement> window, Optional<LastOfficer> lastOfficer, Optional<ZoneId> zone,
                        Optional<Path> secondAnchorPlace, Optional<String> server) {
        this(window, lastOfficer, zone, secondAnchorPlace, server, Optional.empty());
    }

    public DeskSettings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lastOfficer, "lastOfficer");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(secondAnchorPlace, "secondAnchorPlace");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(team, "team");
    }

    public DeskSettings withWindow(WindowPlacement placement) {
        return new DeskSettings(Optional.of(placement), lastOfficer, zone, secondAnchorPlace, server, team);
    }

    public DeskSettings withLastOfficer(LastOfficer officer) {
        return new DeskSettings(window, Optional.of(officer), zone, secondAnchorPlace, server, team);
    }

    public DeskSettings withZone(ZoneId chosen) {
        return new DeskSettings(window, lastOfficer, Optional.of(chosen), secondAnchorPlace, server, team);
    }

    /** Null clears the place. */
    public DeskSettings withSecondAnchorPlace(Path folder) {
        return new DeskSettings(window, lastOfficer, zone, Optional.ofNullable(folder), server, team);
    }

    /** Blank or null: back to the log in the data folder. */
    public DeskSettings withServer(String address) {
        return new DeskSettings(window, lastOfficer, zone, secondAnchorPlace,
                Optional.ofNullable(address).map(String::strip).filter(a -> !a.isEmpty()), team);
    }

    /** Blank or null: the server's first team. */
    public DeskSettings withTeam(String name) {
        return new DeskSettings(window, lastOfficer, zone, secondAnchorPlace, server,
                Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty()));
    }
}
