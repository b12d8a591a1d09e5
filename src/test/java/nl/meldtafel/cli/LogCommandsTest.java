package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.ChainHead;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCommandsTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ChainHead head;
    private long lastAlert;

    @BeforeEach
    void logWithThreeAlerts() {
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = new Actor(s.officers().register("J. de Vries", "1"), "jan");
            for (int i = 0; i < 3; i++) {
                lastAlert = s.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}",
                        "Inbraak " + i, null, new FollowUpPolicy(true, Duration.ofHours(1), null), List.of()), jan);
                s.alertService().confirmSent(lastAlert, jan);
            }
            head = s.audit().head().orElseThrow();
        }
    }

    @Test
    void verifyPrintsTheHeadAndExitsZeroWhenIntact() {
        int code = run(new LogVerifyCommand(this::defaultFolder, clock), "--data-dir", dir.toString());

        assertEquals(0, code, err());
        assertTrue(out().contains("seq 7 hash " + head.hash()), out());
    }

    @Test
    void verifyNamesTheBrokenEntryAndExitsOne() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
             Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER alert_sent_content_immutable");
            st.executeUpdate("UPDATE alert SET text = 'vervalst' WHERE id = " + lastAlert);
        }

        int code = run(new LogVerifyCommand(this::defaultFolder, clock), "--data-dir", dir.toString());

        assertEquals(1, code);
        assertTrue(out().contains("entry 6"), out()); // the copy of the last alert holds its text first
    }

    @Test
    void aProblemThatNoEntryShowsIsReportedWithoutAnEntry() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
             Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER alert_sent_content_immutable");
            st.executeUpdate("UPDATE alert SET text = NULL, values_json = NULL, redacted_at = 1 WHERE id = " + lastAlert);
        }

        int code = run(new LogVerifyCommand(this::defaultFolder, clock), "--data-dir", dir.toString());

        assertEquals(1, code);
        assertTrue(out().contains("LOG BROKEN: 1 alerts lost their content without a recorded redaction run"), out());
    }

    @Test
    void verifyAgainstAHeadThatIsNotInTheChainExitsOne() {
        String foreign = "1:" + "ab".repeat(32);

        assertEquals(1, run(new LogVerifyCommand(this::defaultFolder, clock), "--data-dir", dir.toString(), "--expect-head", foreign));
        assertEquals(0, run(new LogVerifyCommand(this::defaultFolder, clock), "--data-dir", dir.toString(), "--expect-head", head.toString()));
    }

    @Test
    void verifyComparesWithTheNewestAnchorSoACutOffTailIsCaughtWithoutAHeadGiven() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
             Statement st = c.createStatement()) {
            // the last alert's copy and sending, and the alert itself
            st.executeUpdate("DROP TRIGGER audit_entry_no_delete");
            st.executeUpdate("DROP TRIGGER alert_sent_not_deleted");
            st.executeUpdate("DROP TRIGGER alert_group_sent_fixed_delete");
            st.executeUpdate("DELETE FROM audit_entry WHERE seq >= 6");
            st.executeUpdate("DELETE FROM alert WHERE id = " + lastAlert);
        }

        int code = run(new LogVerifyCommand(this::defaultFolder, clock), "--data-dir", dir.toString());

        assertEquals(1, code, out());
        assertTrue(out().contains("Anchor: entry 7"), out());
        assertTrue(out().contains("cut off"), out());
    }

    /** An evidence copy on read-only media: verified from a private copy, nothing written beside it. */
    @Test
    void verifyWorksOnAReadOnlyEvidenceCopy() throws Exception {
        Path evidence = Files.createDirectory(dir.resolve("bewijs"));
        Files.copy(dir.resolve(DataFolder.DATABASE_FILE), evidence.resolve(DataFolder.DATABASE_FILE));
        Files.createDirectory(evidence.resolve("backups"));
        Files.copy(dir.resolve("backups").resolve(nl.meldtafel.store.ChainAnchors.FILE),
                evidence.resolve("backups").resolve(nl.meldtafel.store.ChainAnchors.FILE));
        List<String> before;
        try (var files = Files.list(evidence)) {
            before = files.map(Path::toString).sorted().toList();
        }
        // root ignores file modes (CI runs as root): there the folder is made immutable instead
        boolean root = "root".equals(System.getProperty("user.name"));
        readOnly(evidence, root, true);
        try {
            int code = run(new LogVerifyCommand(this::defaultFolder, clock), "--data-dir", evidence.toString());

            assertEquals(0, code, out() + err());
            assertTrue(out().contains("Log intact: 7 entries"), out());
            assertTrue(out().contains("Anchor: entry 7"), out());
        } finally {
            readOnly(evidence, root, false);
        }
        try (var files = Files.list(evidence)) {
            assertEquals(before, files.map(Path::toString).sorted().toList(), "nothing was written beside the evidence");
        }
    }

    private static void readOnly(Path folder, boolean root, boolean on) throws Exception {
        if (root) {
            Process p = new ProcessBuilder("chattr", on ? "+i" : "-i", folder.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "chattr failed (an ext4 temp folder is needed when tests run as root): " + said);
        } else {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString(on ? "r-xr-xr-x" : "rwxr-xr-x"));
        }
    }

    @Test
    void verifyRejectsAMalformedHead() {
        assertEquals(2, run(new LogVerifyCommand(this::defaultFolder, clock), "--expect-head", "xyz", "--data-dir", dir.toString()));
        assertTrue(err().contains("Not a chain head"), err());
    }

    @Test
    void backupWritesACheckedCopyThatHoldsTheLog() throws Exception {
        Path target = dir.resolve("kopie.db");

        int code = run(new BackupCommand(this::defaultFolder, clock), target.toString(), "--data-dir", dir.toString());

        assertEquals(0, code, err());
        Path copyFolder = Files.createDirectory(dir.resolve("restored"));
        Files.copy(target, copyFolder.resolve(DataFolder.DATABASE_FILE));
        try (Storage copy = Storage.open(copyFolder, clock)) {
            assertEquals("Inbraak 2", copy.alerts().find(lastAlert).orElseThrow().text());
            assertTrue(copy.verifier().verify(java.util.Optional.empty()).intact());
        }
    }

    @Test
    void backupRefusesToOverwriteAnExistingFile() throws Exception {
        Path target = Files.writeString(dir.resolve("bestaat.db"), "belangrijk");

        assertEquals(1, run(new BackupCommand(this::defaultFolder, clock), target.toString(), "--data-dir", dir.toString()));
        assertEquals("belangrijk", Files.readString(target));
        assertTrue(err().contains("already exists"), err());
    }

    private Path defaultFolder() {
        return DataFolder.defaultFolder(Map.of(), "Linux", dir.resolve("home"));
    }

    private int run(Command command, String... args) {
        return command.run(List.of(args), new Command.Io(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
