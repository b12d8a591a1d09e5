package nl.meldtafel.stats;

import java.time.Instant;
import java.util.List;

/** Reads the facts of sent alerts from storage; implemented next to the database. */
public interface FactSource {

    /** Every alert sent in [{@code from}, {@code to}), with its groups and response, in one go. */
    List<AlertFact> sentBetween(Instant from, Instant to);
}
