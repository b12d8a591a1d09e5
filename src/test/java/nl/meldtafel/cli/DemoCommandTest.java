package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.NotYetPosted;
import nl.meldtafel.message.PoliceNotice;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-23T13:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
    private static final int ALERTS = 600;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void fillsAYearOfAlertsOfEveryKindWhoseChainVerifies() throws Exception {
        assertEquals(0, run(new DemoCommand(Map.of(), this::defaultFolder, CLOCK), "--alerts", "" + ALERTS, "--data-dir", dir.toString()), err());

        Map<String, Long> perKind = counts("SELECT kind, count(*) FROM alert GROUP BY kind");
        assertEquals(ALERTS, perKind.values().stream().mapToLong(Long::longValue).sum());
        for (MessageKind kind : List.of(MessageKind.HETERDAAD, MessageKind.VERMISSING, MessageKind.AFLOOPBERICHT,
                MessageKind.GETUIGENOPROEP, MessageKind.WAARSCHUWING)) {
            assertTrue(perKind.getOrDefault(kind.name(), 0L) > 0, kind + " missing: " + perKind);
        }
        Map<String, Long> shape = counts("SELECT 'updates', count(*) FROM alert WHERE parent_id IS NOT NULL AND kind <> 'AFLOOPBERICHT' "
                + "UNION ALL SELECT 'byAfloop', count(*) FROM alert WHERE closed_by_alert_id IS NOT NULL "
                + "UNION ALL SELECT 'byReason', count(*) FROM alert WHERE close_reason IS NOT NULL "
                + "UNION ALL SELECT 'officers', count(DISTINCT officer_id) FROM alert "
                + "UNION ALL SELECT 'groups', count(DISTINCT group_id) FROM alert_group "
                + "UNION ALL SELECT 'oldDays', (max(log_at) - min(log_at)) / 86400000 FROM alert");
        assertTrue(shape.get("updates") > 0, shape.toString());
        assertTrue(shape.get("byAfloop") > 0, shape.toString());
        assertTrue(shape.get("byReason") > 0, shape.toString());
        assertTrue(shape.get("officers") >= 5, shape.toString());
        assertTrue(shape.get("groups") >= 5, shape.toString());
        assertTrue(shape.get("oldDays") >= 300, "spread over the past year: " + shape);
        assertEquals(counts("SELECT sent_week || kind, count(*) FROM alert WHERE sent_week IS NOT NULL GROUP BY 1"),
                counts("SELECT sent_week || kind, n FROM alert_week_count WHERE n > 0"), "weekly counts kept by the triggers");
        assertEquals(0, counts("SELECT 'future', count(*) FROM alert WHERE log_at > " + NOW.toEpochMilli()).get("future"));
        assertTrue(counts("SELECT 'flagged', count(*) FROM alert WHERE log_out_of_order = 1").get("flagged") <= ALERTS / 100,
                "one desk works in order, so ids follow log time but for rare late confirmations");

        try (Storage s = Storage.open(dir, CLOCK)) {
            assertEquals(2, s.alertService().unconfirmed().size());
            assertTrue(s.alertService().overdue(null).size() >= 1);
            assertTrue(s.alertService().open(null).size() > s.alertService().overdue(null).size(), "one still due later");
            assertTrue(s.alertService().open(null).stream().allMatch(r -> r.status() == AlertStatus.SENT));
            Alert newest = s.alertService().find(s.alerts().search(AlertQuery.all().statuses(AlertStatus.SENT, AlertStatus.CLOSED))
                    .items().get(0).id()).orElseThrow();
            TemplateDefinition template = TemplateSource.bundled().find(newest.templateId()).orElseThrow();
            assertEquals(template.contentHash(), newest.templateHash());
            assertTrue(newest.text().endsWith(PoliceNotice.TEXT), newest.text());
            assertTrue(newest.sentAt().isAfter(NOW.minus(Duration.ofDays(1))) && newest.sentAt().isBefore(NOW));
            // the search index, built once after the load, finds it by a word and by part of a word
            String word = Arrays.stream(newest.text().split("[^\\p{L}]+")).filter(w -> w.length() >= 7).findFirst().orElseThrow();
            for (String typed : List.of(word, word.substring(2, 6))) {
                assertTrue(s.alerts().search(AlertQuery.all().text(typed).limit(100)).items().stream()
                        .anyMatch(r -> r.id() == newest.id()), typed + " in " + newest.text());
            }

            // targeted at the demo register, ticked off group by group; one heterdaad still waits for its third group
            assertTrue(s.groupRegister().gemeenten().size() >= 3, s.groupRegister().gemeenten().toString());
            Set<Long> registered = s.targeting().options().groups().stream().map(GroupRef::id).collect(Collectors.toSet());
            assertTrue(registered.containsAll(newest.groupIds()) && !newest.groupIds().isEmpty(), newest.groupIds().toString());
            assertTrue(s.pasteChecklist().checklist(newest.id()).items().stream().filter(i -> i.state() != Checklist.State.OPEN)
                    .allMatch(i -> i.at() != null && !i.at().isBefore(newest.sentAt())), "ticked after it was sent");
            List<NotYetPosted> waiting = s.pasteChecklist().notYetPosted();
            assertEquals(1, waiting.size(), waiting.toString());
            assertEquals(1, waiting.get(0).groups().size());
        }
        Map<String, Long> posts = counts("SELECT 'sentWithoutTick', count(*) FROM alert a WHERE a.sent_at IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM alert_post p WHERE p.alert_id = a.id) "
                + "UNION ALL SELECT 'multi', count(*) FROM (SELECT alert_id FROM alert_group GROUP BY alert_id HAVING count(*) > 1)");
        assertEquals(0, posts.get("sentWithoutTick"), "every sent demo alert was confirmed by a tick");
        assertTrue(posts.get("multi") > 0, "some alerts go to several groups: " + posts);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
             Statement st = c.createStatement()) {
            // FTS5 compares each index with every text it should hold; a missing or extra entry fails
            st.executeUpdate("INSERT INTO alert_trigram (alert_trigram, rank) VALUES ('integrity-check', 1)");
            st.executeUpdate("INSERT INTO alert_words (alert_words, rank) VALUES ('integrity-check', 1)");
        }

        out.reset();
        assertEquals(0, run(new LogVerifyCommand(this::defaultFolder, CLOCK), "--data-dir", dir.toString()), err() + out());
        assertTrue(out().contains("Log intact"), out());
        assertTrue(out().startsWith("Anchor: entry "), "the demo's clean close anchored the head: " + out());
    }

    @Test
    void refusesALogThatAlreadyHoldsAlerts() {
        DemoCommand demo = new DemoCommand(Map.of(), this::defaultFolder, CLOCK);
        assertEquals(0, run(demo, "--alerts", "10", "--data-dir", dir.toString()), err());

        assertEquals(2, run(demo, "--alerts", "10", "--data-dir", dir.toString()));
        assertTrue(err().contains("already holds alerts"), err());
    }

    @Test
    void needsANumberOfAlerts() {
        assertEquals(2, run(new DemoCommand(Map.of(), this::defaultFolder, CLOCK), "--data-dir", dir.toString()));
        assertEquals(2, run(new DemoCommand(Map.of(), this::defaultFolder, CLOCK), "--alerts", "veel", "--data-dir", dir.toString()));
    }

    private Map<String, Long> counts(String sql) throws Exception {
        Map<String, Long> result = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }

    private Path defaultFolder() {
        return DataFolder.defaultFolder(Map.of(), "Linux", dir);
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
