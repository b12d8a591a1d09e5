package nl.meldtafel.ui.log;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.fake.FakeServices;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * A log with two officers and a hand-moved clock, plus helpers to record alerts: in memory on the fakes for
 * tests of the Logboek alone, or a real one on disk for tests about the log itself.
 */
final class LogFixture implements AutoCloseable {

    static final ZoneId ZONE = MutableClock.AMSTERDAM;
    /** Monday 23 November 2026, 14.32 in Amsterdam. */
    static final Instant START = LocalDateTime.of(2026, 11, 23, 14, 32).atZone(ZONE).toInstant();
    static final FollowUpPolicy HOUR = new FollowUpPolicy(true, Duration.ofMinutes(60), null);
    static final String NOTICE = "\n\n_Tips of informatie? Bel 112 bij spoed, anders 0900-8844. "
            + "Reageer niet in deze groep: de politie leest niet mee._";

    final MutableClock clock = new MutableClock(START);
    /** The log on disk; null on the fakes. */
    final Storage storage;
    final AlertService service;
    final OfficerService officers;
    final RetentionService retention;
    final Actor jan;
    final Actor piet;

    /** The log in memory, on the fakes. */
    LogFixture() {
        FakeServices fakes = new FakeServices(clock);
        storage = null;
        service = fakes.alerts;
        officers = fakes.officers;
        retention = fakes.retention;
        jan = new Actor(officers.register("J. de Vries", "123456"), "desk");
        piet = new Actor(officers.register("P. Jansen", "234567"), "desk");
    }

    /** A real log in {@code dir}, for what is about the log itself: its files, chain, redaction, responses. */
    LogFixture(Path dir) {
        storage = Storage.open(dir, clock);
        service = storage.alertService();
        officers = storage.officers();
        retention = storage.retention();
        jan = new Actor(officers.register("J. de Vries", "123456"), "desk");
        piet = new Actor(officers.register("P. Jansen", "234567"), "desk");
    }

    LogViewModel model(TaskRunner runner, List<String> clipboard) {
        return new LogViewModel(service, officers, runner, clipboard::add, ZONE, clock);
    }

    static String heterdaadText(String delict, String place) {
        return "*POLITIEBERICHT – HETERDAAD*\n" + delict + " om 14.32 uur aan de " + place + ".\n"
                + "Gezocht worden 2 verdachten:\n1. man, ca. 20 jaar, donkere jas met capuchon\n"
                + "Gevlucht richting station." + NOTICE;
    }

    static NewAlert heterdaad(String text) {
        return new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h",
                "{\"delict\":\"Woninginbraak\",\"verdachten\":[{\"geslacht\":\"man\",\"leeftijd\":\"20\"},"
                        + "{\"geslacht\":\"vrouw\"}],\"foto\":true}", text, null, HOUR, List.of());
    }

    static NewAlert vermissing(String text) {
        return new NewAlert(MessageKind.VERMISSING, "vermissing", "hash-v", "{\"naam\":\"Jan\"}", text, null,
                new FollowUpPolicy(true, Duration.ofHours(2), Duration.ofHours(2)), List.of());
    }

    static NewAlert update(long parent, String text) {
        return new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{}", text, parent, FollowUpPolicy.NONE, List.of());
    }

    static NewAlert afloop(long parent, String text) {
        return new NewAlert(MessageKind.AFLOOPBERICHT, "afloopbericht", "hash-a", "{\"uitkomst\":\"aangehouden\"}", text,
                parent, FollowUpPolicy.NONE, List.of());
    }

    static NewAlert getuigenoproep(String text) {
        return new NewAlert(MessageKind.GETUIGENOPROEP, "getuigenoproep", "hash-g", "{}", text, null, FollowUpPolicy.NONE,
                List.of());
    }

    long sent(NewAlert alert, Actor by) {
        long id = service.recordPending(alert, by);
        service.confirmSent(id, by);
        return id;
    }

    long pending(NewAlert alert, Actor by) {
        return service.recordPending(alert, by);
    }

    /** About thirty alerts of a working day: burglaries, a missing person, follow-ups, one overdue. */
    void demoDay() {
        clock.set(START.minus(Duration.ofHours(20)));
        String[][] burglaries = {
                {"Woninginbraak", "Dorpsstraat, Leiden-Zuid"}, {"Straatroof", "Stationsplein"},
                {"Poging woninginbraak", "Merenwijk, Vondellaan"}, {"Overval", "Albert Heijn Kerkplein"},
                {"Voertuigcriminaliteit", "parkeergarage Haarlemmerstraat"}, {"Babbeltruc", "Hoflaan, Oegstgeest"},
                {"Woninginbraak", "Zeeheldenbuurt, De Ruyterstraat"}, {"Straatroof", "Rapenburg bij de Hortus"},
                {"Woninginbraak", "Stevenshof, Trompet"}, {"Overval", "tankstation Haagweg"},
        };
        for (int i = 0; i < burglaries.length; i++) {
            Actor by = i % 3 == 0 ? piet : jan;
            long id = sent(heterdaad(heterdaadText(burglaries[i][0], burglaries[i][1])), by);
            clock.advance(Duration.ofMinutes(20));
            if (i % 2 == 0) {
                sent(update(id, "*UPDATE HETERDAAD*\nVerdachte gezien bij de " + burglaries[i][1] + ", nu lopend." + NOTICE), by);
            }
            clock.advance(Duration.ofMinutes(10 + i * 3));
            if (i < 7) {
                sent(afloop(id, "*AFLOOPBERICHT*\nDe verdachte van de " + burglaries[i][0].toLowerCase() + " is aangehouden. "
                        + "Dank voor het uitkijken!" + NOTICE), by);
            } else if (i == 7) {
                service.closeWithReason(id, CloseCategory.LOOS_ALARM, "Melding bleek vals alarm", by);
            }
            clock.advance(Duration.ofMinutes(47));
        }
        long missing = sent(vermissing("*VERMISSING*\nVermist: Jan (82), dementerend, grijze jas, rollator.\n"
                + "Laatst gezien bij winkelcentrum De Luifelbaan." + NOTICE), jan);
        clock.advance(Duration.ofMinutes(95));
        sent(afloop(missing, "*AFLOOPBERICHT*\nJan is terecht, ongedeerd. Dank voor uw hulp!" + NOTICE), jan);
        sent(getuigenoproep("*GETUIGENOPROEP*\nWie zag gisteravond de aanrijding op de Lammenschansweg?" + NOTICE), piet);
        clock.advance(Duration.ofMinutes(30));
        pending(heterdaad(heterdaadText("Woninginbraak", "Professorenwijk, Kernstraat")), jan);
        clock.set(START);
    }

    @Override
    public void close() {
        if (storage != null) {
            storage.close();
        }
    }
}
