package nl.meldtafel.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the demo loader sets to each historical moment, so the services record it as "now". */
public final class DemoClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public DemoClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant t) {
        now = t;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        // shares nothing: a zoned copy would silently stop following set()
        throw new UnsupportedOperationException("DemoClock has one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
