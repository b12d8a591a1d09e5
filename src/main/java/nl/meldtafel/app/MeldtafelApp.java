package nl.meldtafel.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;
import nl.meldtafel.ui.desk.AlreadyOpenDialog;
import nl.meldtafel.ui.desk.DeskView;
import nl.meldtafel.ui.desk.DeskViewModel;
import nl.meldtafel.ui.desk.WindowSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/** The desk window: the desk built by {@link DeskAssembly}, its timers, and closing in order. */
public final class MeldtafelApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(MeldtafelApp.class);

    private static final Duration DRAFT_INTERVAL = Duration.seconds(5);
    private static final Duration FOLLOW_UP_INTERVAL = Duration.seconds(30);
    /** How often a desk whose server was away at start tries again. */
    private static final Duration RECONNECT_INTERVAL = Duration.seconds(10);
    // checks hourly whether the day changed; the redaction and backup themselves run once a day
    private static final Duration MAINTENANCE_INTERVAL = Duration.hours(1);

    private final FxTaskRunner runner = new FxTaskRunner();
    // Opening (integrity check, migrations), retention and backup run here, so a send never waits behind them.
    private final FxTaskRunner databaseRunner = new FxTaskRunner();
    // Recording a copied message never waits behind a list that is still loading.
    private final FxTaskRunner sendRunner = new FxTaskRunner();
    // read before the FX thread needs it (the lock is held from init until stop: one desk per data folder)
    private DeskSetup setup;
    private DeskAssembly assembly;
    private Timeline drafts;
    private Timeline followUpRefresh;
    private Timeline maintenance;
    private Timeline reconnect;

    /**
     * Runs on the launcher thread, so reading the settings file never touches the FX thread; what Main began
     * reading while JavaFX started is mostly there by now ({@link DeskSetup}).
     */
    @Override
    public void init() {
        setup = DeskSetup.take(StartOptions.fromRaw(getParameters().getRaw(), getParameters().getNamed()), System.getenv());
        if (!setup.alreadyOpen()) {
            // 3D needs a hardware pipeline: without it JavaFX fell back to drawing in software
            SoftwareDrawing.afterLaunch(setup.dataFolder(), Platform.isSupported(ConditionalFeature.SCENE3D), Clock.systemUTC());
        }
    }

    @Override
    public void start(Stage stage) {
        if (setup.alreadyOpen()) {
            AlreadyOpenDialog.show(setup.dataFolder(), Platform::exit);
            return;
        }
        long started = System.nanoTime();
        Clock clock = Clock.system(setup.zone());
        Storage storage = DeskAssembly.storage(setup.dataFolder(), setup.server(), System.getenv(), clock, setup.team());
        assembly = new DeskAssembly(storage, clock, new DeskAssembly.Runners(runner, databaseRunner, sendRunner),
                new DeskAssembly.Outside(FxClipboard::putText, getHostServices()::showDocument),
                () -> TemplateSource.load(setup.options().templatesDir(), System.getenv(), Path.of("").toAbsolutePath()),
                setup.lastOfficer(), setup.settings());
        DeskViewModel desk = assembly.desk();
        ComposeViewModel compose = assembly.compose();
        desk.useAbout(Version.ofJar(), Logging.currentFile());
        // the log opens and the templates load on their workers while this thread builds the window; what
        // they find comes through runLater, so after the window is built and shown
        desk.start();
        long assembled = System.nanoTime();

        DeskView view = new DeskView(desk, clock.getZone());
        long built = System.nanoTime();
        Scene scene = new Scene(view, 1280, 760);
        scene.getStylesheets().add(DeskView.stylesheet());
        stage.setTitle(Texts.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        WindowSettings.restoreAndFollow(stage, setup.settings());

        drafts = every(DRAFT_INTERVAL, compose::saveDrafts);
        followUpRefresh = every(FOLLOW_UP_INTERVAL, () -> {
            assembly.followUp().refresh();
            assembly.idleSignOut().check();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> assembly.idleSignOut().activity());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> assembly.idleSignOut().activity());
        maintenance = every(MAINTENANCE_INTERVAL, assembly::maintainIfDue);
        reconnect = every(RECONNECT_INTERVAL, assembly.database()::reconnect);
        stage.setOnCloseRequest(e -> {
            e.consume(); // closes once the drafts are in the database, or after the officer was told they are not
            compose.closeWhenSaved(() -> closeWindow(stage));
        });
        stage.show();
        LOG.info("Desk window shown {} ms after start (services {} ms, screens {} ms, scene and window {} ms)",
                (System.nanoTime() - started) / 1_000_000, (assembled - started) / 1_000_000, (built - assembled) / 1_000_000,
                (System.nanoTime() - built) / 1_000_000);
        ReadyProbe.whenReady(System.getProperty(ReadyProbe.PROPERTY), desk.templates(), compose.sendHintProperty());
        LoadProbe.watch(System.getProperty(LoadProbe.PROPERTY), desk, assembly.database());
    }

    /** Stops the timers and closes; {@link #stop} then waits for the runners and writes the settings still waiting. */
    private void closeWindow(Stage stage) {
        stopTimers();
        stage.hide();
    }

    private static Timeline every(Duration interval, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(interval, e -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline;
    }

    private void stopTimers() {
        if (drafts != null) {
            drafts.stop();
        }
        if (followUpRefresh != null) {
            followUpRefresh.stop();
        }
        if (reconnect != null) {
            reconnect.stop();
        }
        if (maintenance != null) {
            maintenance.stop();
        }
    }

    /** Waits for queued saves, then closes the database. */
    @Override
    public void stop() throws InterruptedException {
        stopTimers();
        if (assembly != null) {
            assembly.stopBackgroundWork(); // else closing would wait for a whole redaction run
        }
        runner.close();
        databaseRunner.close();
        sendRunner.close();
        if (setup != null && setup.settings() != null) {
            setup.settings().close();
        }
        if (assembly != null) {
            assembly.close();
        }
        if (setup != null && setup.lock() != null) {
            setup.lock().close(); // last: the next desk may take the folder once the log is closed
        }
    }
}
