package nl.meldtafel.app;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The desk's time zone: Dutch time whatever zone the PC or the JVM is set to, so a message never says
 * "13.32 uur" for a burglary at 14.32. {@code MELDTAFEL_ZONE} overrides it (a desk abroad, a test).
 */
public final class DeskZone {

    public static final String ENV = "MELDTAFEL_ZONE";
    public static final ZoneId DEFAULT = ZoneId.of("Europe/Amsterdam");

    private DeskZone() {
    }

    public static ZoneId of(Map<String, String> env) {
        String name = env.get(ENV);
        if (name == null || name.isBlank()) {
            return DEFAULT;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return DEFAULT;
        }
    }

    public static Clock clock(Map<String, String> env) {
        return Clock.system(of(env));
    }

    /** The zone chosen in Instellingen, unless {@code MELDTAFEL_ZONE} overrides it (a test, a support session). */
    public static ZoneId of(Map<String, String> env, java.util.Optional<ZoneId> chosen) {
        String name = env.get(ENV);
        return name != null && !name.isBlank() || chosen.isEmpty() ? of(env) : chosen.get();
    }
}
