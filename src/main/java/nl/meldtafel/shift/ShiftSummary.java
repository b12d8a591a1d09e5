package nl.meldtafel.shift;

import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.AlertRow;

/**
 * What a wijkagent sees when his shift starts (issue 15): in his wijken, what is open (and how much of it
 * overdue), what was sent since his last shift, and the alerts whose response is still to be recorded.
 *
 * @param since   his previous sign-in, or the start of the look-back when he never signed in before
 * @param firstShift whether he never signed in before, so {@code since} is only the look-back
 */
public record ShiftSummary(List<String> wijken, Instant since, boolean firstShift, List<AlertRow> open, int overdue,
                           List<AlertRow> sentSince, List<AlertRow> responsesToRecord) {

    public ShiftSummary {
        wijken = List.copyOf(wijken);
        open = List.copyOf(open);
        sentSince = List.copyOf(sentSince);
        responsesToRecord = List.copyOf(responsesToRecord);
    }

    /** Nothing open, nothing sent, nothing to record: the overview says so in one line. */
    public boolean quiet() {
        return open.isEmpty() && sentSince.isEmpty() && responsesToRecord.isEmpty();
    }
}
