package nl.meldtafel.store.postgres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.retention.ChainMember;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.retention.RetentionRepository;
import nl.meldtafel.stats.AlertFact;
import nl.meldtafel.stats.FactSource;

/**
 * The repositories the server backend does not have yet (issue 14 builds them one by one). Each call
 * says so instead of returning an empty answer that would look like an empty register or log.
 */
final class NotOnServerYet implements RetentionRepository, FactSource {

    private static <T> T missing(String what) {
        throw new UnsupportedOperationException(what + " is not on a PostgreSQL server yet");
    }

    @Override
    public RetentionPolicy policy() {
        return missing("Retention");
    }

    @Override
    public void savePolicy(RetentionPolicy policy, long officerId, Instant at) {
        missing("Retention");
    }

    @Override
    public List<Hold> holds() {
        return missing("Retention");
    }

    @Override
    public List<Hold> holdsOf(long alertId) {
        return missing("Retention");
    }

    @Override
    public long placeHold(long alertId, String reason, LocalDate until, long officerId, String osAccount, Instant at) {
        return missing("Retention");
    }

    @Override
    public void liftHold(long holdId, long officerId, Instant at) {
        missing("Retention");
    }

    @Override
    public List<ChainMember> unredactedChains() {
        return missing("Retention");
    }

    @Override
    public void redact(List<Long> ids, Instant at) {
        missing("Retention");
    }

    @Override
    public Optional<Instant> latestRedaction() {
        return missing("Retention");
    }

    @Override
    public int deleteDraftsSavedBefore(Instant before) {
        return missing("Retention");
    }

    @Override
    public List<AlertFact> sentBetween(Instant from, Instant to) {
        return missing("The Overzicht");
    }
}
