package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.ChainHead;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.ExpectedHead;
import nl.meldtafel.alert.VerificationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));
    private Storage storage;
    private Path file;
    private long[] alerts;

    /**
     * Ten entries: 1 the officer added; 2-7 three alerts, each copied then sent; 8-9 the afloopbericht
     * copied and sent; 10 the closing of the first alert by it.
     */
    @BeforeEach
    void setUp() {
        storage = Storage.open(dir, clock);
        file = Storage.databaseFile(dir);
        Actor jan = Fixtures.officer(storage, "J. de Vries", "1");
        AlertService s = storage.alertService();
        alerts = new long[4];
        for (int i = 0; i < 3; i++) {
            alerts[i] = s.recordPending(Fixtures.heterdaad("Inbraak " + i), jan);
            s.confirmSent(alerts[i], jan);
            clock.advance(Duration.ofMinutes(1));
        }
        alerts[3] = s.recordPending(Fixtures.afloop(alerts[0], "Verdachte aangehouden"), jan);
        s.confirmSent(alerts[3], jan);
    }

    @AfterEach
    void tearDown() {
        storage.close();
    }

    @Test
    void untouchedChainVerifiesAndReportsItsHead() {
        VerificationReport r = verify(Optional.empty());

        assertTrue(r.intact(), String.valueOf(r.problem()));
        assertEquals(10, r.entries());
        assertEquals(storage.audit().head(), r.head());
        assertEquals(10, r.head().orElseThrow().seq());
    }

    @Test
    void changedAlertTextIsCaughtAtItsEntry() throws SQLException {
        Fixtures.exec(file, "DROP TRIGGER alert_sent_content_immutable",
                "UPDATE alert SET text = 'Inbraak 1 (aangepast)' WHERE id = " + alerts[1]);

        // caught at the first entry that holds the text: the copy
        assertBrokenAt(4, verify(Optional.empty()), "text or field values");
    }

    @Test
    void changedSendTimeIsCaughtEvenThoughTheContentIsTheSame() throws SQLException {
        Fixtures.exec(file, "DROP TRIGGER alert_sent_content_immutable",
                "UPDATE alert SET sent_at = sent_at + 60000 WHERE id = " + alerts[2]);

        assertBrokenAt(7, verify(Optional.empty()), "recorded facts");
    }

    @Test
    void changedEntryIsCaught() throws SQLException {
        Fixtures.exec(file, "DROP TRIGGER audit_entry_no_update",
                "UPDATE audit_entry SET os_account = 'iemand anders' WHERE seq = 2");

        assertBrokenAt(2, verify(Optional.empty()), "was changed");
    }

    @Test
    void deletedEntryIsCaught() throws SQLException {
        Fixtures.exec(file, "DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE seq = 3");

        assertBrokenAt(3, verify(Optional.empty()), "missing");
    }

    @Test
    void deletedEntryWithRenumberedRestIsCaught() throws SQLException {
        Fixtures.exec(file, "DROP TRIGGER audit_entry_no_delete", "DROP TRIGGER audit_entry_no_update",
                "DELETE FROM audit_entry WHERE seq = 3", "UPDATE audit_entry SET seq = seq - 1 WHERE seq > 3");

        assertBrokenAt(3, verify(Optional.empty()), "does not follow");
    }

    @Test
    void swappedEntriesAreCaught() throws SQLException {
        Fixtures.exec(file, "DROP TRIGGER audit_entry_no_update",
                "UPDATE audit_entry SET seq = -2 WHERE seq = 2",
                "UPDATE audit_entry SET seq = 2 WHERE seq = 3",
                "UPDATE audit_entry SET seq = 3 WHERE seq = -2");

        assertBrokenAt(2, verify(Optional.empty()), "does not follow");
    }

    @Test
    void insertedEntryIsCaught() throws SQLException {
        Fixtures.exec(file, "DROP TRIGGER audit_entry_no_update",
                "UPDATE audit_entry SET seq = seq + 100 WHERE seq >= 4",
                "UPDATE audit_entry SET seq = seq - 99 WHERE seq >= 100",
                "INSERT INTO audit_entry SELECT 4, event, alert_id, at, officer_id, os_account, details, content_hash, "
                        + "prev_hash, entry_hash, form, subject_id, actor_name, actor_number FROM audit_entry WHERE seq = 3");

        assertBrokenAt(4, verify(Optional.empty()), "does not follow");
    }

    @Test
    void cutOffTailIsCaughtAgainstAHeadKeptElsewhere() throws SQLException {
        ChainHead kept = storage.audit().head().orElseThrow();
        Fixtures.exec(file, "DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE seq >= 8",
                "DROP TRIGGER alert_sent_content_immutable", "DROP TRIGGER alert_closure_immutable",
                "DROP TRIGGER alert_status_only_forward", "DROP TRIGGER alert_sent_not_deleted",
                // a careful attacker also hides the closing and the afloopbericht
                "UPDATE alert SET status = 'SENT', closed_at = NULL, closed_by_alert_id = NULL, close_salt = NULL, "
                        + "closed_by_officer_id = NULL, closed_os_account = NULL WHERE id = " + alerts[0],
                "DELETE FROM alert WHERE id = " + alerts[3]);

        assertTrue(verify(Optional.empty()).intact(), "without the kept head the cut is invisible");
        VerificationReport r = verify(Optional.of(ExpectedHead.parse(kept.toString())));
        assertFalse(r.intact());
        assertTrue(r.problem().orElseThrow().description().contains("cut off"), r.problem().toString());
        assertEquals(7, r.head().orElseThrow().seq());
    }

    @Test
    void keptHeadWithinALongerChainIsFine() {
        ChainHead kept = storage.audit().head().orElseThrow();
        Actor jan = Fixtures.officer(storage, "J. de Vries", "1");
        long later = storage.alertService().recordPending(Fixtures.heterdaad("Later"), jan);
        storage.alertService().confirmSent(later, jan);

        assertTrue(verify(Optional.of(new ExpectedHead(Optional.empty(), kept.hash()))).intact());
    }

    @Test
    void sentAlertWhoseEntryVanishedFromTheEndIsCaught() throws SQLException {
        Fixtures.exec(file, "DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE seq = 10");

        VerificationReport r = verify(Optional.empty());

        assertFalse(r.intact());
        assertEquals(alerts[0], r.problem().orElseThrow().alertId());
    }

    @Test
    void theKeptOutcomeIsPartOfTheClosingsEntry() throws SQLException {
        assertEquals(nl.meldtafel.alert.AlertOutcome.AANGEHOUDEN,
                storage.alerts().find(alerts[0]).orElseThrow().closure().outcome());
        Fixtures.exec(file, "DROP TRIGGER alert_closure_facts_fixed",
                "UPDATE alert SET outcome = 'ANDERS' WHERE id = " + alerts[0]);

        assertBrokenAt(10, verify(Optional.empty()), "outcome");
    }

    @Test
    void theCloseCategoryStaysCheckedAfterTheReasonIsRedacted() throws SQLException {
        storage.alertService().closeWithReason(alerts[1], CloseCategory.DUBBEL, "Dubbel verstuurd", Fixtures.officer(storage, "J. de Vries", "1"));
        clock.advance(Duration.ofDays(29));
        storage.retention().run();
        assertTrue(verify(Optional.empty()).intact());

        Fixtures.exec(file, "DROP TRIGGER alert_closure_facts_fixed",
                "UPDATE alert SET close_category = 'LOOS_ALARM' WHERE id = " + alerts[1]);

        assertBrokenAt(11, verify(Optional.empty()), "close category");
    }

    @Test
    void redactedAlertStillVerifies() {
        // redaction goes through a recorded retention run; removing content by hand is tampering (RetentionTest)
        storage.alertService().closeWithReason(alerts[1], CloseCategory.LOOS_ALARM, "Loos alarm", Fixtures.officer(storage, "J. de Vries", "1"));
        clock.advance(Duration.ofDays(29));
        storage.retention().run();

        VerificationReport r = verify(Optional.empty());

        assertTrue(r.intact(), String.valueOf(r.problem()));
        assertTrue(storage.alerts().find(alerts[1]).orElseThrow().isRedacted());
        assertEquals(3, r.redacted()); // alert 1, and alert 0 with the afloopbericht that closed it
        assertTrue(storage.alerts().search(nl.meldtafel.alert.AlertQuery.all().text("Inbraak 1")).items().isEmpty());
    }

    /**
     * A log of several batches, read ahead on two threads: intact it verifies as read one batch at a
     * time, and a change in a late batch or to a late response is found at the same place.
     */
    @Test
    void readingAheadFindsWhatReadingInTurnFinds() throws SQLException {
        Actor jan = Fixtures.officer(storage, "P. Jansen", "2");
        long last = storage.inOneTransaction("many", () -> {
            long id = 0;
            for (int i = 0; i < 700; i++) { // about 2,800 entries: several batches
                id = storage.alertService().recordPending(Fixtures.heterdaad("Diefstal " + i), jan);
                storage.alertService().confirmSent(id, jan);
                storage.responses().record(id, 0, i % 3, 1, nl.meldtafel.alert.ResponseResult.GEEN, jan);
            }
            return id;
        });
        VerificationReport inTurn = verify(Optional.empty());
        VerificationReport ahead = storage.verifyReadingAhead(Optional.empty());
        assertTrue(ahead.intact(), String.valueOf(ahead.problem()));
        assertEquals(inTurn.entries(), ahead.entries());
        assertEquals(inTurn.head(), ahead.head());

        Fixtures.exec(file, "DROP TRIGGER alert_sent_content_immutable",
                "UPDATE alert SET text = 'Diefstal (aangepast)' WHERE id = " + (last - 1));
        VerificationReport changed = storage.verifyReadingAhead(Optional.empty());
        assertEquals(verify(Optional.empty()).problem(), changed.problem());
        assertTrue(changed.problem().orElseThrow().seq() > 2000, "found in a late batch: " + changed.problem());

        Fixtures.exec(file, "UPDATE alert SET text = 'Diefstal 698' WHERE id = " + (last - 1),
                "DROP TRIGGER alert_response_only_for_sent", "UPDATE alert_response SET calls_112 = 7 WHERE alert_id = " + last);
        VerificationReport response = storage.verifyReadingAhead(Optional.empty());
        assertFalse(response.intact());
        assertEquals(last, response.problem().orElseThrow().alertId());
        assertTrue(response.problem().orElseThrow().description().contains("response of alert " + last), response.problem().toString());
    }

    /** A chain that ends exactly at the end of a batch, and one a single entry longer, read ahead to the end. */
    @Test
    void readingAheadReadsAChainThatEndsAtABatchEdgeToItsLastEntry() {
        Actor jan = Fixtures.officer(storage, "P. Jansen", "2");
        storage.inOneTransaction("many", () -> {
            for (int i = 0; i < 250; i++) {
                long id = storage.alertService().recordPending(Fixtures.heterdaad("Diefstal " + i), jan);
                storage.alertService().confirmSent(id, jan);
            }
            while (storage.audit().head().orElseThrow().seq() % nl.meldtafel.alert.ChainVerifier.BATCH != 0) {
                storage.audit().append(nl.meldtafel.alert.AuditRecords.settingChanged("retention", 30, clock.instant(), jan));
            }
            return null;
        });
        long edge = storage.audit().head().orElseThrow().seq();

        VerificationReport atEdge = storage.verifyReadingAhead(Optional.empty());
        storage.audit().append(nl.meldtafel.alert.AuditRecords.settingChanged("retention", 31, clock.instant(), jan));
        VerificationReport past = storage.verifyReadingAhead(Optional.empty());

        assertTrue(atEdge.intact(), String.valueOf(atEdge.problem()));
        assertEquals(edge, atEdge.entries());
        assertEquals(edge, atEdge.head().orElseThrow().seq());
        assertTrue(past.intact(), String.valueOf(past.problem()));
        assertEquals(edge + 1, past.head().orElseThrow().seq());
    }

    private VerificationReport verify(Optional<ExpectedHead> head) {
        return storage.verifier().verify(head);
    }

    private static void assertBrokenAt(long seq, VerificationReport r, String words) {
        assertFalse(r.intact(), "tampering not noticed");
        VerificationReport.Problem p = r.problem().orElseThrow();
        assertEquals(seq, p.seq(), p.toString());
        assertTrue(p.description().contains(words), p.toString());
    }
}
