package nl.meldtafel.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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

    /** A holder of {@code folder}'s lock in its own JVM; closing its stdin releases the lock. */
    static Process start(Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider", DeskLockHolder.class.getName(), folder.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** What the holder found: Taken, HeldElsewhere or Unknown. */
    static String firstLine(Process p) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return in.readLine();
    }
}
