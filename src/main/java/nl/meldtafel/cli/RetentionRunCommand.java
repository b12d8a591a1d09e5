package nl.meldtafel.cli;

import nl.meldtafel.alert.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.nio.file.Path;
import java.util.List;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.template.MessageKind;
import picocli.CommandLine.Mixin;

/** {@code retention run}: removes the personal content of alerts whose retention period has passed. */
@picocli.CommandLine.Command(
        customSynopsis = "retention run [--as NUMBER] [--data-dir DIR]",
        description = {"remove the content of closed alerts past their retention period",
                "Unless on hold; recorded in the audit chain. Also removes backups that still hold removed content. "
                        + "The desk does the same at start-up and daily."})
public final class RetentionRunCommand extends AdminCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Mixin
    private DataDirOption data;
    @Mixin
    private AsOption as = new AsOption();

    private final Clock clock;

    public RetentionRunCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("retention", "run");
    }

    @Override
    public Integer call() {
        try (Storage storage = data.openExisting(clock, io.err())) {
            if (storage == null) {
                return 1;
            }
            // a scheduled job names its account once the log has them: teamchef or beheer
            actingAs(storage.accounts(), as.number, data.environment(), new PasswordInput(io),
                    "run it --as a teamchef's or beheer's personnel number", Permission.RETENTION, Permission.SERVER);
            RetentionPolicy policy = storage.retention().policy();
            StringBuilder periods = new StringBuilder();
            for (MessageKind kind : MessageKind.values()) {
                periods.append(periods.length() == 0 ? "" : ", ").append(kind.jsonName()).append(' ')
                        .append(policy.daysFor(kind));
            }
            io.out().println("Retention (days after closing): " + periods);
            RedactionReport r = storage.retention().run();
            if (r.count() == 0) {
                io.out().println("Nothing to redact.");
            } else {
                RedactionReport.Batch first = r.batches().get(0);
                RedactionReport.Batch last = r.batches().get(r.batches().size() - 1);
                io.out().println("Redacted " + r.count() + " alerts (ids " + first.firstId() + " to " + last.lastId() + ") at "
                        + local(first.at()) + (r.batches().size() > 1 ? " in " + r.batches().size() + " batches" : "")
                        + "; recorded in the audit chain.");
            }
            if (r.heldAlerts() > 0) {
                io.out().println("Holds in force: " + r.heldAlerts() + " alerts (each keeps its whole chain).");
            }
            if (r.draftsDeleted() > 0) {
                io.out().println("Removed " + r.draftsDeleted() + " old drafts.");
            }
            for (String name : r.backupsRemoved()) {
                io.out().println("Removed backup " + name);
            }
            if (!r.fileCleared()) {
                io.out().println("Another program kept reading the database: removed content may remain in "
                        + DataFolder.DATABASE_FILE + " and " + DataFolder.DATABASE_FILE + "-wal until the next run"
                        + " (close the other desk or program and run this again).");
            }
            if (r.backupRefreshed()) {
                io.out().println("Made a fresh backup without the removed content.");
            }
            return 0;
        } catch (StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }

    private String local(Instant t) {
        return LocalDateTime.ofInstant(t, clock.getZone()).format(TIME);
    }
}
