package nl.meldtafel.weekly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview read from a real log: the period's bounds in Dutch time, chains, and nothing personal. */
class WeeklyLogTest {

    /** Monday 16 November 2026, 00:00 in Amsterdam. */
    private static final Instant WEEK_START = Instant.parse("2026-11-15T23:00:00Z");
    private static final Period WEEK_47 = new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
    private static final FollowUpPolicy AWAITS = new FollowUpPolicy(true, Duration.ofMinutes(60), null);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(WEEK_START.minusSeconds(60));
    private Storage storage;
    private AlertService service;
    private Actor officer;

    @BeforeEach
    void open() {
        storage = Storage.open(dir, clock);
        service = storage.alertService();
        officer = new Actor(storage.officers().register("J. de Vries", "123456"), "desk");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void countsTheWeeksAlertsByKindAndOutcomeWithoutAnyValue() {
        long lastWeek = send(alert(MessageKind.HETERDAAD, "{\"locatie\":\"Vorigeweekstraat\"}", null, AWAITS));
        clock.set(WEEK_START);
        long arrest = send(alert(MessageKind.HETERDAAD, "{\"locatie\":\"Dorpsstraat\",\"kenteken\":\"XK-123-B\"}", null, AWAITS));
        send(alert(MessageKind.HETERDAAD, "{\"locatie\":\"Stationsplein\"}", arrest, FollowUpPolicy.NONE));
        clock.advance(Duration.ofMinutes(40));
        send(alert(MessageKind.AFLOOPBERICHT, "{\"uitkomst\":\"Aangehouden\",\"toelichting\":\"Jan Jansen aangehouden\"}",
                arrest, FollowUpPolicy.NONE));
        send(alert(MessageKind.AFLOOPBERICHT, "{\"uitkomst\":\"Actie beëindigd zonder resultaat\"}", lastWeek, FollowUpPolicy.NONE));
        long missing = send(alert(MessageKind.VERMISSING, "{\"naam\":\"Truus de Boer\"}", null, AWAITS));
        service.closeWithReason(missing, CloseCategory.ANDERS, "Truus de Boer is thuis", officer);
        send(alert(MessageKind.WAARSCHUWING, "{\"omschrijving\":\"babbeltruc\"}", null, FollowUpPolicy.NONE));
        send(alert(MessageKind.HETERDAAD, "{\"locatie\":\"Kerkstraat\"}", null, AWAITS));
        service.recordPending(alert(MessageKind.HETERDAAD, "{\"locatie\":\"Nooitverstuurd\"}", null, AWAITS), officer);
        clock.set(WEEK_START.plus(Duration.ofDays(7)).minusSeconds(1));
        send(alert(MessageKind.GETUIGENOPROEP, "{\"wat\":\"Inbraak\"}", null, FollowUpPolicy.NONE));
        clock.set(WEEK_START.plus(Duration.ofDays(7)));
        send(alert(MessageKind.HETERDAAD, "{\"locatie\":\"Volgendeweekstraat\"}", null, AWAITS));
        send(alert(MessageKind.WEEKOVERZICHT, "{\"periode\":\"week 47\"}", null, FollowUpPolicy.NONE));

        WeeklyOverview overview = WeeklyText.write(new WeeklyLog(storage.alerts()).tally(WEEK_47), WEEK_47,
                LocalDate.of(2026, 11, 23));

        assertEquals("week 47 (16 t/m 22 november)", overview.periode());
        assertEquals("""
                Er gingen 5 berichten uit: 2 heterdaadberichten, 1 vermissing, 1 getuigenoproep en 1 waarschuwing.
                Zo liep het af:
                - 1 heterdaadbericht leidde tot een aanhouding.
                - 1 vermissing is afgerond.
                Van 1 bericht is de afloop nog niet bekend.""", overview.overzicht());
        for (String personal : List.of("Dorpsstraat", "XK-123-B", "Jan Jansen", "Truus", "babbeltruc", "Kerkstraat", "thuis")) {
            assertFalse(overview.overzicht().contains(personal), personal);
        }
    }

    @Test
    void readsMoreThanOnePageOfTheLog() {
        clock.set(WEEK_START.plus(Duration.ofDays(2)));
        for (int i = 0; i < 520; i++) {
            send(alert(MessageKind.WAARSCHUWING, "{}", null, FollowUpPolicy.NONE));
        }

        Tally tally = new WeeklyLog(storage.alerts()).tally(WEEK_47);

        assertEquals(520, tally.totalSent());
    }

    private NewAlert alert(MessageKind kind, String values, Long parent, FollowUpPolicy followUp) {
        return new NewAlert(kind, kind.jsonName(), "hash", values, "tekst " + values, parent, followUp, List.of());
    }

    private long send(NewAlert alert) {
        long id = service.recordPending(alert, officer);
        service.confirmSent(id, officer);
        return id;
    }
}
