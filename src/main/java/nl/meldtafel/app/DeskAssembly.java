package nl.meldtafel.app;

import nl.meldtafel.account.AccountService;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.ui.accounts.AccountsViewModel;
import nl.meldtafel.export.LogCsvExport;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.template.TemplateCatalog;
import javafx.application.Platform;
import nl.meldtafel.ui.common.LiveRefresh;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;
import nl.meldtafel.ui.compose.LogAlertSink;
import nl.meldtafel.ui.compose.LogDraftStore;
import nl.meldtafel.report.ReportText;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.ui.compose.QueueingAlertSink;
import nl.meldtafel.ui.compose.RegisterTargets;
import nl.meldtafel.ui.compose.SendQueue;
import nl.meldtafel.ui.desk.DatabaseViewModel;
import nl.meldtafel.ui.desk.DeskViewModel;
import nl.meldtafel.ui.followup.FollowUpViewModel;
import nl.meldtafel.ui.groups.GroupsViewModel;
import nl.meldtafel.ui.log.LogViewModel;
import nl.meldtafel.ui.officer.IdleSignOut;
import nl.meldtafel.ui.shift.DayOverviewViewModel;
import nl.meldtafel.shift.ShiftStart;
import nl.meldtafel.ui.officer.LastOfficerSetting;
import nl.meldtafel.ui.officer.OfficerViewModel;
import nl.meldtafel.ui.overview.OverviewViewModel;
import nl.meldtafel.ui.settings.AnchorPlaceViewModel;
import nl.meldtafel.ui.settings.ServerSettingViewModel;
import nl.meldtafel.ui.settings.SettingsViewModel;
import nl.meldtafel.ui.settings.ZoneSettingViewModel;
import nl.meldtafel.weekly.WeeklyLog;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The desk's object graph, built once: the services over the log (not open yet), handed to the view
 * models through their constructors. The window and the desk-wide tests build the desk through this,
 * so both run exactly the same wiring.
 */
public final class DeskAssembly {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeskAssembly.class);

    /** The desk's workers: the FX side's reads, the log's own (open, retention, backup), and recording sends. */
    public record Runners(TaskRunner ui, TaskRunner database, TaskRunner send) {
    }

    /** What leaves Meldtafel: the clipboard and the browser (WhatsApp Web, the help page). */
    public record Outside(Consumer<String> clipboard, Consumer<String> browser) {
    }

    private final Storage storage;
    private final DatabaseViewModel database;
    private final ComposeViewModel compose;
    private final IdleSignOut idleSignOut;
    private final AtomicReference<java.time.Duration> idlePeriod = new AtomicReference<>(AccountService.DEFAULT_IDLE_SIGN_OUT);
    private final OfficerViewModel officers;
    private final FollowUpViewModel followUp;
    private final DeskViewModel desk;
    private final DailyMaintenance maintenance;
    // holds back other desks' changes that come in a burst; see LiveRefresh
    private final ScheduledExecutorService liveTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "meldtafel-live");
        thread.setDaemon(true);
        return thread;
    });
    private final LiveRefresh liveFollowUp;
    private LiveRefresh liveLog;

    public DeskAssembly(Path dataFolder, Clock clock, Runners runners, Outside outside, Callable<TemplateCatalog> templates,
                        Optional<Officer> lastOfficer, SettingsSaver settings) {
        this(Storage.at(dataFolder, clock), clock, runners, outside, templates, lastOfficer, settings);
    }

    /** The desk over {@code storage}, not opened yet: the desk's own file, or a shared server (see {@link #storage}). */
    public DeskAssembly(Storage storage, Clock clock, Runners runners, Outside outside, Callable<TemplateCatalog> templates,
                        Optional<Officer> lastOfficer, SettingsSaver settings) {
        TaskRunner runner = runners.ui();
        Path dataFolder = storage.dataFolder();
        this.storage = storage;
        database = new DatabaseViewModel(runners.database(), storage, dataFolder);
        QueueingAlertSink sink = new QueueingAlertSink(new LogAlertSink(storage.alertService()), storage,
                storage.queuedSendService(), new SendQueue(dataFolder, storage.serverName()), clock);
        database.queueWhileOpening(sink::replay);
        database.countQueuedWith(sink::queued);
        sink.onServerLost(database::serverLost);
        compose = new ComposeViewModel(new MessageRenderer(clock), clock, sink,
                new LogDraftStore(storage.draftService(), dataFolder, clock), runner, outside.clipboard(), outside.browser());
        compose.onQueued(database::noteQueued);
        compose.useSendRunner(runners.send());
        compose.useTargets(new RegisterTargets(storage.targeting(), storage.pasteChecklist()));
        WeeklyLog weekly = new WeeklyLog(storage.alerts());
        compose.weeklyFill().useLog(weekly::tally);
        officers = new OfficerViewModel(runner, storage.officers(), new LastOfficerSetting(settings), storage.accounts(),
                clock.getZone());
        officers.assumeLastOfficer(lastOfficer);
        // an alert being written, copied or posted keeps its officer signed in until it is done
        idleSignOut = new IdleSignOut(officers, clock, () -> compose.hasInput()
                || compose.awaitingConfirmationProperty().get() != null || compose.checklistProperty().get() != null,
                database::isOpen, idlePeriod::get);
        // the teamchef's idle period, read again at each sign-in (off the FX thread); 8 hours until read
        officers.accountProperty().addListener((o, was, now) -> {
            if (now != null) {
                runner.run(storage.accounts()::idleSignOut, idlePeriod::set,
                        e -> LOG.warn("Could not read the idle sign-out period; keeping {}", idlePeriod.get(), e));
            }
        });
        followUp = new FollowUpViewModel(runner, storage.alertService(), storage.pasteChecklist(), clock,
                officers.currentProperty());
        followUp.useClipboard(outside.clipboard());
        followUp.useWijken(myWijken(),
                ids -> wijkenOf(storage, ids));
        followUp.keepClosingsIn(sink::queueClosing, database::noteKeptWhileAway);
        liveFollowUp = live(followUp::othersChanged);
        desk = new DeskViewModel(runner, templates, compose, database, officers, followUp, dataFolder.toString());
        maintenance = new DailyMaintenance(runners.database(), storage, database, clock, Platform::runLater);
        desk.afterFirstReads(maintenance::runIfDue);
        DayOverviewViewModel dayOverview = new DayOverviewViewModel(runner,
                new ShiftStart(storage.alertService(), storage.responses(), clock)::of, clock);
        officers.lastSignInProperty().addListener((o, was, in) -> {
            if (in != null) {
                dayOverview.shiftStarted(in.account(), in.previousSignIn());
            }
        });
        desk.useDayOverview(dayOverview);
        desk.useContentRights(officers.allows(Permission.READ_LOG));
        desk.setLogFactory(() -> log(runner, outside, clock));
        desk.setGroupsFactory(() -> new GroupsViewModel(storage.groupRegister(), runner, clock, officers.currentProperty())
                .useRights(officers.allows(Permission.REGISTER)));
        desk.setOverviewFactory(() -> new OverviewViewModel(runner, storage.overviews()::overview, clock, clock.getZone())
                .showing(storage.team()).useReportRights(officers.allows(Permission.REPORTS)));
        desk.setSettingsFactory(() -> new SettingsViewModel(runner, storage.retention(), this::currentActor)
                .useRights(officers.allows(Permission.RETENTION))
                .useAccounts(new AccountsViewModel(runner, storage.accounts(), this::currentActor, officers::ask)
                        .useRights(officers.allows(Permission.ACCOUNTS)).onIdleChanged(idlePeriod::set))
                .useZone(new ZoneSettingViewModel(runner, settings, clock.getZone()))
                .useAnchorPlace(new AnchorPlaceViewModel(runner, storage.anchors()::secondPlace, storage::useSecondAnchorPlace))
                .useServer(new ServerSettingViewModel(runner, settings, DeskAssembly::addressProblem,
                        storage.serverHost().map(host -> Texts.get("db.status.serverName", host) + whose(storage))
                                .orElseGet(() -> Texts.get("settings.server.local")))));
    }

    /** The signed-in account's wijken; empty without accounts or wijken. */
    private javafx.beans.value.ObservableValue<List<String>> myWijken() {
        return officers.accountProperty().map(a -> a == null ? List.<String>of() : a.wijken()).orElse(List.of());
    }

    /** The wijken of the beheerdersgroepen each alert was sent to, for a wijkagent's Opvolging. */
    private static Map<Long, Set<String>> wijkenOf(Storage storage, Collection<Long> alertIds) {
        Map<Long, String> wijkOfGroup = new HashMap<>();
        storage.groupRegister().refs().forEach(g -> wijkOfGroup.put(g.id(), g.wijk()));
        Map<Long, Set<String>> wijken = new HashMap<>();
        storage.alerts().findAll(alertIds).forEach((id, alert) -> wijken.put(id, alert.groupIds().stream()
                .map(wijkOfGroup::get).filter(Objects::nonNull).collect(Collectors.toSet())));
        return wijken;
    }

    /** " · team Noord" on a server with several teams, " · hele eenheid" when all are shown; else "". */
    private static String whose(Storage storage) {
        String whose = ReportText.whose(storage.team());
        return whose.isEmpty() ? "" : " \u00b7 " + whose;
    }

    /** What the officer should fix in a typed server address, in Dutch; empty when it can be used. */
    static Optional<String> addressProblem(String address) {
        return ServerAddress.problem(address).map(p -> Texts.get(p == ServerAddress.Problem.HOLDS_A_PASSWORD
                ? "settings.server.password" : "settings.server.invalid"));
    }

    /**
     * The log the desk works on, not opened: on the server when one is given, else the file in
     * {@code dataFolder}. The data folder keeps the desk's own things either way (settings, queue, anchors).
     */
    public static Storage storage(Path dataFolder, Optional<ServerAddress> server, Map<String, String> environment, Clock clock) {
        return storage(dataFolder, server, environment, clock, TeamScope.firstTeam());
    }

    /** As {@link #storage(Path, Optional, Map, Clock)}, on a server working in the team {@code team} names. */
    public static Storage storage(Path dataFolder, Optional<ServerAddress> server, Map<String, String> environment, Clock clock,
                                  TeamScope team) {
        return server.map(address -> Storage.on(dataFolder, PostgresBackend.at(address, environment, clock, team), clock))
                .orElseGet(() -> Storage.at(dataFolder, clock));
    }

    private LogViewModel log(TaskRunner runner, Outside outside, Clock clock) {
        LogViewModel log = new LogViewModel(storage.alertService(), storage.officers(), runner, outside.clipboard(),
                clock.getZone(), clock);
        // The detail is built on the worker thread, so it reads a copy, not the FX property.
        AtomicReference<TemplateCatalog> templates = new AtomicReference<>(desk.catalogProperty().get());
        desk.catalogProperty().addListener((o, old, catalog) -> templates.set(catalog));
        log.useTemplates(id -> Optional.ofNullable(templates.get()).flatMap(catalog -> catalog.find(id)));
        log.useExporter((query, out) -> LogCsvExport.of(storage, clock.getZone()).write(query, out));
        log.useGroups(() -> storage.groupRegister().refs(),
                storage.pasteChecklist()::checklist);
        log.useResponses(storage.responses(), officers.currentProperty());
        log.useRetention(storage.retention(), this::currentActor);
        log.useHoldRights(officers.allows(Permission.RETENTION));
        log.useWijken(myWijken());
        // a log screen is built again when the log opens again; the old one hears no more
        if (liveLog != null) {
            liveLog.close();
        }
        liveLog = live(log::othersChanged);
        return log;
    }

    /** Shows other desks' changes on a screen (a server log; a desk's own SQLite file never changes behind it). */
    private LiveRefresh live(Consumer<Set<LogChange>> screen) {
        return new LiveRefresh(storage.changes(), screen, Platform::runLater, liveTimer, LiveRefresh.GAP);
    }

    /** The officer at the desk as the actor of a setting or hold; read on the FX thread. */
    private Actor currentActor() {
        Officer current = officers.currentProperty().get();
        return current == null ? null : Actor.of(current);
    }

    /** Checks whether the day changed and the redaction and backup are due; call hourly on the FX thread. */
    public void maintainIfDue() {
        maintenance.runIfDue();
    }

    /** The services over the log, for the desk-wide tests to check what it recorded. */
    public Storage storage() {
        return storage;
    }

    public DeskViewModel desk() {
        return desk;
    }

    public ComposeViewModel compose() {
        return compose;
    }

    public FollowUpViewModel followUp() {
        return followUp;
    }

    /** Told of every key and click; checked every half minute. */
    public IdleSignOut idleSignOut() {
        return idleSignOut;
    }

    public DatabaseViewModel database() {
        return database;
    }

    /** The desk is closing: long background work (a redaction run) stops after its current batch. */
    public void stopBackgroundWork() {
        maintenance.stop();
    }

    /** Call after the runners have drained: anchors the chain head and closes the log. */
    public void close() {
        liveFollowUp.close();
        if (liveLog != null) {
            liveLog.close();
        }
        liveTimer.shutdownNow();
        database.close();
    }
}
