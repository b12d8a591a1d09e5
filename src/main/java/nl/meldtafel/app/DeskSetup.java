package nl.meldtafel.app;

import nl.meldtafel.alert.Officer;
import nl.meldtafel.cli.DataDirOption;
import nl.meldtafel.cli.DefaultDataFolder;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.store.DeskLock;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.ui.officer.LastOfficerSetting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the desk reads before its window: the data folder's lock, the settings, the server and the team.
 * {@link Main} starts reading on a thread of its own while JavaFX starts, which takes about a third of a
 * second on one core; {@link MeldtafelApp#init} then takes what was read, or reads it itself when the desk
 * was launched without Main (the UI tests).
 *
 * @param lock null when the folder is not locked (it could not be, or another desk holds it)
 */
record DeskSetup(StartOptions options, Path dataFolder, DeskLock lock, boolean alreadyOpen,
                 Optional<ServerAddress> server, TeamScope team, SettingsSaver settings, ZoneId zone,
                 Optional<Officer> lastOfficer) {

    private static final Logger LOG = LoggerFactory.getLogger(DeskSetup.class);

    private static final Object EARLY_LOCK = new Object();
    private static CompletableFuture<DeskSetup> early;

    /**
     * Starts reading on a daemon thread, after {@code first} (opening the log file, which nothing else on
     * that thread or in init may log before); {@link #take} picks the result up.
     */
    static void readEarly(StartOptions options, Map<String, String> env, Runnable first) {
        CompletableFuture<DeskSetup> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                first.run();
                reading.complete(read(options, env));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "desk-setup");
        thread.setDaemon(true);
        synchronized (EARLY_LOCK) {
            early = reading;
        }
        thread.start();
    }

    /** What {@link #readEarly} read for these options, waiting for it if needed; else read now. */
    static DeskSetup take(StartOptions options, Map<String, String> env) {
        CompletableFuture<DeskSetup> reading;
        synchronized (EARLY_LOCK) {
            reading = early;
            early = null;
        }
        if (reading == null) {
            return read(options, env);
        }
        DeskSetup setup;
        try {
            setup = reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (setup.options().equals(options)) {
            return setup;
        }
        // launched with other options than main saw: never keep a lock on a folder this desk does not use
        if (setup.settings() != null) {
            setup.settings().close();
        }
        if (setup.lock() != null) {
            setup.lock().close();
        }
        return read(options, env);
    }

    static DeskSetup read(StartOptions options, Map<String, String> env) {
        long started = System.nanoTime();
        Path dataFolder = DataDirOption.resolve(options.dataDir(), DefaultDataFolder.of(env));
        DeskLock.Outcome lock = DeskLock.take(dataFolder);
        if (lock instanceof DeskLock.HeldElsewhere) {
            LOG.warn("Another desk on this PC uses {}; this one says so and stops, reading and writing nothing", dataFolder);
            return new DeskSetup(options, dataFolder, null, true, Optional.empty(), null, null, DeskZone.DEFAULT,
                    Optional.empty());
        }
        DeskLock held = lock instanceof DeskLock.Taken taken ? taken.lock() : null;
        try {
            return readHeld(options, env, dataFolder, held, started);
        } catch (RuntimeException e) {
            if (held != null) {
                held.close(); // a desk that does not start keeps no folder
            }
            throw e;
        }
    }

    private static DeskSetup readHeld(StartOptions options, Map<String, String> env, Path dataFolder, DeskLock held,
                                      long started) {
        // --database and MELDTAFEL_DATABASE go before the server chosen in Instellingen
        Optional<ServerAddress> server = ServerAddress.chosen(options.database(), env);
        SettingsSaver settings = SettingsSaver.open(dataFolder);
        if (server.isEmpty()) {
            try {
                server = settings.current().server().map(ServerAddress::parse);
            } catch (IllegalArgumentException e) {
                // Instellingen only saves usable addresses: this one was edited by hand. Never fall back to the
                // local file silently, while the team works on the server.
                throw new IllegalStateException("settings.json names a server that cannot be used (" + e.getMessage()
                        + "); correct it there, or start with --database", e);
            }
        }
        // as the server: the option and the variable go before the team chosen in Instellingen
        Optional<String> named = options.team().or(() -> Optional.ofNullable(env.get(DataDirOption.TEAM_ENVIRONMENT)))
                .filter(name -> !name.isBlank()).or(() -> settings.current().team());
        if (options.team().isPresent() && server.isEmpty()) {
            throw new IllegalStateException("--team needs a server (--database): a data folder's log is one team");
        }
        TeamScope team = TeamScope.of(named, options.unit());
        ZoneId zone = DeskZone.of(env, settings.current().zone());
        Optional<Officer> lastOfficer = new LastOfficerSetting(settings).officer();
        LOG.info("Desk settings read in {} ms (zone {})", (System.nanoTime() - started) / 1_000_000, zone);
        return new DeskSetup(options, dataFolder, held, false, server, team, settings, zone, lastOfficer);
    }
}
