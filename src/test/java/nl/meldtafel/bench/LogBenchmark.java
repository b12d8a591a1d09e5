package nl.meldtafel.bench;

import java.util.Optional;
import nl.meldtafel.store.ServerImport;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.store.postgres.ServerAddress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.alert.Page;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.cli.Command;
import nl.meldtafel.cli.DemoCommand;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.MessageKind;
import org.sqlite.SQLiteConfig;

/**
 * Times the log's everyday queries on a big demo log (not a JUnit test; takes minutes). Usage:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=nl.meldtafel.bench.LogBenchmark
 * -Dexec.classpathScope=test -Dexec.args="/tmp/bench-data [ALERTS] [--database URL]"}. Fills the folder
 * through the demo loader unless it already holds that many alerts, then prints the median of 21 runs per
 * query. With {@code --database} the same log is moved to that (empty) server with {@code server import}
 * first, and the queries run there (start one with {@link LocalServer}).
 */
public final class LogBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 21;
    private static final double TARGET_MS = 50;

    private LogBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of(arguments));
        int at = all.indexOf("--database");
        Optional<ServerAddress> server = Optional.empty();
        if (at >= 0) {
            server = Optional.of(ServerAddress.parse(all.get(at + 1)));
            all.subList(at, at + 2).clear();
        }
        String[] args = all.toArray(String[]::new);
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/bench-data").toAbsolutePath();
        long wanted = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 1_000_000;
        Path file = folder.resolve(DataFolder.DATABASE_FILE);
        long have = Files.exists(file) ? count(file, "SELECT count(*) FROM alert") : 0;
        if (have == 0) {
            long t = System.nanoTime();
            int code = new DemoCommand(System.getenv(), Clock.systemDefaultZone())
                    .run(List.of("--alerts", Long.toString(wanted), "--data-dir", folder.toString()), Command.Io.system());
            if (code != 0) {
                System.exit(code);
            }
            System.out.printf("demo load of %,d alerts: %.1f s%n", wanted, (System.nanoTime() - t) / 1e9);
        } else if (have < wanted) {
            System.err.printf("%s holds %,d alerts, fewer than %,d; use an empty folder%n", folder, have, wanted);
            System.exit(2);
        }
        System.out.printf("log: %s, %,d alerts, %,d MB%n", file, count(file, "SELECT count(*) FROM alert"),
                Files.size(file) / (1024 * 1024));
        System.out.printf("PRAGMA quick_check: %.0f ms%n", quickCheckMs(file));
        String rare = rareWord(file);

        Clock clock = Clock.systemDefaultZone();
        if (server.isPresent()) {
            moveUp(folder, server.get(), clock);
        }
        long opening = System.nanoTime();
        try (Storage s = server.isPresent() ? onServer(folder, server.get(), clock) : Storage.open(folder, clock)) {
            System.out.printf("Storage.open (pre-flight, migrations): %.0f ms%n", (System.nanoTime() - opening) / 1e6);
            FollowUpRules rules = new FollowUpRules(clock);
            String toWeek = rules.isoWeek(Instant.now());
            String fromWeek = rules.isoWeek(Instant.now().minus(Duration.ofDays(364)));
            long group = s.targeting().options().groups().stream().map(g -> g.id()).findFirst().orElse(-1L);
            Page<?> common = s.alerts().search(AlertQuery.all().text("politiebericht"));

            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            queries.put("log, first page (50, newest first)", () -> s.alerts().search(AlertQuery.all()));
            queries.put("search common word 'politiebericht' (every alert)", () -> s.alerts().search(AlertQuery.all().text("politiebericht")));
            queries.put("search common word, second page", () -> s.alerts().search(
                    AlertQuery.all().text("politiebericht").after(common.next().orElseThrow())));
            queries.put("search mid word 'Dorpsstraat'", () -> s.alerts().search(AlertQuery.all().text("Dorpsstraat")));
            queries.put("search prefix 'woningin'", () -> s.alerts().search(AlertQuery.all().text("woningin")));
            queries.put("search rare '" + rare + "'", () -> s.alerts().search(AlertQuery.all().text(rare)));
            queries.put("search no match 'xyzzyq'", () -> s.alerts().search(AlertQuery.all().text("xyzzyq")));
            // issue 10.6: parts of compound words and plates, and the one- and two-character starts typed on the way
            for (String part : List.of("inbraak", "fiets", "123", "diefstal", "w", "d", "wo", "st", "12")) {
                queries.put("search part '" + part + "'", () -> s.alerts().search(AlertQuery.all().text(part)));
            }
            queries.put("search part + word start 'inbraak d'", () -> s.alerts().search(AlertQuery.all().text("inbraak d")));
            queries.put("search typo, common trigrams 'dorpstraat'", () -> s.alerts().search(AlertQuery.all().text("dorpstraat")));
            Page<?> inbraak = s.alerts().search(AlertQuery.all().text("inbraak"));
            inbraak.next().ifPresent(next -> queries.put("search part, second page 'inbraak'",
                    () -> s.alerts().search(AlertQuery.all().text("inbraak").after(next))));
            queries.put("filter last month + part 'fiets'", () -> s.alerts().search(AlertQuery.all()
                    .period(Instant.now().minus(Duration.ofDays(30)), Instant.now()).text("fiets")));
            queries.put("open list (all open)", () -> s.alertService().open(null));
            queries.put("overdue list", () -> s.alertService().overdue(null));
            queries.put("unconfirmed list", () -> s.alertService().unconfirmed());
            queries.put("counts per kind per week, one year", () -> s.alerts().countsPerWeek(fromWeek, toWeek));
            queries.put("filter kind vermissing", () -> s.alerts().search(AlertQuery.all().kinds(MessageKind.VERMISSING)));
            queries.put("filter kinds heterdaad+vermissing", () -> s.alerts().search(
                    AlertQuery.all().kinds(MessageKind.HETERDAAD, MessageKind.VERMISSING)));
            queries.put("filter status closed", () -> s.alerts().search(AlertQuery.all().statuses(AlertStatus.CLOSED)));
            queries.put("filter officer", () -> s.alerts().search(AlertQuery.all().officer(1L)));
            queries.put("filter group", () -> s.alerts().search(AlertQuery.all().group(group)));
            queries.put("filter group + kind", () -> s.alerts().search(AlertQuery.all().group(group).kinds(MessageKind.WAARSCHUWING)));
            // issue 15: a wijkagent's Logboek on his wijken, and his Dagoverzicht (three queries and the responses)
            List<String> wijken = List.of("Merenwijk", "Stevenshof");
            queries.put("filter my wijken (two)", () -> s.alerts().search(AlertQuery.all().wijken(null, wijken)));
            nl.meldtafel.shift.ShiftStart shift = new nl.meldtafel.shift.ShiftStart(s.alertService(), s.responses(), clock);
            queries.put("Dagoverzicht of two wijken, last shift 16 h ago", () -> shift.of(wijken,
                    clock.instant().minus(java.time.Duration.ofHours(16))));
            queries.put("filter kind + common word", () -> s.alerts().search(
                    AlertQuery.all().kinds(MessageKind.GETUIGENOPROEP).text("politiebericht")));
            queries.put("filter last month + common word", () -> s.alerts().search(AlertQuery.all()
                    .period(Instant.now().minus(Duration.ofDays(30)), Instant.now()).text("politiebericht")));
            queries.put("filter a week half a year ago", () -> s.alerts().search(AlertQuery.all()
                    .period(Instant.now().minus(Duration.ofDays(180)), Instant.now().minus(Duration.ofDays(173)))));

            System.out.printf("%n%-52s %9s %9s %9s%n", "query", "median ms", "min ms", "max ms");
            List<String> slow = new ArrayList<>();
            for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
                double[] ms = time(q.getValue());
                double median = ms[RUNS / 2];
                System.out.printf("%-52s %9.2f %9.2f %9.2f%n", q.getKey(), median, ms[0], ms[RUNS - 1]);
                if (median > TARGET_MS) {
                    slow.add(q.getKey());
                }
            }
            long t = System.nanoTime();
            VerificationReport report = s.verifier().verify(java.util.Optional.empty());
            System.out.printf("%nlog verify: %,d entries, intact %s, %.1f s%n", report.entries(), report.intact(),
                    (System.nanoTime() - t) / 1e9);
            System.out.println(slow.isEmpty() ? "All queries within " + TARGET_MS + " ms." : "Over " + TARGET_MS + " ms: " + slow);
        }
    }

    /** {@code server import} of the demo log, unless the server holds it already. */
    private static void moveUp(Path folder, ServerAddress server, Clock clock) throws Exception {
        Path work = Files.createTempDirectory("bench-import");
        long t = System.nanoTime();
        try {
            ServerImport.Result result = ServerImport.run(folder, backend(server, clock), clock, work);
            System.out.printf("server import of %,d alerts to %s: %.1f s (chain verified on both sides)%n",
                    result.rows().get("alert"), server, (System.nanoTime() - t) / 1e9);
        } catch (ServerImport.Refused e) {
            System.out.println("server " + server + " not imported again: " + e.getMessage());
        }
    }

    private static Storage onServer(Path folder, ServerAddress server, Clock clock) throws Exception {
        Storage storage = Storage.on(Files.createTempDirectory("bench-desk"), backend(server, clock), clock);
        storage.open();
        return storage;
    }

    private static PostgresBackend backend(ServerAddress server, Clock clock) {
        return PostgresBackend.at(server, System.getenv(), clock);
    }

    private static double[] time(Supplier<Object> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double quickCheckMs(Path file) throws Exception {
        try (Connection c = readOnly(file); Statement st = c.createStatement()) {
            long t = System.nanoTime();
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                rs.next();
                if (!"ok".equals(rs.getString(1))) {
                    throw new IllegalStateException("quick_check: " + rs.getString(1));
                }
            }
            return (System.nanoTime() - t) / 1e6;
        }
    }

    /** A licence plate from an old alert: a word that occurs in a handful of alerts. */
    private static String rareWord(Path file) throws Exception {
        try (Connection c = readOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT values_json FROM alert WHERE id > (SELECT max(id) / 3 FROM alert) "
                     + "AND values_json LIKE '%kenteken%' LIMIT 1")) {
            if (rs.next()) {
                Matcher m = Pattern.compile("\"kenteken\":\"([^\"]+)\"").matcher(rs.getString(1));
                if (m.find()) {
                    return m.group(1);
                }
            }
            return "Sprinter";
        }
    }

    /** Read-only, so the benchmark's own look at the file does not void the clean-shutdown marker. */
    private static Connection readOnly(Path file) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static long count(Path file, String sql) throws Exception {
        try (Connection c = readOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
