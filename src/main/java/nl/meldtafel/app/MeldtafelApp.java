package nl.meldtafel.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.meldtafel.export.LogCsvExport;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.cli.DataDirOption;
import nl.meldtafel.cli.DefaultDataFolder;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.log.LogViewModel;
import nl.meldtafel.ui.overview.OverviewViewModel;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;
import nl.meldtafel.ui.compose.QueueingAlertSink;
import nl.meldtafel.ui.compose.SendQueue;
import nl.meldtafel.ui.compose.StorageAlertSink;
import nl.meldtafel.ui.compose.StorageDraftStore;
import nl.meldtafel.ui.compose.StorageTargets;
import nl.meldtafel.ui.desk.DatabaseViewModel;
import nl.meldtafel.ui.desk.DeskView;
import nl.meldtafel.ui.desk.DeskViewModel;
import nl.meldtafel.ui.desk.WindowSettings;
import nl.meldtafel.ui.followup.FollowUpViewModel;
import nl.meldtafel.ui.groups.GroupsViewModel;
import nl.meldtafel.ui.officer.LastOfficerSetting;
import nl.meldtafel.ui.officer.OfficerViewModel;
import nl.meldtafel.ui.settings.SettingsViewModel;
import nl.meldtafel.ui.settings.AnchorPlaceViewModel;
import nl.meldtafel.ui.settings.ZoneSettingViewModel;
import nl.meldtafel.weekly.WeeklyLog;
import nl.meldtafel.settings.SettingsSaver;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The desk window. Composition root: everything is created here with plain constructors. */
public final class MeldtafelApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(MeldtafelApp.class);

    private static final Duration DRAFT_INTERVAL = Duration.seconds(5);
    private static final Duration FOLLOW_UP_INTERVAL = Duration.seconds(30);
    // checks hourly whether the day changed; the redaction and backup themselves run once a day
    private static final Duration MAINTENANCE_INTERVAL = Duration.hours(1);

    private final FxTaskRunner runner = new FxTaskRunner();
    // Opening (integrity check, migrations), retention and backup run here, so a send never waits behind them.
    private final FxTaskRunner databaseRunner = new FxTaskRunner();
    // Recording a copied message never waits behind a list that is still loading.
    private final FxTaskRunner sendRunner = new FxTaskRunner();
    private StartOptions options;
    private Path dataFolder;
    private SettingsSaver settings;
    private java.time.ZoneId zone = DeskZone.DEFAULT;
    // read here on the launcher thread, like the window settings: no file I/O on the FX thread
    private Optional<nl.meldtafel.alert.Officer> lastOfficer = Optional.empty();
    private DatabaseViewModel database;
    private Timeline drafts;
    private Timeline followUpRefresh;
    private Timeline maintenance;

    /** Runs on the launcher thread, so reading the settings file never touches the FX thread. */
    @Override
    public void init() {
        long started = System.nanoTime();
        options = StartOptions.fromRaw(getParameters().getRaw(), getParameters().getNamed());
        dataFolder = DataDirOption.resolve(options.dataDir(), DefaultDataFolder.of(System.getenv()));
        settings = SettingsSaver.open(dataFolder);
        zone = DeskZone.of(System.getenv(), settings.current().zone());
        lastOfficer = new LastOfficerSetting(settings).officer();
        LOG.info("Desk settings read in {} ms (zone {})", (System.nanoTime() - started) / 1_000_000, zone);
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        Clock clock = Clock.system(zone);
        database = new DatabaseViewModel(databaseRunner, dataFolder, clock);
        QueueingAlertSink sink = new QueueingAlertSink(new StorageAlertSink(database), database, new SendQueue(dataFolder), clock);
        database.queueWhileOpening(sink::replay);
        database.deferFirstMaintenance();
        ComposeViewModel compose = new ComposeViewModel(new MessageRenderer(clock), clock, sink,
                new StorageDraftStore(database, dataFolder, clock), runner, FxClipboard::putText, getHostServices()::showDocument);
        compose.onQueued(database::noteQueued);
        compose.useSendRunner(sendRunner);
        compose.useTargets(new StorageTargets(database));
        compose.weeklyFill().useLog(period -> new WeeklyLog(database.require().alerts()).tally(period));
        OfficerViewModel officers = new OfficerViewModel(runner, database, new LastOfficerSetting(settings));
        officers.assumeLastOfficer(lastOfficer);
        FollowUpViewModel followUp = new FollowUpViewModel(runner, database, clock, officers.currentProperty());
        followUp.useClipboard(FxClipboard::putText);
        DeskViewModel desk = new DeskViewModel(runner,
                () -> TemplateSource.load(options.templatesDir(), System.getenv(), Path.of("").toAbsolutePath()),
                compose, database, officers, followUp, dataFolder.toString());
        desk.useAbout(Version.ofJar(), Logging.currentFile());
        desk.setLogFactory(storage -> {
            LogViewModel log = new LogViewModel(storage.alerts(), storage.alertService(), storage.officers(),
                    runner, FxClipboard::putText, clock.getZone(), clock);
            // The detail is built on the worker thread, so it reads a copy, not the FX property.
            AtomicReference<TemplateCatalog> templates = new AtomicReference<>(desk.catalogProperty().get());
            desk.catalogProperty().addListener((o, old, catalog) -> templates.set(catalog));
            log.useTemplates(id -> Optional.ofNullable(templates.get()).flatMap(catalog -> catalog.find(id)));
            log.useExporter((query, out) -> LogCsvExport.of(storage, clock.getZone()).write(query, out));
            log.useGroups(() -> storage.groupRegister().search("", true).stream().map(item -> item.group().ref()).toList(),
                    storage.pasteChecklist()::checklist);
            log.useResponses(storage.responses(), officers.currentProperty());
            log.useRetention(storage.retention(), () -> currentActor(officers));
            return log;
        });
        desk.setGroupsFactory(storage -> new GroupsViewModel(storage.groupRegister(), runner, clock.getZone()));

        desk.setOverviewFactory(storage -> new OverviewViewModel(runner, storage.overviews()::overview, clock, clock.getZone()));
        desk.setSettingsFactory(storage -> new SettingsViewModel(runner, storage.retention(), () -> currentActor(officers))
                .useZone(new ZoneSettingViewModel(runner, settings, zone))
                .useAnchorPlace(new AnchorPlaceViewModel(runner, storage.anchors()::secondPlace, storage::useSecondAnchorPlace)));

        Scene scene = new Scene(new DeskView(desk, clock.getZone()), 1280, 760);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/nl/meldtafel/ui/meldtafel.css")).toExternalForm());
        stage.setTitle(Texts.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        WindowSettings.restoreAndFollow(stage, settings);

        drafts = every(DRAFT_INTERVAL, compose::saveDrafts);
        followUpRefresh = every(FOLLOW_UP_INTERVAL, followUp::refresh);
        maintenance = every(MAINTENANCE_INTERVAL, database::dailyMaintenance);
        stage.setOnCloseRequest(e -> {
            e.consume(); // closes once the drafts are in the database, or after the officer was told they are not
            compose.closeWhenSaved(() -> closeWindow(stage));
        });
        stage.show();
        LOG.info("Desk window shown {} ms after start", (System.nanoTime() - started) / 1_000_000);
        desk.start();
        ReadyProbe.whenReady(System.getProperty(ReadyProbe.PROPERTY), desk.templates(), compose.sendHintProperty());
    }

    /** Stops the timers and closes; {@link #stop} then waits for the runners and writes the settings still waiting. */
    private void closeWindow(Stage stage) {
        stopTimers();
        stage.hide();
    }

    /** The officer at the desk as the actor of a setting or hold; read on the FX thread. */
    private static Actor currentActor(OfficerViewModel officers) {
        return officers.currentProperty().get() == null ? null : Actor.of(officers.currentProperty().get());
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
        if (maintenance != null) {
            maintenance.stop();
        }
    }

    /** Waits for queued saves, then closes the database. */
    @Override
    public void stop() throws InterruptedException {
        stopTimers();
        runner.close();
        databaseRunner.close();
        sendRunner.close();
        if (settings != null) {
            settings.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
