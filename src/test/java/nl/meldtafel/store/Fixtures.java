package nl.meldtafel.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

/** Building blocks for storage tests. */
final class Fixtures {

    static final FollowUpPolicy HETERDAAD = new FollowUpPolicy(true, Duration.ofMinutes(60), null);
    static final FollowUpPolicy VERMISSING = new FollowUpPolicy(true, Duration.ofHours(2), Duration.ofHours(2));

    private Fixtures() {
    }

    static NewAlert heterdaad(String text, Long... groups) {
        return new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{\"delict\":\"inbraak\"}", text, null,
                HETERDAAD, List.of(groups));
    }

    static NewAlert vermissing(String text) {
        return new NewAlert(MessageKind.VERMISSING, "vermissing", "hash-v", "{\"naam\":\"Jan\"}", text, null,
                VERMISSING, List.of());
    }

    static NewAlert update(long parent, String text) {
        return new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{}", text, parent, FollowUpPolicy.NONE, List.of());
    }

    static NewAlert afloop(long parent, String text) {
        return new NewAlert(MessageKind.AFLOOPBERICHT, "afloop", "hash-a", "{\"uitkomst\":\"aangehouden\"}", text,
                parent, FollowUpPolicy.NONE, List.of());
    }

    static NewAlert getuigenoproep(String text) {
        return new NewAlert(MessageKind.GETUIGENOPROEP, "getuigen", "hash-g", "{}", text, null, FollowUpPolicy.NONE, List.of());
    }

    static Actor officer(Storage storage, String name, String number) {
        return new Actor(storage.officers().register(name, number), "tester");
    }

    /** A connection that bypasses Meldtafel, as another program or an attacker would. */
    static Connection raw(Path dbFile) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dbFile);
    }

    static void exec(Path dbFile, String... sql) throws SQLException {
        try (Connection c = raw(dbFile); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.executeUpdate(s);
            }
        }
    }

    /** Groups 1, 2, ... added through the register, as the desk adds them (and so in the audit chain). */
    static void addGroups(Storage storage, String... names) {
        for (String name : names) {
            storage.groupRegister().addGroup(new nl.meldtafel.groups.GroupInput(name, "", "", true, ""), null);
        }
    }

    /** The alerts a redaction run redacted, ascending, found in the log by each batch's time and id range. */
    static List<Long> redactedIds(Storage storage, nl.meldtafel.retention.RedactionReport report) {
        List<Long> ids = new java.util.ArrayList<>();
        for (nl.meldtafel.retention.RedactionReport.Batch b : report.batches()) {
            ids.addAll(storage.alerts().redactedAt(b.at(), b.firstId(), b.lastId()));
        }
        ids.sort(null); // a page's chains reach into later pages' id ranges
        return ids;
    }
}
