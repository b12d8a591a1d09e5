package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.AuditRecord;
import nl.meldtafel.alert.ChainHead;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Draft;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.retention.RunProgress;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.retention.StoredRetentionService;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retention through the desk's services, on SQLite and on PostgreSQL (moved from RetentionTest, which keeps the file checks). */
class RetentionContractTest extends StorageContract {

    private static final Instant START = Instant.parse("2026-10-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private Storage storage;
    private Actor jan;
    private Actor piet;

    @BeforeEach
    void open() {
        storage = open(clock);
        jan = Fixtures.officer(storage, "J. de Vries", "123456");
        piet = Fixtures.officer(storage, "P. Jansen", "654321");
        Fixtures.addGroups(storage, "Leiden-Zuid", "Merenwijk");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private long sent(NewAlert a, Actor by) {
        long id = storage.alertService().recordPending(a, by);
        storage.alertService().confirmSent(id, by);
        return id;
    }

    private static NewAlert vermissing(String marker) {
        return new NewAlert(MessageKind.VERMISSING, "vermissing", "hash-v", "{\"naam\":\"" + marker + "naam\"}",
                "*POLITIEBERICHT – VERMISSING*\nVermist: " + marker + " (82 jaar)", null, Fixtures.VERMISSING, List.of(1L));
    }

    private static NewAlert heterdaad(String marker) {
        return new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{\"signalement\":\"" + marker + "kleding\"}",
                "Inbraak Dorpsstraat, verdachte " + marker, null, Fixtures.HETERDAAD, List.of(1L, 2L));
    }

    /** Every kind of alert the run must tell apart, each with its own marker, 30 days before the run. */
    private final class Seeded {
        final long vermist = sent(vermissing("Mkvermist"), jan);
        final long afloop;
        final long heterClosed = sent(heterdaad("Mkheter"), piet);
        final long held = sent(heterdaad("Mkheld"), jan);
        final long open = sent(heterdaad("Mkopen"), jan);
        final long getuige = sent(new NewAlert(MessageKind.GETUIGENOPROEP, "getuigen", "hash-g", "{\"x\":\"Mkgetuigevalue\"}",
                "Getuigen gezocht: Mkgetuige", null, FollowUpPolicy.NONE, List.of(2L)), piet);
        long recent;

        Seeded() {
            clock.advance(Duration.ofMinutes(40));
            afloop = sent(Fixtures.afloop(vermist, "Afloop: Mkafloop is terecht"), jan);
            storage.alertService().closeWithReason(heterClosed, CloseCategory.LOOS_ALARM, "Mkreden bleek de buurman", piet);
            storage.alertService().closeWithReason(held, CloseCategory.ANDERS, "Mkheldreden aangehouden", piet);
            storage.drafts().save(new Draft(jan.officer().id(), "vermissing", "{\"naam\":\"Mkdraft\"}", clock.instant()));
        }

        void recentVermissing() {
            recent = sent(vermissing("Mkrecent"), jan);
            storage.alertService().closeWithReason(recent, CloseCategory.ANDERS, "Mkrecentreden terecht", jan);
        }
    }

    @Test
    void theChainVerifiesAfterRedactionAndRecordsTheRun() {
        Seeded s = new Seeded();
        clock.advance(Duration.ofDays(30));
        long entriesBefore = storage.verifier().verify(Optional.empty()).entries();

        RedactionReport r = storage.retention().run();

        VerificationReport report = storage.verifier().verify(Optional.empty());
        assertTrue(report.intact(), () -> report.problem().orElseThrow().toString());
        assertEquals(5, report.redacted());
        // the first run adds the officer it is recorded under, then the run itself
        assertEquals(entriesBefore + 2, report.entries());
        assertEquals(AuditEvent.OFFICER_ADDED, storage.audit().entriesAfter(entriesBefore, 10).get(0).record().event());
        AuditEntry last = storage.audit().entriesAfter(entriesBefore, 10).get(1);
        assertEquals(AuditEvent.REDACTED, last.record().event());
        assertEquals("{\"count\":5,\"firstId\":" + Fixtures.redactedIds(storage, r).get(0) + ",\"lastId\":" + s.afloop + "}", last.record().details());
        assertEquals(RetentionService.SYSTEM_PERSONNEL_NUMBER,
                storage.officers().find(last.record().officerId()).orElseThrow().personnelNumber());
        assertFalse(storage.officers().all().stream().anyMatch(o -> o.personnelNumber().equals(RetentionService.SYSTEM_PERSONNEL_NUMBER)),
                "the system row is not offered as an officer at the desk");

        Alert redacted = storage.alerts().find(s.heterClosed).orElseThrow();
        assertNull(redacted.text());
        assertNull(redacted.valuesJson());
        assertNull(redacted.closure().reason());
        assertEquals(r.batches().get(0).at(), redacted.redactedAt());

        RedactionReport second = storage.retention().run();
        assertEquals(0, second.count(), "a second run finds nothing and writes no entry");
        assertEquals(entriesBefore + 2, storage.verifier().verify(Optional.empty()).entries());
    }

    @Test
    void contentRemovedBehindTheLogsBackIsReported() throws Exception {
        Seeded s = new Seeded();
        rawExec("UPDATE alert SET redacted_at = 1, text = NULL, values_json = NULL, "
                + "content_salt = NULL WHERE id = " + s.open);

        VerificationReport report = storage.verifier().verify(Optional.empty());

        assertFalse(report.intact());
        assertTrue(report.problem().orElseThrow().description().contains("without a recorded redaction"));
    }

    @Test
    void holdKeepsTheWholeChainUntilItsEndDateOrUntilLifted() {
        Seeded s = new Seeded();
        LocalDate until = LocalDate.now(clock).plusDays(40);
        storage.retention().placeHold(s.afloop, "Zaak 2026-118", until, jan); // on the afloop: keeps the vermissing too
        storage.retention().placeHold(s.heterClosed, "Tijdelijk", until, jan);
        clock.advance(Duration.ofDays(39));

        List<Long> first = Fixtures.redactedIds(storage, storage.retention().run());
        assertFalse(first.contains(s.vermist));
        assertFalse(first.contains(s.afloop));
        assertFalse(first.contains(s.heterClosed));

        storage.retention().liftHold(storage.retention().holdsOf(s.heterClosed).get(0).id(), jan);
        assertEquals(List.of(s.heterClosed), Fixtures.redactedIds(storage, storage.retention().run()));

        clock.set(until.atStartOfDay(clock.getZone()).toInstant().minusSeconds(1));
        assertEquals(List.of(), Fixtures.redactedIds(storage, storage.retention().run()), "the last second of the day before");
        clock.set(until.atStartOfDay(clock.getZone()).toInstant());
        assertEquals(List.of(s.vermist, s.afloop), Fixtures.redactedIds(storage, storage.retention().run()), "the hold ends at its end date");
        assertTrue(storage.verifier().verify(Optional.empty()).intact());
    }

    @Test
    void aHoldCannotBeChangedOrDeletedBehindTheDesksBack() {
        Seeded s = new Seeded();
        storage.retention().placeHold(s.held, "Zaak 2026-118", LocalDate.now(clock).plusDays(10), jan);

        assertThrows(java.sql.SQLException.class, () -> rawExec("UPDATE retention_hold SET until_date = '2099-01-01'"));
        assertThrows(java.sql.SQLException.class, () -> rawExec("DELETE FROM retention_hold"));
        long id = storage.retention().holdsOf(s.held).get(0).id();
        storage.retention().liftHold(id, jan);
        assertThrows(IllegalStateException.class, () -> storage.retention().liftHold(id, piet), "lifted once");
        assertEquals(jan.officer().id(), storage.retention().holdsOf(s.held).get(0).liftedBy());
    }

    @Test
    void periodsHoldsAndLiftsAreChainedUnderTheirOfficerWithoutTheHoldsFreeText() {
        Seeded s = new Seeded();
        long seq = storage.audit().head().orElseThrow().seq();
        LocalDate until = LocalDate.now(clock).plusDays(10);
        storage.retention().savePolicy(storage.retention().policy().with(MessageKind.VERMISSING, 3), jan);
        storage.retention().placeHold(s.held, "Zaak 2026-118 tegen P. Jansen", until, jan);
        long hold = storage.retention().holdsOf(s.held).get(0).id();
        storage.retention().liftHold(hold, piet);

        List<AuditRecord> written = storage.audit().entriesAfter(seq, 100).stream().map(AuditEntry::record).toList();
        assertEquals(List.of(AuditEvent.SETTING_CHANGED, AuditEvent.HOLD_PLACED, AuditEvent.HOLD_LIFTED),
                written.stream().map(AuditRecord::event).toList());
        assertEquals(List.of(jan.officer().personnelNumber(), jan.officer().personnelNumber(), piet.officer().personnelNumber()),
                written.stream().map(AuditRecord::actorNumber).toList());
        assertTrue(written.get(0).details().contains("\"vermissing\":3"), written.get(0).details());
        assertEquals(List.of(s.held, s.held), List.of(written.get(1).alertId(), written.get(2).alertId()));
        assertTrue(written.get(1).details().contains(until.toString()), written.get(1).details());
        assertFalse(written.get(1).details().contains("Jansen"), "the reason stays with the hold, out of the chain");
        assertTrue(storage.verifier().verify(Optional.empty()).intact());
    }

    @Test
    void aHoldNeedsAReasonAndAnEndAfterToday() {
        Seeded s = new Seeded();
        LocalDate today = LocalDate.now(clock);
        assertThrows(IllegalArgumentException.class, () -> storage.retention().placeHold(s.held, " ", today.plusDays(3), jan));
        assertThrows(IllegalArgumentException.class, () -> storage.retention().placeHold(s.held, "Zaak", today, jan));
        clock.advance(Duration.ofDays(30));
        storage.retention().run();
        assertThrows(IllegalStateException.class,
                () -> storage.retention().placeHold(s.heterClosed, "Te laat", today.plusDays(60), jan));
    }

    @Test
    void periodsPerKindAreValidatedAndSurviveARestart() {
        RetentionPolicy defaults = storage.retention().policy();
        assertEquals(7, defaults.daysFor(MessageKind.VERMISSING));
        assertEquals(28, defaults.daysFor(MessageKind.HETERDAAD));
        assertThrows(IllegalArgumentException.class, () -> defaults.with(MessageKind.HETERDAAD, 0));
        assertThrows(IllegalArgumentException.class, () -> defaults.with(MessageKind.HETERDAAD, 366));

        storage.retention().savePolicy(defaults.with(MessageKind.VERMISSING, 3).with(MessageKind.HETERDAAD, 60), jan);
        storage.close();
        storage = open(clock);

        RetentionPolicy reopened = storage.retention().policy();
        assertEquals(3, reopened.daysFor(MessageKind.VERMISSING));
        assertEquals(60, reopened.daysFor(MessageKind.HETERDAAD));
        assertEquals(28, reopened.daysFor(MessageKind.GETUIGENOPROEP));
    }

    @Test
    void aShorterPeriodRedactsSooner() {
        Seeded s = new Seeded();
        storage.retention().savePolicy(storage.retention().policy().with(MessageKind.VERMISSING, 2), jan);
        clock.advance(Duration.ofDays(2));

        assertEquals(List.of(s.vermist, s.afloop), Fixtures.redactedIds(storage, storage.retention().run()));
    }

    /** The run's chain entry cannot be written (a full disk, a server that refuses): nothing is redacted. */
    @Test
    void aFailingRunChangesNothing() throws Exception {
        Seeded s = new Seeded();
        clock.advance(Duration.ofDays(30));
        if (kind == BackendContract.Kind.SQLITE) {
            rawExec("CREATE TRIGGER refuse_redaction BEFORE INSERT ON audit_entry WHEN NEW.event = 'REDACTED' "
                    + "BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
        } else {
            rawExec("CREATE FUNCTION refuse_redaction() RETURNS trigger LANGUAGE plpgsql AS "
                            + "$$ BEGIN RAISE EXCEPTION 'disk gone'; END $$",
                    "CREATE TRIGGER refuse_redaction BEFORE INSERT ON audit_entry FOR EACH ROW "
                            + "WHEN (NEW.event = 'REDACTED') EXECUTE FUNCTION refuse_redaction()");
        }

        assertThrows(StorageException.class, storage.retention()::run);
        rawExec("DROP TRIGGER refuse_redaction" + (kind == BackendContract.Kind.SQLITE ? "" : " ON audit_entry"));

        assertNotNull(storage.alerts().find(s.vermist).orElseThrow().text());
        assertEquals(1, storage.alerts().search(AlertQuery.all().text("Mkheter")).items().size());
        assertTrue(storage.drafts().find(jan.officer().id(), "vermissing").isPresent());
        VerificationReport report = storage.verifier().verify(Optional.empty());
        assertTrue(report.intact());
        assertEquals(0, report.redacted());
        assertEquals(5, storage.retention().run().count(), "the next run does it all");
    }

    /**
     * Finished stories (a vermissing with its afloop, a closed heterdaad) between alerts still open; the
     * afloopberichten come after all the rest, as on a busy desk, so a page's chains reach into later pages.
     */
    private List<Long> manyFinishedChains(int stories) {
        List<Long> finished = new ArrayList<>();
        storage.inOneTransaction("seed", () -> {
            List<Long> missing = new ArrayList<>();
            for (int i = 0; i < stories; i++) {
                long vermist = sent(vermissing("Mkv" + i), jan);
                long heter = sent(heterdaad("Mkh" + i), piet);
                storage.alertService().closeWithReason(heter, CloseCategory.OPGELOST, "Mkreden " + i, piet);
                sent(heterdaad("Mkopen" + i), jan);
                missing.add(vermist);
                finished.addAll(List.of(vermist, heter));
            }
            for (int i = 0; i < stories; i++) {
                finished.add(sent(Fixtures.afloop(missing.get(i), "Afloop: Mkv" + i + " is terecht"), jan));
            }
            return null;
        });
        clock.advance(Duration.ofDays(60));
        return finished;
    }

    @Test
    void aLongRunGoesInBatchesEachInTheChainAndReportsItsProgress() {
        List<Long> finished = manyFinishedChains(130); // 520 alerts: several pages
        clock.advance(Duration.ofNanos(123_456)); // a PC's clock has more than milliseconds; the log keeps milliseconds
        List<Double> progress = new ArrayList<>();

        RedactionReport r = storage.retention().run(new RunProgress() {
            @Override
            public void reached(double fraction) {
                progress.add(fraction);
            }

            @Override
            public boolean stopRequested() {
                return false;
            }
        });

        assertTrue(r.finished());
        assertEquals(finished.size(), r.count());
        assertEquals(finished.stream().sorted().toList(), Fixtures.redactedIds(storage, r));
        assertTrue(r.batches().size() >= 3, "one transaction per page: " + r.batches());
        assertEquals(progress.stream().sorted().toList(), progress, "progress only goes up");
        assertEquals(1.0, progress.get(progress.size() - 1));
        VerificationReport report = storage.verifier().verify(Optional.empty());
        assertTrue(report.intact(), String.valueOf(report.problem()));
        assertEquals(finished.size(), report.redacted());
        assertEquals(r.batches().size(), storage.audit().entriesAfter(0, 100_000).stream()
                .filter(e -> e.record().event() == AuditEvent.REDACTED).count(), "an entry per batch");
        assertEquals(0, storage.alerts().search(AlertQuery.all().text("Mkv129")).items().size());
        assertEquals(1, storage.alerts().search(AlertQuery.all().text("Mkopen129")).items().size(), "open alerts keep their text");
    }

    @Test
    void aRunStoppedByClosingTheDeskKeepsWhatItDidAndTheNextRunDoesTheRest() {
        List<Long> finished = manyFinishedChains(130);
        int[] pages = {0}; // progress reports

        RedactionReport stopped = storage.retention().run(new RunProgress() {
            @Override
            public void reached(double fraction) {
                pages[0]++;
            }

            @Override
            public boolean stopRequested() {
                return pages[0] >= 2; // at the start, then after the first page: the desk closes
            }
        });

        assertFalse(stopped.finished());
        assertEquals(2, pages[0]);
        assertTrue(stopped.count() > 0 && stopped.count() < finished.size(), "part done: " + stopped.count());
        assertTrue(storage.verifier().verify(Optional.empty()).intact(), "what it did is recorded");

        RedactionReport rest = storage.retention().run();

        assertTrue(rest.finished());
        List<Long> all = new ArrayList<>(Fixtures.redactedIds(storage, stopped));
        all.addAll(Fixtures.redactedIds(storage, rest));
        all.sort(null);
        assertEquals(finished.stream().sorted().toList(), all, "together exactly what one run redacts");
        VerificationReport report = storage.verifier().verify(Optional.empty());
        assertTrue(report.intact(), String.valueOf(report.problem()));
        assertEquals(finished.size(), report.redacted());
    }
}
