package nl.meldtafel.ui.log;

import java.util.List;
import java.util.Set;

/**
 * A Logboek filter on where alerts went: a whole gemeente ({@code wijken} empty), one wijk of it, or a
 * wijkagent's own wijken in any gemeente ({@code gemeente} null).
 */
public record LogArea(String gemeente, Set<String> wijken) {

    public LogArea {
        wijken = Set.copyOf(wijken);
    }

    public static LogArea gemeente(String name) {
        return new LogArea(name, Set.of());
    }

    public static LogArea wijk(String gemeente, String wijk) {
        return new LogArea(gemeente, Set.of(wijk));
    }

    public static LogArea mine(List<String> wijken) {
        return new LogArea(null, Set.copyOf(wijken));
    }
}
