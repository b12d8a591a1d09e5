package nl.meldtafel.retention;

import java.time.LocalDate;
import java.util.List;
import nl.meldtafel.alert.Actor;

/**
 * Retention of personal data: the periods per kind, holds that keep an alert past its period, and the
 * redaction run that removes the content of finished alerts once their period passed. Calls may block.
 */
public interface RetentionService {

    /** The officer row that redaction runs are recorded under: no person starts them. */
    String SYSTEM_NAME = "Meldtafel (bewaartermijn)";
    String SYSTEM_PERSONNEL_NUMBER = "meldtafel-systeem";
    int MAX_REASON_LENGTH = 300;

    RetentionPolicy policy();

    void savePolicy(RetentionPolicy policy, Actor actor);

    /** Every hold ever placed, newest first. */
    List<Hold> holds();

    /** The holds of one alert, newest first. */
    List<Hold> holdsOf(long alertId);

    /** Today in the desk's clock and zone. */
    LocalDate today();

    /**
     * Keeps a sent, unredacted alert (and its chain) from redaction until the start of {@code until}, which
     * must be after today; the reason is required and at most {@link #MAX_REASON_LENGTH} characters.
     */
    Hold placeHold(long alertId, String reason, LocalDate until, Actor actor);

    void liftHold(long holdId, Actor actor);

    /** Redacts what is due, then clears what the log's files may still hold of it. */
    RedactionReport run();

    /** As {@link #run()}, telling {@code progress} how far it got; stops between batches when asked to. */
    RedactionReport run(RunProgress progress);
}
