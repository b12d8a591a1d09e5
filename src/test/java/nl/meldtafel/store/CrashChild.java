package nl.meldtafel.store;

import nl.meldtafel.groups.GroupInput;

import java.nio.file.Path;
import java.time.Clock;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.CloseCategory;

/**
 * Child process of {@link CrashTest}: saves alerts until killed, printing each id once its save
 * returned. With a second argument "once" it saves one and exits, to record a class-data archive.
 */
public final class CrashChild {

    public static void main(String[] args) throws InterruptedException {
        exitWhenParentDies();
        try (Storage storage = Storage.open(Path.of(args[0]), Clock.systemUTC())) {
            Actor actor = new Actor(storage.officers().register("Crash Test", "0"), "crash-test");
            AlertService service = storage.alertService();
            long group = storage.groupRegister().search("", true).stream().findFirst().map(g -> g.group().id())
                    .orElseGet(() -> storage.groupRegister().addGroup(new GroupInput("Beheerders Crash", "Zuid", "Leiden", true, ""), null));
            int runs = args.length > 1 && args[1].equals("once") ? 1 : Integer.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                long id = service.recordPending(Fixtures.heterdaad("Crash alert " + i + " " + "x".repeat(i % 300), group), actor);
                // Each line is printed once its step returned: "S" sent, "T" sent by ticking the group, "C" closed.
                if (i % 2 == 0) {
                    service.confirmSent(id, actor);
                    say(id, "S");
                } else {
                    storage.pasteChecklist().tick(id, group, actor);
                    say(id, "T");
                }
                if (i % 4 == 0) {
                    service.closeWithReason(id, CloseCategory.ANDERS, "closed " + i, actor);
                    say(id, "C");
                }
                // fewer alerts per run keep the parent's checks quick: each alert now writes two to four chain entries
                Thread.sleep(8);
            }
        }
    }

    private static void say(long id, String step) {
        System.out.println(id + " " + step);
        System.out.flush();
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
