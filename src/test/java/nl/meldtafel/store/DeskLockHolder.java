package nl.meldtafel.store;

import java.io.IOException;
import java.nio.file.Path;

/** Child process of {@link DeskLockTest}: takes the lock of a folder, says what it found, and holds it until stdin ends. */
public final class DeskLockHolder {

    private DeskLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        DeskLock.Outcome outcome = DeskLock.take(Path.of(args[0]));
        System.out.println(outcome.getClass().getSimpleName());
        System.out.flush();
        while (System.in.read() != -1) {
            // holds the lock until the test closes the pipe or kills this process
        }
        if (outcome instanceof DeskLock.Taken taken) {
            taken.lock().close();
        }
    }
}
