package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Draft;
import nl.meldtafel.alert.KindWeekCount;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.retention.RunProgress;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.retention.StoredRetentionService;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

    private static final Instant START = Instant.parse("2026-10-01T10:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(START);
    private Storage storage;
    private Actor jan;
    private Actor piet;

    @BeforeEach
    void open() {
        storage = Storage.open(dir, clock);
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
    void redactionLeavesNoMarkerInTheDatabaseItsWalOrTheBackups() throws IOException {
        Seeded s = new Seeded();
        assertTrue(storage.backups().dailyIfDue().isPresent()); // 2026-10-01: holds every marker
        storage.retention().placeHold(s.held, "Onderzoek recherche", LocalDate.parse("2027-01-01"), jan);
        clock.advance(Duration.ofDays(25));
        s.recentVermissing(); // closed 5 days before the run: within vermissing's 7 days
        clock.advance(Duration.ofDays(5));
        Path newBackup = storage.backups().dailyIfDue().orElseThrow(); // 2026-10-31: still holds every marker
        assertTrue(lower(newBackup).contains("mkvermist"));
        Facts before = facts();

        RedactionReport r = storage.retention().run();

        assertEquals(List.of(s.vermist, s.heterClosed, s.getuige, s.afloop).stream().sorted().toList(), Fixtures.redactedIds(storage, r));
        assertEquals(1, r.draftsDeleted());
        String db = lower(Storage.databaseFile(dir));
        Path wal = dir.resolve("meldtafel.db-wal");
        String walText = Files.exists(wal) ? lower(wal) : "";
        List<Path> backups = backupFiles();
        assertEquals(List.of(newBackup), backups, "the old backup is past the longest period, the new one was replaced");
        for (String gone : List.of("mkvermist", "mkafloop", "mkheter", "mkreden", "mkgetuige", "mkdraft")) {
            assertFalse(db.contains(gone), gone + " left in the database file");
            assertFalse(walText.contains(gone), gone + " left in the WAL");
            for (Path b : backups) {
                assertFalse(lower(b).contains(gone), gone + " left in " + b.getFileName());
            }
        }
        for (String kept : List.of("mkheld", "mkheldreden", "mkopen", "mkrecent", "mkrecentreden")) {
            assertTrue(db.contains(kept), kept + " should still be in the database");
            assertTrue(lower(newBackup).contains(kept), kept + " should be in the fresh backup");
        }
        assertEquals(before, facts(), "kind, times, officers, groups, closing and counts stay");
        assertTrue(storage.alerts().search(AlertQuery.all().text("Mkheter")).items().isEmpty());
        assertEquals(1, storage.alerts().search(AlertQuery.all().text("Mkheld")).items().size());
    }

    /**
     * Issue #6: outcome and close category are facts, not content. The Overzicht and the weekoverzicht
     * of the period read the same before and after the run, while the typed words are gone.
     */
    @Test
    void overviewAndWeekoverzichtAreTheSameAfterRedaction() throws IOException {
        Seeded s = new Seeded(); // the vermissing ends "aangehouden", one heterdaad closed as loos alarm
        long fled = sent(heterdaad("Mkgevlucht"), piet);
        sent(new NewAlert(MessageKind.AFLOOPBERICHT, "afloop", "hash-a", "{\"uitkomst\":\"Mkvrij verdachte gevlucht\"}",
                "Afloop: Mkvrij", fled, FollowUpPolicy.NONE, List.of()), piet);
        long duplicate = sent(heterdaad("Mkdubbel"), jan);
        storage.alertService().closeWithReason(duplicate, CloseCategory.DUBBEL, "Mkdubbelreden zie eerder bericht", jan);
        storage.responses().record(s.heterClosed, 0, 2, 1, nl.meldtafel.alert.ResponseResult.GEEN, piet);
        clock.advance(Duration.ofDays(30));
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Amsterdam");
        LocalDate day = LocalDate.ofInstant(START, zone);
        nl.meldtafel.stats.Period period = new nl.meldtafel.stats.Period(day.minusDays(1), day.plusDays(1), zone);
        nl.meldtafel.weekly.Period week = new nl.meldtafel.weekly.Period(day.minusDays(1), day.plusDays(1));
        nl.meldtafel.stats.Overview overviewBefore = storage.overviews().overview(period);
        String weeklyBefore = weekly(week);

        RedactionReport r = storage.retention().run();

        assertTrue(Fixtures.redactedIds(storage, r).containsAll(List.of(s.vermist, s.heterClosed, fled, duplicate)));
        assertEquals(overviewBefore, storage.overviews().overview(period), "every figure, reasons and responses included");
        assertEquals(weeklyBefore, weekly(week));
        // not trivially equal: the kept facts are what the figures say
        assertTrue(weeklyBefore.contains("leidde tot een aanhouding"), weeklyBefore);
        assertTrue(weeklyBefore.contains("anders afgerond"), weeklyBefore);
        assertEquals(List.of(CloseCategory.LOOS_ALARM, CloseCategory.ANDERS, CloseCategory.DUBBEL).stream().sorted().toList(),
                overviewBefore.reasons().stream().map(nl.meldtafel.stats.Overview.Reason::category).sorted().toList());
        assertEquals(nl.meldtafel.alert.AlertOutcome.ANDERS, storage.alerts().find(fled).orElseThrow().closure().outcome());
        String db = lower(Storage.databaseFile(dir));
        Path wal = dir.resolve("meldtafel.db-wal");
        String walText = Files.exists(wal) ? lower(wal) : "";
        for (String gone : List.of("mkvrij", "mkgevlucht", "mkdubbel", "mkreden")) {
            assertFalse(db.contains(gone), gone + " left in the database file");
            assertFalse(walText.contains(gone), gone + " left in the WAL");
        }
        VerificationReport report = storage.verifier().verify(Optional.empty());
        assertTrue(report.intact(), () -> report.problem().orElseThrow().toString());
    }

    private String weekly(nl.meldtafel.weekly.Period week) {
        nl.meldtafel.weekly.WeeklyOverview o = nl.meldtafel.weekly.WeeklyText.write(
                new nl.meldtafel.weekly.WeeklyLog(storage.alerts()).tally(week), week, LocalDate.of(2026, 11, 2));
        return o.periode() + "\n" + o.overzicht();
    }

    /** A search index over many pages: a removed word must not survive as a page boundary key either. */
    @Test
    void noMarkerSurvivesInALargeSearchIndex() throws IOException {
        List<String> markers = new ArrayList<>();
        storage.inOneTransaction("seed", () -> {
            for (int i = 0; i < 600; i++) {
                String marker = "Mkbig" + String.format("%04d", i) + "x";
                markers.add(marker);
                long id = sent(heterdaad(marker + " woord" + (i * 7919 % 10007) + " straat" + i), jan);
                storage.alertService().closeWithReason(id, CloseCategory.ANDERS, "reden " + marker, jan);
            }
            return null;
        });
        sent(heterdaad("Mkblijft"), jan);
        clock.advance(Duration.ofDays(29));

        assertEquals(600, storage.retention().run().count());

        String db = lower(Storage.databaseFile(dir));
        assertTrue(db.contains("mkblijft"));
        List<String> left = markers.stream().filter(m -> db.contains(m.toLowerCase(Locale.ROOT))).toList();
        assertEquals(List.of(), left);
        assertFalse(db.contains("mkbig"), "not even a prefix of a removed word");
    }

    /**
     * A backlog (a first run on a large log): the texts stay in the search index during the run and
     * leave it in one rebuild at its end, instead of ~15 ms of secure-delete an alert.
     */
    @Test
    void aBacklogLeavesTheSearchIndexInOneRebuildAndNoMarkerSurvives() throws Exception {
        List<String> markers = seedBacklog(1_050);
        clock.advance(Duration.ofDays(29));
        long kept = sent(heterdaad("Mkblijft"), jan);

        assertEquals(1_050, storage.retention().run().count());

        assertEquals(List.of(), search("Mkbig0007x"));
        assertEquals(List.of(kept), search("Mkblijft"));
        ftsIntegrityCheck();
        String db = lower(Storage.databaseFile(dir));
        assertEquals(List.of(), markers.stream().filter(m -> db.contains(m.toLowerCase(Locale.ROOT))).toList());
        assertFalse(db.contains("mkbig"), "not even a prefix of a removed word");
    }

    /** Closing the desk stops a backlog run halfway: what it redacted is out of search at once, the index cleaned by the next run. */
    @Test
    void aBacklogRunStoppedHalfwayHidesWhatItRedactedAndTheNextRunCleansTheIndex() throws Exception {
        seedBacklog(1_050);
        clock.advance(Duration.ofDays(29));
        RedactionReport first = storage.retention().run(stopAfterPages(1));
        assertFalse(first.finished());
        long redacted = Fixtures.redactedIds(storage, first).get(0);
        String word = "Mkbig" + String.format("%04d", redacted - 1) + "x";
        assertEquals(1, indexMatches(word), "still in the index until the run's end");
        assertEquals(List.of(), search(word), "but search shows no redacted alert");
        long during = sent(heterdaad("Mknieuw"), jan);
        assertEquals(List.of(during), search("Mknieuw"), "a new alert is found as ever");

        storage.close();
        storage = Storage.open(dir, clock);
        assertEquals(1, indexMatches(word), "opening the log leaves the clean-up to the next run");

        RedactionReport second = storage.retention().run();
        assertTrue(second.finished());
        assertEquals(1_050, first.count() + second.count());
        assertEquals(0, indexMatches(word));
        assertEquals(List.of(during), search("Mknieuw"));
        ftsIntegrityCheck();
    }

    /** Many texts kept longer (28 days) beside a few due (7 days): no backlog, each text leaves the index as it is redacted. */
    @Test
    void aFewDueBesideManyKeptLeaveTheSearchIndexAtOnce() throws Exception {
        long vermist = sent(vermissing("Mkweg"), jan);
        storage.alertService().closeWithReason(vermist, CloseCategory.OPGELOST, "terecht", jan);
        seedBacklog(1_050);
        clock.advance(Duration.ofDays(10));
        RedactionReport run = storage.retention().run(stopAfterPages(2));

        assertEquals(List.of(vermist), Fixtures.redactedIds(storage, run));
        assertEquals(0, indexMatches("Mkweg"), "out of the index with its redaction, not at the end of the run");
    }

    private static RunProgress stopAfterPages(int pages) {
        return new RunProgress() {
            private int reached;

            @Override
            public void reached(double fraction) {
                reached++;
            }

            @Override
            public boolean stopRequested() {
                return reached > pages;
            }
        };
    }

    private List<String> seedBacklog(int count) {
        List<String> markers = new ArrayList<>();
        storage.inOneTransaction("seed", () -> {
            for (int i = 0; i < count; i++) {
                String marker = "Mkbig" + String.format("%04d", i) + "x";
                markers.add(marker);
                sent(new NewAlert(MessageKind.GETUIGENOPROEP, "getuigen", "hash-g", "{}", marker + " straat" + i, null,
                        nl.meldtafel.template.FollowUpPolicy.NONE, List.of(1L)), jan);
            }
            return null;
        });
        return markers;
    }

    private List<Long> search(String text) {
        return storage.alerts().search(nl.meldtafel.alert.AlertQuery.all().text(text).limit(10)).items().stream()
                .map(nl.meldtafel.alert.AlertRow::id).toList();
    }

    private int indexMatches(String word) throws java.sql.SQLException {
        try (java.sql.Connection c = Fixtures.raw(Storage.databaseFile(dir)); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM alert_words WHERE alert_words MATCH '" + word + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** FTS5 holds each index against the texts: an entry for a redacted text, or a text missing, fails. */
    private void ftsIntegrityCheck() throws java.sql.SQLException {
        Fixtures.exec(Storage.databaseFile(dir), "INSERT INTO alert_trigram (alert_trigram, rank) VALUES ('integrity-check', 1)",
                "INSERT INTO alert_words (alert_words, rank) VALUES ('integrity-check', 1)");
    }

    /**
     * Another desk or program has a read open while the run ends: the checkpoint waits for it, so no
     * redacted word is left in the database file or its WAL when the run returns.
     */
    @Test
    void aSecondReaderDelaysTheCheckpointButNothingRedactedRemains() throws Exception {
        Seeded s = new Seeded();
        clock.advance(Duration.ofDays(30));
        try (java.sql.Connection reader = java.sql.DriverManager.getConnection("jdbc:sqlite:" + Storage.databaseFile(dir))) {
            reader.setAutoCommit(false);
            try (java.sql.Statement st = reader.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT text FROM alert")) {
                assertTrue(rs.next()); // a read transaction holds its snapshot of the old pages
                java.util.concurrent.CompletableFuture<RedactionReport> run =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> storage.retention().run());
                Thread.sleep(700);
                assertFalse(run.isDone(), "the run waits for the reader instead of leaving the old pages");
                rs.close();
                reader.commit();
                RedactionReport r = run.get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(r.fileCleared());
                assertTrue(Fixtures.redactedIds(storage, r).contains(s.vermist));
            }
        }
        String db = lower(Storage.databaseFile(dir));
        Path wal = dir.resolve("meldtafel.db-wal");
        String walText = Files.exists(wal) ? lower(wal) : "";
        for (String gone : List.of("mkvermist", "mkafloop", "mkheter", "mkgetuige")) {
            assertFalse(db.contains(gone), gone + " left in the database file");
            assertFalse(walText.contains(gone), gone + " left in the WAL");
        }
    }

    /** A reader that never lets go: the run ends within its patience and says what may remain. */
    @Test
    void aReaderThatStaysMakesTheRunSayWhatMayRemain() throws Exception {
        new Seeded();
        clock.advance(Duration.ofDays(30));
        Database db = storage.database();
        RetentionService impatient = new StoredRetentionService(db, new SqliteRetentionRepository(db, storage.audit()), storage.alerts(),
                storage.officers(), new BackupHygiene(db, storage.backups(), dir, clock, Duration.ofMillis(500)), clock,
                new nl.meldtafel.account.Guard(storage.accounts(), clock), storage.audit());
        try (java.sql.Connection reader = java.sql.DriverManager.getConnection("jdbc:sqlite:" + Storage.databaseFile(dir))) {
            reader.setAutoCommit(false);
            try (java.sql.Statement st = reader.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT text FROM alert")) {
                assertTrue(rs.next());
                RedactionReport r = impatient.run();
                assertFalse(r.fileCleared(), "the report says the file may still hold removed content");
                assertEquals(5, r.count(), "the redaction itself is done and recorded");
            }
        }
        assertTrue(storage.retention().run().fileCleared(), "the next run clears it");
    }

    /** What statistics read: everything about the alerts except their personal content. */
    private record Facts(List<String> alerts, List<KindWeekCount> weeks) {
    }

    private Facts facts() {
        List<String> alerts = new ArrayList<>();
        Map<Long, Alert> all = storage.alerts().findAll(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));
        all.values().stream().sorted(java.util.Comparator.comparingLong(Alert::id)).forEach(a -> alerts.add(
                a.id() + " " + a.kind() + " " + a.officer() + " " + a.createdAt() + " " + a.sentAt() + " " + a.status()
                        + " " + a.groupIds() + " " + a.parentId() + " " + a.dueAt()
                        + (a.closure() == null ? "" : " closed " + a.closure().at() + " by " + a.closure().byAlertId()
                        + " " + a.closure().officerId())));
        return new Facts(alerts, storage.alerts().countsPerWeek("2026-W01", "2027-W52"));
    }

    private List<Path> backupFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    private static String lower(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
