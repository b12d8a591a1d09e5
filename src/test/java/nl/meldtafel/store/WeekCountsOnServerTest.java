package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.KindWeekCount;
import nl.meldtafel.cli.Command;
import nl.meldtafel.cli.DemoCommand;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.template.MessageKind;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's week counts (schema V6, kept by triggers) always equal a count of the alerts themselves:
 * after confirms, late confirms, discards, closes and redactions, per team and for the unit, with desks
 * confirming at once, after {@code server import}, and for the alerts a server held before V6.
 */
class WeekCountsOnServerTest {

    private static final String ALL_FROM = "2000-W01";
    private static final String ALL_TO = "2999-W53";
    // teams by their ids: 'Standaard' is 1, then these in the order they are added
    private static final Long NOORD = 2L;
    private static final Long ZUID = 3L;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @TempDir
    Path home;

    private Storage desk(String url, String folder, TeamScope scope) {
        Storage storage = Storage.on(home.resolve(folder), PostgresBackend.at(url, EmbeddedServer.user(), clock, scope), clock);
        storage.open();
        return storage;
    }

    private static long sent(Storage desk, Actor by, nl.meldtafel.alert.NewAlert alert) {
        long id = desk.alertService().recordPending(alert, by);
        desk.alertService().confirmSent(id, by);
        return id;
    }

    @Test
    void countsFollowEveryChangePerTeamAndForTheUnit() throws Exception {
        String url = EmbeddedServer.migratedDatabase();
        EmbeddedServer.execute(url, "INSERT INTO team (name) VALUES ('Noord'), ('Zuid')");
        try (Storage noord = desk(url, "noord", TeamScope.of(Optional.of("Noord"), false));
             Storage zuid = desk(url, "zuid", TeamScope.of(Optional.of("Zuid"), false));
             Storage unit = desk(url, "unit", TeamScope.of(Optional.of("Noord"), true))) {
            Actor jan = Fixtures.officer(noord, "Jan Noord", "100001");
            Actor piet = Fixtures.officer(zuid, "Piet Zuid", "200002");

            long inbraak = sent(noord, jan, Fixtures.heterdaad("*HETERDAAD*\nInbraak"));
            sent(noord, jan, Fixtures.heterdaad("*HETERDAAD*\nOverval"));
            sent(zuid, piet, Fixtures.heterdaad("*HETERDAAD*\nDiefstal"));
            long vermist = sent(zuid, piet, Fixtures.vermissing("Vermist"));
            long late = zuid.alertService().recordPending(Fixtures.getuigenoproep("Getuigen gezocht"), piet);
            long discarded = noord.alertService().recordPending(Fixtures.heterdaad("Nooit geplaatst"), jan);
            noord.alertService().recordPending(Fixtures.vermissing("Nog niet bevestigd"), jan);
            assertCounted(url, noord, NOORD, zuid, ZUID, unit, null);

            clock.advance(Duration.ofDays(8)); // the next ISO week
            noord.alertService().discardPending(discarded, jan);
            zuid.alertService().confirmLate(late, piet, clock.instant().minus(Duration.ofDays(8))); // counts in the week it was posted
            sent(noord, jan, Fixtures.afloop(inbraak, "Afloop: aangehouden")); // closes its parent
            zuid.alertService().closeWithReason(vermist, CloseCategory.OPGELOST, "Thuis", piet);
            sent(zuid, piet, Fixtures.heterdaad("*HETERDAAD*\nVolgende week"));
            EmbeddedServer.execute(url, "SELECT meldtafel_redact(ARRAY[" + inbraak + "]::bigint[], "
                    + clock.millis() + ", " + jan.officer().id() + ", 'tester', 'Systeem', '0')");
            assertCounted(url, noord, NOORD, zuid, ZUID, unit, null);

            List<KindWeekCount> all = unit.alerts().countsPerWeek(ALL_FROM, ALL_TO);
            assertEquals(5, all.size(), "two weeks, several kinds: " + all);
            assertEquals(7, all.stream().mapToLong(KindWeekCount::count).sum(), "every sent alert, none pending or discarded");
            assertEquals(List.of(new KindWeekCount("2026-W48", MessageKind.HETERDAAD, 2)),
                    noord.alerts().countsPerWeek("2026-W48", "2026-W48"), "a team's own, one week");
        }
    }

    @Test
    void desksConfirmingAtOnceCountEveryAlert() throws Exception {
        String url = EmbeddedServer.migratedDatabase();
        int desks = 4;
        int each = 15;
        List<Storage> open = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        try {
            for (int d = 0; d < desks; d++) {
                open.add(desk(url, "desk" + d, TeamScope.firstTeam()));
            }
            List<Future<?>> running = new ArrayList<>();
            for (int d = 0; d < desks; d++) {
                Storage storage = open.get(d);
                Actor by = Fixtures.officer(storage, "Agent " + d, "30000" + d);
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        sent(storage, by, Fixtures.heterdaad("*HETERDAAD*\nTegelijk " + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(120, TimeUnit.SECONDS);
            }
            assertEquals(List.of(new KindWeekCount("2026-W48", MessageKind.HETERDAAD, desks * each)),
                    open.get(0).alerts().countsPerWeek(ALL_FROM, ALL_TO));
            assertEquals(groupedAlerts(url), countTable(url));
        } finally {
            pool.shutdownNow();
            open.forEach(Storage::close);
        }
    }

    @Test
    void anImportedLogIsCountedAndCountingGoesOn() throws Exception {
        Path demo = home.resolve("balie");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(0, new DemoCommand(java.util.Map.of(), clock).run(List.of("--alerts", "80", "--data-dir", demo.toString(),
                "--seed", "7"), new Command.Io(new ByteArrayInputStream(new byte[0]), quiet, quiet)));
        String url = EmbeddedServer.migratedDatabase();
        EmbeddedServer.execute(url, "INSERT INTO team (name) VALUES ('Noord')");
        Files.createDirectories(home.resolve("work"));
        ServerImport.run(demo, PostgresBackend.at(url, EmbeddedServer.user(), clock, TeamScope.of(Optional.of("Noord"), false)),
                clock, home.resolve("work"));

        List<List<Object>> imported = countTable(url);
        assertTrue(imported.size() > 5, "the demo's weeks and kinds: " + imported);
        assertEquals(groupedAlerts(url), imported);
        try (Storage noord = desk(url, "noord", TeamScope.of(Optional.of("Noord"), false));
             Storage standaard = desk(url, "standaard", TeamScope.firstTeam())) {
            assertEquals(expected(url, NOORD), noord.alerts().countsPerWeek(ALL_FROM, ALL_TO), "the import went to Noord");
            assertEquals(List.of(), standaard.alerts().countsPerWeek(ALL_FROM, ALL_TO));
            sent(noord, Fixtures.officer(noord, "Na de import", "400004"), Fixtures.vermissing("Na de import"));
            assertCounted(url, noord, NOORD, standaard, 1L);
        }
    }

    @Test
    void theMigrationCountsTheAlertsAServerAlreadyHeld() throws Exception {
        String url = EmbeddedServer.freshDatabase();
        flyway(url).target("5").load().migrate();
        EmbeddedServer.execute(url, "INSERT INTO team (name) VALUES ('Noord');"
                + "INSERT INTO officer (name, personnel_number, created_at) VALUES ('Jan', '1', 0);"
                + "INSERT INTO alert (team_id, kind, template_id, template_hash, officer_id, os_account, created_at, sent_at,"
                + " sent_week, log_at, status, awaits_closure)"
                + " SELECT 1 + g % 2, (ARRAY['HETERDAAD', 'VERMISSING', 'WAARSCHUWING'])[1 + g % 3], 't', 'h', 1, 'x', 0, 0,"
                + " CASE WHEN g % 5 = 0 THEN NULL ELSE '2026-W' || lpad((1 + g % 7)::text, 2, '0') END, g,"
                + " CASE WHEN g % 5 = 0 THEN 'PENDING' ELSE 'SENT' END, false FROM generate_series(1, 300) g");

        flyway(url).load().migrate();

        List<List<Object>> counted = countTable(url);
        assertEquals(2 * 3 * 7, counted.size(), "two teams, three kinds, seven weeks");
        assertEquals(groupedAlerts(url), counted);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, "postgres", null).locations("classpath:nl/meldtafel/store/postgres/migrations");
    }

    /**
     * The table equals a count of the alerts per team, and each desk's figures a count of the alerts of the
     * team it shows ({@code null}: the unit); given as desk, team, desk, team, ...
     */
    private static void assertCounted(String url, Object... desksAndTeams) throws SQLException {
        assertEquals(groupedAlerts(url), countTable(url));
        for (int i = 0; i < desksAndTeams.length; i += 2) {
            Long team = (Long) desksAndTeams[i + 1];
            assertEquals(expected(url, team), ((Storage) desksAndTeams[i]).alerts().countsPerWeek(ALL_FROM, ALL_TO),
                    "team " + team);
        }
    }

    /** What countsPerWeek returned before V6: a GROUP BY over the alerts, of one team or ({@code null}) all. */
    private static List<KindWeekCount> expected(String url, Long team) throws SQLException {
        List<KindWeekCount> counts = new ArrayList<>();
        for (List<Object> row : rows(url, "SELECT sent_week, kind, count(*) FROM alert WHERE sent_week IS NOT NULL"
                + (team == null ? "" : " AND team_id = " + team) + " GROUP BY sent_week, kind ORDER BY sent_week, kind")) {
            counts.add(new KindWeekCount((String) row.get(0), MessageKind.valueOf((String) row.get(1)), (Long) row.get(2)));
        }
        return counts;
    }

    private static List<List<Object>> groupedAlerts(String url) throws SQLException {
        return rows(url, "SELECT team_id, sent_week, kind, count(*) FROM alert WHERE sent_week IS NOT NULL "
                + "GROUP BY team_id, sent_week, kind ORDER BY 1, 2, 3");
    }

    private static List<List<Object>> countTable(String url) throws SQLException {
        return rows(url, "SELECT team_id, sent_week, kind, n FROM alert_week_count WHERE n <> 0 ORDER BY 1, 2, 3");
    }

    private static List<List<Object>> rows(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
