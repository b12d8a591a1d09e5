package nl.meldtafel.ui.shift;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.Role;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.shift.ShiftSummary;
import nl.meldtafel.ui.common.DeskTime;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * A wijkagent's Dagoverzicht, shown once after he signs in: his wijken's open alerts, what went there since his
 * last shift, and responses still to record. Read off the FX thread; one key dismisses it.
 */
public final class DayOverviewViewModel {

    /** Lines per part before "en N meer": the overview is a glance, the lists are in Opvolging and the Logboek. */
    static final int SHOWN = 5;

    /** One part of the overview: its heading with the count, its first lines, and how many more there are. */
    public record Part(String id, String heading, List<String> lines, String more) {
    }

    /** The overview as shown. */
    public record Shown(String title, String since, List<Part> parts, boolean quiet) {
    }

    private final TaskRunner runner;
    private final BiFunction<List<String>, Instant, ShiftSummary> summaries;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    /** {@code summaries}: the overview of some wijken since a previous sign-in ({@code ShiftStart::of}); blocks. */
    public DayOverviewViewModel(TaskRunner runner, BiFunction<List<String>, Instant, ShiftSummary> summaries, Clock clock) {
        this.runner = runner;
        this.summaries = summaries;
        this.clock = clock;
    }

    /** After a sign-in: a wijkagent with wijken gets his overview; anyone else nothing. */
    public void shiftStarted(Account account, Instant previousSignIn) {
        if (account == null || !account.roles().contains(Role.WIJKAGENT) || account.wijken().isEmpty()) {
            return;
        }
        List<String> wijken = account.wijken();
        String title = Texts.get("shift.title", String.join(", ", wijken));
        // a failed read is said in the overview itself: the desk works on, the officer knows why it is empty
        runner.run(() -> summaries.apply(wijken, previousSignIn), summary -> shown.set(show(title, summary)),
                e -> shown.set(new Shown(title, Texts.get("shift.error", StorageErrors.describe(e)), List.of(), false)));
    }

    public void dismiss() {
        shown.set(null);
    }

    /** The overview to show, or null when there is none (or it was dismissed). */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private Shown show(String title, ShiftSummary s) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        String since = Texts.get(s.firstShift() ? "shift.since.first" : "shift.since", DeskTime.at(s.since(), today, clock.getZone()));
        List<Part> parts = List.of(
                part("shiftOpen", s.overdue() > 0 ? Texts.get("shift.open.overdue", s.open().size(), s.overdue())
                        : Texts.get("shift.open", s.open().size()), s.open(), today, now),
                part("shiftSent", Texts.get("shift.sent", s.sentSince().size()), s.sentSince(), today, now),
                part("shiftResponses", Texts.get("shift.responses", s.responsesToRecord().size()), s.responsesToRecord(), today, now));
        return new Shown(title, since, parts, s.quiet());
    }

    private Part part(String id, String heading, List<AlertRow> rows, LocalDate today, Instant now) {
        List<String> lines = rows.stream().limit(SHOWN).map(r -> line(r, today, now)).toList();
        String more = rows.size() > SHOWN ? Texts.get("shift.more", rows.size() - SHOWN) : "";
        return new Part(id, heading, lines, more);
    }

    private String line(AlertRow r, LocalDate today, Instant now) {
        String summary = r.summary().isEmpty() ? Texts.get("log.summary.redacted") : r.summary();
        String line = Texts.get("shift.line", DeskTime.at(r.logTime(), today, clock.getZone()), r.kind().label(), summary);
        return FollowUpRules.overdue(r.dueAt() != null && r.closedAt() == null, r.dueAt(), now)
                ? Texts.get("shift.line.overdue", line) : line;
    }
}
