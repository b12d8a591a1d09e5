package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.meldtafel.alert.Alert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigratorTest {

    @TempDir
    Path dir;

    static Stream<Integer> earlierVersions() {
        return IntStream.range(0, Migrator.all().size()).boxed();
    }

    /**
     * A database left at {@code version}, filled by {@code fixtures/data-at-vN.sql} if that version has
     * tables, must reach the newest schema with its data intact and readable.
     */
    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void upgradingFromAnEarlierVersionKeepsItsData(int version) throws Exception {
        Path file = dir.resolve("meldtafel.db");
        Migrator migrator = new Migrator(Migrator.all());
        try (Connection c = Fixtures.raw(file)) {
            migrator.migrateTo(c, file, version);
            String data = fixture(version);
            if (data != null) {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(data);
                }
            }
        }

        try (Storage s = Storage.open(dir, new MutableClock(Instant.parse("2026-11-23T13:00:00Z")))) {
            assertEquals(String.valueOf(migrator.latestVersion()), DatabaseTest.pragma(s.database(), "user_version"));
            assertDataOf(version, s);
        }
    }

    /** The fixture of the newest version must load and read too, so it is ready when the next version ships. */
    @Test
    void newestFixtureLoadsIntoTheNewestSchema() throws Exception {
        int latest = Migrator.all().size();
        try (Connection c = Fixtures.raw(dir.resolve("meldtafel.db"))) {
            new Migrator(Migrator.all()).migrate(c, dir.resolve("meldtafel.db"));
            try (Statement st = c.createStatement()) {
                st.executeUpdate(fixture(latest));
            }
        }
        try (Storage s = Storage.open(dir, new MutableClock(Instant.parse("2026-11-23T13:00:00Z")))) {
            assertDataOf(latest, s);
        }
    }

    private static void assertDataOf(int version, Storage s) {
        {
            if (version >= 1) {
                Alert a = s.alerts().find(1).orElseThrow();
                assertEquals("Inbraak aan de Dorpsstraat", a.text());
                assertEquals("J. de Vries", a.officer().name());
                assertEquals(java.util.List.of(1L), a.groupIds());
                assertTrue(s.drafts().find(1, "vermissing").isPresent());
                assertEquals(1, s.alerts().search(nl.meldtafel.alert.AlertQuery.all().text("dorps")).items().size());
                // version 8 indexes the texts already there: a part inside a word, and a one-letter start of one
                assertEquals(java.util.List.of(1L), s.alerts().search(nl.meldtafel.alert.AlertQuery.all().text("orpsstr"))
                        .items().stream().map(nl.meldtafel.alert.AlertRow::id).toList());
                assertEquals(java.util.List.of(1L), s.alerts().search(nl.meldtafel.alert.AlertQuery.all().text("d aan"))
                        .items().stream().map(nl.meldtafel.alert.AlertRow::id).toList());
                // the alert's group survives as an active beheerdersgroep of the register
                nl.meldtafel.groups.RegisterGroup g = s.groupRegister().detail(1).group();
                assertEquals("Leiden-Zuid", g.name());
                assertTrue(g.active());
                assertEquals(1, s.alerts().search(nl.meldtafel.alert.AlertQuery.all().group(1L)).items().size());
            }
            if (version >= 2) {
                nl.meldtafel.groups.GroupDetail d = s.groupRegister().detail(1);
                assertEquals("Zuid", d.group().wijk());
                assertEquals("06-98765432", d.administrators().get(0).administrator().phone());
                assertEquals(java.util.List.of(1L), s.targeting().defaultFor(nl.meldtafel.template.MessageKind.HETERDAAD).ids());
                assertEquals(1, s.alerts().search(nl.meldtafel.alert.AlertQuery.all().wijk("Leiden", "Zuid")).items().size());
            }
            if (version >= 5) {
                nl.meldtafel.stats.Overview o = s.overviews().overview(new nl.meldtafel.stats.Period(
                        java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30), java.time.ZoneId.of("Europe/Amsterdam")));
                assertEquals(java.util.List.of(2L), o.responses().result(nl.meldtafel.alert.ResponseResult.PERSOON_AANGETROFFEN).ids());
                assertEquals(3, o.responses().calls112());
            }
            if (version >= 6) {
                assertEquals(10, s.retention().policy().daysFor(nl.meldtafel.template.MessageKind.VERMISSING));
                assertEquals("Onderzoek loopt", s.retention().holdsOf(1).get(0).reason());
            }
            if (version >= 6) {
                // version 7 keeps how alerts ended: filled in from the afloopbericht and the reason on upgrade
                assertEquals(nl.meldtafel.alert.AlertOutcome.AANGEHOUDEN, s.alerts().find(3).orElseThrow().closure().outcome());
                assertEquals(nl.meldtafel.alert.AlertOutcome.ANDERS, s.alerts().find(6).orElseThrow().closure().outcome());
                Alert reasoned = s.alerts().find(5).orElseThrow();
                assertEquals(nl.meldtafel.alert.CloseCategory.DUBBEL, reasoned.closure().category());
                assertEquals("Dubbel verstuurd", reasoned.closure().reason());
                nl.meldtafel.stats.Overview o = s.overviews().overview(new nl.meldtafel.stats.Period(
                        java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30), java.time.ZoneId.of("Europe/Amsterdam")));
                assertEquals(1, o.reasons().size());
                assertEquals(nl.meldtafel.alert.CloseCategory.DUBBEL, o.reasons().get(0).category());
                assertEquals(java.util.List.of(5L), o.reasons().get(0).alerts().ids());
            }
            if (version >= 1) {
                // version 13 keeps a version per edited row; rows from before start at 1, with no one named
                nl.meldtafel.alert.RowVersion group = s.groupRegister().detail(1).group().version();
                assertEquals(version >= 13 ? 3 : 1, group.number());
                assertEquals(version >= 13, group.changedBy().isPresent(), "the officer who changed it, by name");
            }
            if (version >= 5) {
                assertEquals(version >= 13 ? 2 : 1, s.responses().state(2).version());
            }
            if (version >= 1) {
                // version 14 adds accounts; officers from before have none until a teamchef gives them one
                java.util.Optional<nl.meldtafel.account.Account> account = s.accounts().find(1);
                assertEquals(version >= 14, account.isPresent());
                account.ifPresent(x -> assertEquals(java.util.List.of("Zuid"), x.wijken()));
                assertEquals(version >= 14, s.accounts().anyAccount());
                // version 15 keeps the teamchef's idle sign-out; before it every desk signs out after one shift
                assertEquals(java.time.Duration.ofHours(version >= 15 ? 6 : 8), s.accounts().idleSignOut());
            }
            if (version >= 2) {
                // version 10 keeps the municipality's own number; groups stored before it have none
                assertEquals(version >= 10 ? "BG-017" : "",
                        s.groupRegister().detail(1).neighbourhoodGroups().get(0).sourceKey());
            }
        }
    }

    @Test
    void everyShippedVersionHasAFixtureOrIsVersionZero() {
        for (int v = 1; v <= Migrator.all().size(); v++) {
            assertTrue(fixture(v) != null, "add src/test/resources/nl/meldtafel/store/fixtures/data-at-v" + v + ".sql");
        }
    }

    @Test
    void migrationThatFailsLeavesTheDatabaseAtThePreviousVersion() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        List<Migration> broken = new ArrayList<>(Migrator.all());
        broken.add(new Migration(broken.size() + 1, "broken", "CREATE TABLE half_done (x); INSERT INTO nowhere VALUES (1);"));

        assertThrows(StorageException.class, () -> Database.open(file, new Migrator(broken)));

        try (Connection c = Fixtures.raw(file)) {
            assertEquals(Migrator.all().size(), Migrator.userVersion(c));
            assertEquals(0, count(c, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"));
        }
    }

    @Test
    void migrationsMustBeNumberedWithoutGaps() {
        assertThrows(IllegalArgumentException.class,
                () -> new Migrator(List.of(new Migration(2, "V2", "SELECT 1"))));
    }

    private static String fixture(int version) {
        try (InputStream in = MigratorTest.class.getResourceAsStream("fixtures/data-at-v" + version + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
