package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.ExpectedHead;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.groups.GroupInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each way of tampering with the log, by someone with the database file and an SQLite shell, on a log a
 * desk really wrote: with the anchor the desk wrote at its clean close, and without one (the anchor files
 * removed too). Every tamper must be caught when the anchor is there; the table says which are without.
 */
class TamperSuiteTest {

    private static final Map<String, String> TABLE = new LinkedHashMap<>();

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    /** What the log holds before each tamper. */
    private record Log(long officer, long group, long first, long second, long closing) {
    }

    enum Tamper {
        EDIT("UPDATE alert SET text = 'Vervalst' WHERE id = %2$d"),
        DELETE("DELETE FROM audit_entry WHERE seq = 5"),
        SWAP("UPDATE audit_entry SET seq = -1 WHERE seq = 4", "UPDATE audit_entry SET seq = 4 WHERE seq = 5",
                "UPDATE audit_entry SET seq = 5 WHERE seq = -1"),
        CUT_TAIL(),
        WIPE(),
        REPLAY(),
        OFFICER_RENAME("UPDATE officer SET name = 'B. Ogus' WHERE id = %1$d"),
        GROUP_RENAME("UPDATE target_group SET name = 'Andere groep' WHERE id = %4$d",
                "UPDATE alert_group SET group_name = 'Andere groep' WHERE group_id = %4$d"),
        FORGED_TICK(),
        REPLAYED_TICK();

        final String[] sql;

        Tamper(String... sql) {
            this.sql = sql;
        }
    }

    @ParameterizedTest(name = "{0} with the anchor")
    @EnumSource(Tamper.class)
    void everyTamperIsCaughtWhenTheAnchorIsThere(Tamper tamper) throws Exception {
        VerificationReport r = tamperAndVerify(tamper, true);
        TABLE.merge(tamper.name(), "with anchor: " + caught(r), (a, b) -> a + ", " + b);

        assertFalse(r.intact(), tamper + " was not caught");
        if (tamper == Tamper.REPLAYED_TICK || tamper == Tamper.FORGED_TICK) {
            assertTrue(r.problem().orElseThrow().toString().contains(tamper == Tamper.REPLAYED_TICK
                    ? "is in the log twice" : "ticked off without an entry"), String.valueOf(r.problem()));
        }
    }

    @ParameterizedTest(name = "{0} without an anchor")
    @EnumSource(Tamper.class)
    void withoutAnAnchorTheChainStillCatchesAllButACutTailAndAWipe(Tamper tamper) throws Exception {
        VerificationReport r = tamperAndVerify(tamper, false);
        TABLE.merge(tamper.name(), "without anchor: " + caught(r), (a, b) -> b + ", " + a);

        boolean onlyAnAnchorShows = tamper == Tamper.CUT_TAIL || tamper == Tamper.WIPE;
        assertEquals(onlyAnAnchorShows, r.intact(), tamper + ": " + r.problem());
    }

    @Test
    void anUntouchedLogVerifiesWithItsAnchor() throws Exception {
        writeLog();
        try (Storage s = Storage.openForVerification(dir, clock, dir.resolve("work"))) {
            ChainAnchors.Anchor anchor = s.anchors().newest().orElseThrow();
            VerificationReport r = s.verifier().verify(Optional.of(anchor.expected()));
            assertTrue(r.intact(), String.valueOf(r.problem()));
            assertEquals(r.head().orElseThrow().seq(), anchor.seq());
        }
    }

    @AfterAll
    static void printTheTable() {
        System.out.println("Tamper table (" + TABLE.size() + " tampers):");
        TABLE.forEach((k, v) -> System.out.println(String.format("  %-15s %s", k, v)));
    }

    private static String caught(VerificationReport r) {
        return r.intact() ? "missed" : "caught (" + r.problem().orElseThrow() + ")";
    }

    private VerificationReport tamperAndVerify(Tamper tamper, boolean anchor) throws Exception {
        Log log = writeLog();
        Path file = Storage.databaseFile(dir);
        List<String> sql = new ArrayList<>(List.of("DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete",
                "DROP TRIGGER alert_sent_content_immutable", "DROP TRIGGER alert_group_sent_fixed_update"));
        for (String s : tamper.sql) {
            sql.add(String.format(s, log.officer(), log.first(), log.second(), log.group()));
        }
        if (tamper == Tamper.CUT_TAIL || tamper == Tamper.WIPE) {
            // the afloopbericht's copy, sending and the closing it made are the last three entries
            sql.addAll(hideTail(tamper == Tamper.WIPE ? 0 : log.closing() - 3));
        }
        Fixtures.exec(file, sql.toArray(String[]::new));
        if (tamper == Tamper.REPLAY) {
            replayLast(nl.meldtafel.alert.AuditEvent.SENT);
        }
        if (tamper == Tamper.REPLAYED_TICK) {
            replayLast(nl.meldtafel.alert.AuditEvent.TICKED);
        }
        if (tamper == Tamper.FORGED_TICK) {
            Fixtures.exec(file, "INSERT INTO alert_post (alert_id, group_id, outcome, at, officer_id, os_account) VALUES ("
                    + log.second() + ", " + log.group() + ", 'POSTED', " + clock.millis() + ", " + log.officer() + ", 'jan')");
        }
        if (!anchor) {
            java.nio.file.Files.delete(dir.resolve(BackupService.FOLDER).resolve(ChainAnchors.FILE));
        }
        try (Storage s = Storage.openForVerification(dir, clock, dir.resolve("work"))) {
            Optional<nl.meldtafel.alert.ExpectedHead> head = s.anchors().newest().map(ChainAnchors.Anchor::expected);
            VerificationReport inTurn = s.verifier().verify(head);
            // log verify reads ahead on three threads and asks the rows meanwhile: it must name the same problem
            assertEquals(inTurn.problem(), s.verifyReadingAhead(head).problem(), tamper + " read ahead");
            return inTurn;
        }
    }

    /** A careful attacker removes the entries after {@code keep} and every row they would vouch for. */
    private static List<String> hideTail(long keep) {
        return List.of("DROP TRIGGER alert_sent_not_deleted", "DROP TRIGGER alert_group_sent_fixed_delete",
                "DROP TRIGGER alert_closure_immutable", "DROP TRIGGER alert_status_only_forward",
                "DROP TRIGGER alert_closure_facts_fixed", "DROP TRIGGER alert_post_no_delete",
                "DELETE FROM audit_entry WHERE seq > " + keep,
                "DELETE FROM alert_post WHERE alert_id NOT IN (SELECT alert_id FROM audit_entry WHERE event = 'TICKED')",
                "DELETE FROM alert_response WHERE alert_id NOT IN (SELECT alert_id FROM audit_entry WHERE event = 'RESPONSE')",
                "UPDATE alert SET status = 'SENT', closed_at = NULL, closed_by_alert_id = NULL, close_reason = NULL, "
                        + "close_salt = NULL, closed_by_officer_id = NULL, closed_os_account = NULL, outcome = NULL, "
                        + "close_category = NULL WHERE status = 'CLOSED' "
                        + "AND id NOT IN (SELECT alert_id FROM audit_entry WHERE event = 'CLOSED')",
                "DELETE FROM alert_group WHERE alert_id NOT IN (SELECT alert_id FROM audit_entry)",
                "DELETE FROM alert WHERE id NOT IN (SELECT alert_id FROM audit_entry)");
    }

    /** The last entry of {@code event} appended again as the next entry, with hashes made to fit. */
    private void replayLast(nl.meldtafel.alert.AuditEvent event) throws Exception {
        try (Storage s = Storage.openForVerification(dir, clock, dir.resolve("replay"))) {
            nl.meldtafel.alert.AuditEntry last = s.audit().entriesAfter(0, 1000).stream()
                    .filter(e -> e.record().event() == event).reduce((a, b) -> b).orElseThrow();
            s.audit().append(last.record());
        }
    }

    /**
     * A desk's day: an officer, a group, two alerts sent (one ticked off), a response, a snooze, and the
     * first closed by an afloopbericht; closed cleanly, so the anchor is written.
     */
    private Log writeLog() {
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = Fixtures.officer(s, "J. de Vries", "1");
            long group = s.groupRegister().addGroup(new GroupInput("Leiden-Zuid", "Zuid", "Leiden", true, ""), null);
            AlertService service = s.alertService();
            long first = service.recordPending(Fixtures.heterdaad("Inbraak Dorpsstraat", group), jan);
            s.pasteChecklist().tick(first, group, jan);
            clock.advance(Duration.ofMinutes(3));
            long second = service.recordPending(Fixtures.heterdaad("Inbraak Kerkstraat", group), jan);
            service.confirmSent(second, jan);
            s.responses().record(first, 0, 2, 1, nl.meldtafel.alert.ResponseResult.AANHOUDING, jan);
            clock.advance(Duration.ofMinutes(61));
            service.snooze(second, jan);
            long afloop = service.recordPending(Fixtures.afloop(first, "Verdachte aangehouden"), jan);
            service.confirmSent(afloop, jan);
            long closing = s.audit().head().orElseThrow().seq();
            return new Log(jan.officer().id(), group, first, second, closing);
        }
    }
}
