package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.AuditHashing;
import nl.meldtafel.alert.AuditRecord;
import nl.meldtafel.alert.AuditRecords;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log written before schema 11 keeps verifying; the first new entry says where the new form starts. */
class ChainFormUpgradeTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @Test
    void aFirstFormLogMigratesStillVerifiesAndMarksWhereTheNewFormStarts() throws Exception {
        writeFirstFormLog();

        try (Storage s = Storage.open(dir, clock)) {
            List<AuditEntry> entries = s.audit().entriesAfter(0, 10);
            assertEquals(2, entries.size(), "the old entry and the marker");
            assertEquals(1, entries.get(0).record().form());
            AuditRecord marker = entries.get(1).record();
            assertEquals(AuditEvent.FORM, marker.event());
            assertEquals(2, marker.form());
            assertTrue(marker.details().contains("\"officers\":[[1,\"123456\",\"J. de Vries\"]]"), marker.details());
            assertTrue(marker.details().contains("\"groups\":[[1,\"Leiden-Zuid\",\"Leiden\",true]]"), marker.details());
            assertIntact(s);

            // after the upgrade: a rename, and a new alert in the new form
            Actor renamed = new Actor(s.officers().register("J. de Vries-Bakker", "123456"), "jan");
            long id = s.alertService().recordPending(Fixtures.heterdaad("Nieuwe melding", 1L), renamed);
            s.alertService().confirmSent(id, renamed);

            assertEquals("J. de Vries", s.alerts().find(1).orElseThrow().officer().name(), "the old alert keeps its sender");
            assertEquals("J. de Vries-Bakker", s.alerts().find(id).orElseThrow().officer().name());
            assertIntact(s);
        }
        try (Storage again = Storage.open(dir, clock)) {
            assertEquals(1, again.audit().entriesAfter(0, 100).stream().filter(e -> e.record().event() == AuditEvent.FORM).count(),
                    "the marker is written once");
            assertIntact(again);
        }
    }

    /** Schema 10 with one sent alert and its entry as the first form wrote it. */
    private void writeFirstFormLog() throws Exception {
        Path file = Storage.databaseFile(dir);
        Instant at = clock.instant();
        byte[] salt = {1, 2, 3, 4};
        String values = "{\"delict\":\"inbraak\"}";
        String text = "Inbraak aan de Dorpsstraat";
        FollowUpPolicy policy = new FollowUpPolicy(true, Duration.ofMinutes(60), null);
        Alert sent = new Alert(1, MessageKind.HETERDAAD, "heterdaad", "hash-h", values, text,
                new Officer(1, "J. de Vries", "123456"), "jan", at, at, AlertStatus.SENT, policy, at.plus(Duration.ofHours(1)),
                null, null, List.of(1L), null, null);
        AuditRecord record = new AuditRecord(AuditEvent.SENT, 1, at, 1, "jan", AuditRecords.sentDetails(sent),
                AuditHashing.contentHash(salt, values, text));
        String hash = AuditHashing.entryHash(1, record, AuditHashing.GENESIS);
        try (Connection c = Fixtures.raw(file)) {
            new Migrator(Migrator.all()).migrateTo(c, file, 10);
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO officer (id, name, personnel_number, created_at) VALUES (1, 'J. de Vries', '123456', 0)");
                st.executeUpdate("INSERT INTO target_group (id, name, wijk, gemeente, active, notes) VALUES (1, 'Leiden-Zuid', 'Zuid', 'Leiden', 1, '')");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (id, kind, template_id, template_hash, values_json, "
                    + "text, content_salt, officer_id, os_account, created_at, sent_at, sent_week, log_at, status, awaits_closure, "
                    + "policy_due_ms, due_at) VALUES (1, 'HETERDAAD', 'heterdaad', 'hash-h', ?, ?, ?, 1, 'jan', ?, ?, '2026-W48', ?, "
                    + "'PENDING', 1, 3600000, ?)")) {
                ps.setString(1, values);
                ps.setString(2, text);
                ps.setBytes(3, salt);
                ps.setLong(4, at.toEpochMilli());
                ps.setLong(5, at.toEpochMilli());
                ps.setLong(6, at.toEpochMilli());
                ps.setLong(7, at.plus(Duration.ofHours(1)).toEpochMilli());
                ps.executeUpdate();
            }
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO alert_group (alert_id, group_id) VALUES (1, 1)");
                st.executeUpdate("UPDATE alert SET status = 'SENT' WHERE id = 1");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (seq, event, alert_id, at, officer_id, "
                    + "os_account, details, content_hash, prev_hash, entry_hash) VALUES (1, 'SENT', 1, ?, 1, 'jan', ?, ?, ?, ?)")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, record.details());
                ps.setString(3, record.contentHash());
                ps.setString(4, AuditHashing.GENESIS);
                ps.setString(5, hash);
                ps.executeUpdate();
            }
        }
    }

    private static void assertIntact(Storage s) {
        VerificationReport r = s.verifier().verify(Optional.empty());
        assertTrue(r.intact(), String.valueOf(r.problem()));
    }
}
