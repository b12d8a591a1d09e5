package nl.meldtafel.stats;

import java.time.Clock;

/** Loads the facts of a period and computes its overview at the clock's now. Blocking: run it off the FX thread. */
public final class OverviewService {

    private final FactSource facts;
    private final Clock clock;
    private final OverviewCalculator calculator = new OverviewCalculator();

    public OverviewService(FactSource facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    public Overview overview(Period period) {
        return calculator.compute(facts.sentBetween(period.start(), period.end()), period, clock.instant());
    }
}
