package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Child process of {@link SendQueueCrashTest}. {@code queue FOLDER RUN OFFICER_ID}: queues alerts
 * until killed, printing each text once {@link SendQueue#add} returned (the moment the desk sets the
 * clipboard). {@code replay FOLDER}: opens the database and replays the queue, then prints "replayed".
 */
public final class SendQueueCrashChild {

    public static void main(String[] args) throws Exception {
        exitWhenParentDies();
        Path folder = Path.of(args[1]);
        if (args[0].equals("queue")) {
            SendQueue queue = new SendQueue(folder);
            Officer officer = new Officer(Long.parseLong(args[3]), "Crash Test", "0");
            for (int i = 0; ; i++) {
                String text = "Wachtrij " + args[2] + "-" + i;
                queue.add(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{}", text, null,
                        new FollowUpPolicy(true, Duration.ofHours(1), null), List.of()), officer, Clock.systemUTC().instant());
                System.out.println(text);
                System.out.flush();
            }
        }
        try (Storage storage = Storage.open(folder, Clock.systemUTC())) {
            QueueingAlertSink sink = new QueueingAlertSink(new LogAlertSink(storage.alertService()), storage,
                    storage.queuedSendService(), new SendQueue(folder), Clock.systemUTC());
            sink.replay();
            System.out.println("replayed");
        }
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
