package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Child process of {@link SendQueueCrashTest}. {@code queue FOLDER SERVER RUN OFFICER_ID}: queues alerts
 * until killed, printing each text once {@link SendQueue#add} returned (the moment the desk sets the
 * clipboard). {@code replay FOLDER SERVER}: opens the log and replays the queue, then prints "replayed".
 * SERVER is the JDBC address of the server's log, or "-" for the file in FOLDER.
 */
public final class SendQueueCrashChild {

    public static void main(String[] args) throws Exception {
        exitWhenParentDies();
        Path folder = Path.of(args[1]);
        Storage storage = storage(folder, args[2]);
        SendQueue queue = new SendQueue(folder, storage.serverName());
        if (args[0].equals("queue")) {
            // the log is not opened: a server away at start, or a file still opening
            Officer officer = new Officer(Long.parseLong(args[4]), "Crash Test", "0");
            for (int i = 0; ; i++) {
                String text = "Wachtrij " + args[3] + "-" + i;
                queue.add(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{}", text, null,
                        new FollowUpPolicy(true, Duration.ofHours(1), null), List.of()), officer, Clock.systemUTC().instant());
                System.out.println(text);
                System.out.flush();
            }
        }
        try (storage) {
            storage.open();
            QueueingAlertSink sink = new QueueingAlertSink(new LogAlertSink(storage.alertService()), storage,
                    storage.queuedSendService(), queue, Clock.systemUTC());
            sink.replay();
            System.out.println("replayed");
        }
    }

    /** The log, not opened: the file in {@code folder}, or the server at {@code server}. */
    static Storage storage(Path folder, String server) {
        Clock clock = Clock.systemUTC();
        return server.equals("-") ? Storage.at(folder, clock)
                : Storage.on(folder, PostgresBackend.at(server, EmbeddedServer.user(), clock), clock);
    }

    /** Stdin is a pipe from the test; it reaches EOF when the test JVM is gone, so no orphan keeps writing. */
    private static void exitWhenParentDies() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; only the end of the pipe matters
                }
            } catch (java.io.IOException e) {
                // a broken pipe means the same as EOF
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
