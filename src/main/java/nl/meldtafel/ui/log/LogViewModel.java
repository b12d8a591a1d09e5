package nl.meldtafel.ui.log;

import nl.meldtafel.ui.common.StorageErrors;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.alert.Page;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * The Logboek's behaviour: filters, keyset-paged loading newest first, the selected alert's detail
 * and copying its text again. Every query runs through the {@link TaskRunner}; a result that arrives
 * after the filters changed again is dropped (generation counter), so a quick typist never sees an
 * older search overwrite a newer one.
 */
public final class LogViewModel {

    /** Rows per query: enough to fill a tall window, small enough to load in milliseconds at 1,000,000 alerts. */
    static final int PAGE_SIZE = 60;

    private final javafx.beans.property.BooleanProperty holdAllowed = new javafx.beans.property.SimpleBooleanProperty(this, "holdAllowed", true);
    private final AlertService alerts;
    private final OfficerService officers;
    private final TaskRunner runner;
    private final Consumer<String> clipboard;
    private final Clock clock;
    private final LogFormat format;
    private final LogDetails details;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Choice<MessageKind>> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Choice<AlertStatus>> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Choice<Long>> officer = new SimpleObjectProperty<>(this, "officer");
    private final ObjectProperty<Choice<Long>> group = new SimpleObjectProperty<>(this, "group");
    private final ObjectProperty<Choice<LogArea>> area = new SimpleObjectProperty<>(this, "area");
    private final ObservableList<Choice<Long>> groupChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<LogArea>> areaChoices = FXCollections.observableArrayList();
    private Supplier<List<GroupRef>> registerGroups = List::of;
    private Choice<LogArea> mineChoice;
    private final javafx.beans.value.ChangeListener<List<String>> wijkenListener = (o, was, now) -> showMyWijken(now);
    private final ReadOnlyBooleanWrapper myWijken = new ReadOnlyBooleanWrapper(this, "myWijken");
    private final ReadOnlyBooleanWrapper showingMine = new ReadOnlyBooleanWrapper(this, "showingMine");
    private final ObjectProperty<LogPeriod> period = new SimpleObjectProperty<>(this, "period", LogPeriod.ALL);
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");

    private final ObservableList<Choice<MessageKind>> kindChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<AlertStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> officerChoices = FXCollections.observableArrayList();
    private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
    // Read-only view kept in a field: one made per call would be collected with its listeners.
    private final ObservableList<LogRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<LogDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper overviewBanner = new ReadOnlyStringWrapper(this, "overviewBanner", "");
    private final ResponseViewModel response;

    private final ReadOnlyStringWrapper exportNotice = new ReadOnlyStringWrapper(this, "exportNotice", "");
    private LogExporter exporter;
    private volatile RetentionService retention;
    private Supplier<Actor> actor = () -> null;
    private long generation;
    private long detailGeneration;
    private LogCursor next;
    private boolean loadingMore;
    private boolean adjustingPeriod;
    // The alerts behind a figure of the Overzicht, or null for the whole log.
    private java.util.Set<Long> shownIds;
    private boolean resetting;
    private boolean loaded;

    public LogViewModel(AlertService service, OfficerService officers, TaskRunner runner,
                        Consumer<String> clipboard, ZoneId zone, Clock clock) {
        this.alerts = service;
        this.officers = officers;
        this.runner = runner;
        this.clipboard = clipboard;
        this.clock = clock;
        this.format = new LogFormat(zone);
        this.details = new LogDetails(service, officers, format);
        this.response = new ResponseViewModel(runner, format, clock);
        detail.addListener((o, old, shown) -> response.show(shown == null ? null : shown.id()));

        kindChoices.add(new Choice<>(null, Texts.get("log.filter.allKinds")));
        for (MessageKind k : MessageKind.values()) {
            kindChoices.add(new Choice<>(k, k.label()));
        }
        statusChoices.add(new Choice<>(null, Texts.get("log.filter.allStatuses")));
        for (AlertStatus s : AlertStatus.values()) {
            statusChoices.add(new Choice<>(s, filterLabel(s)));
        }
        officerChoices.add(new Choice<>(null, Texts.get("log.filter.allOfficers")));
        kind.set(kindChoices.get(0));
        status.set(statusChoices.get(0));
        officer.set(officerChoices.get(0));
        groupChoices.add(new Choice<>(null, Texts.get("log.filter.allGroups")));
        areaChoices.add(new Choice<>(null, Texts.get("log.filter.allAreas")));
        group.set(groupChoices.get(0));
        area.set(areaChoices.get(0));

        searchText.addListener(o -> reload());
        reloadOnChange(kind, kindChoices);
        reloadOnChange(status, statusChoices);
        reloadOnChange(officer, officerChoices);
        reloadOnChange(group, groupChoices);
        reloadOnChange(area, areaChoices);
        area.addListener(o -> showingMine.set(mineChoice != null && area.get() == mineChoice));
        period.addListener(o -> periodChanged());
        fromDate.addListener(o -> dateChanged());
        toDate.addListener(o -> dateChanged());
    }

    /** Lets the detail show holds and redactions, and "Bewaren…" place a hold as {@code actor}. */
    public void useRetention(RetentionService retention, Supplier<Actor> actor) {
        this.retention = retention;
        this.actor = actor;
        details.useRetention(retention);
    }

    /**
     * A wijkagent's Logboek opens on his own wijken: {@code mine} is the signed-in account's wijken (empty: the
     * whole log). "Mijn wijken" is then the first choice of the area filter, and {@link #toggleMyWijken} one click.
     */
    public void useWijken(ObservableValue<List<String>> mine) {
        // weak: the Logboek is built again each time it opens, and the account outlives it
        mine.addListener(new javafx.beans.value.WeakChangeListener<>(wijkenListener));
        showMyWijken(mine.getValue());
    }

    private void showMyWijken(List<String> wijken) {
        if (mineChoice != null) {
            boolean shown = area.get() == mineChoice;
            areaChoices.remove(mineChoice);
            mineChoice = null;
            if (shown) {
                area.set(areaChoices.get(0));
            }
        }
        if (wijken != null && !wijken.isEmpty()) {
            mineChoice = new Choice<>(LogArea.mine(wijken), Texts.get("log.filter.myWijken", String.join(", ", wijken)));
            areaChoices.add(1, mineChoice);
            area.set(mineChoice);
        }
        myWijken.set(mineChoice != null);
        showingMine.set(mineChoice != null && area.get() == mineChoice);
    }

    /** "Alle wijken" or back to "Mijn wijken". */
    public void toggleMyWijken() {
        if (mineChoice != null) {
            area.set(area.get() == mineChoice ? areaChoices.get(0) : mineChoice);
        }
    }

    /** Whether the Logboek shows only the signed-in account's wijken. */
    public ReadOnlyBooleanProperty showingMyWijkenProperty() {
        return showingMine.getReadOnlyProperty();
    }

    /** Whether the signed-in account has wijken of its own to filter on. */
    public ReadOnlyBooleanProperty myWijkenProperty() {
        return myWijken.getReadOnlyProperty();
    }

    /** Holds are offered only when {@code allowed}: a teamchef, or a log without accounts. */
    public void useHoldRights(javafx.beans.value.ObservableBooleanValue allowed) {
        holdAllowed.bind(allowed);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty holdAllowedProperty() {
        return holdAllowed;
    }

    /** Keeps the shown alert (and its chain) from redaction until {@code until}. */
    public void placeHold(String reason, LocalDate until) {
        LogDetail shown = detail.get();
        RetentionService r = retention;
        if (shown == null || r == null) {
            return;
        }
        Actor by = actor.get();
        if (by == null) {
            error.set(Texts.get("log.error.holdNoOfficer"));
            return;
        }
        runner.run(() -> r.placeHold(shown.id(), reason, until, by), hold -> {
            select(shown.id());
            notice.set(Texts.get("log.retention.placed"));
        }, e -> error.set(Texts.get("log.error.hold", message(e))));
    }

    /** Today at the desk, for the hold dialog's default end date. */
    public LocalDate holdToday() {
        return LocalDate.now(clock.withZone(format.zone()));
    }

    /** Lets the detail show the templates' Dutch labels instead of field keys. */
    public void useTemplates(Function<String, Optional<TemplateDefinition>> templates) {
        details.useTemplates(templates);
    }

    /** Lets the detail record the response per alert, for the officer at the desk. */
    public void useResponses(nl.meldtafel.alert.ResponseService responses, javafx.beans.value.ObservableValue<Officer> atDesk) {
        response.use(responses, atDesk);
    }

    /**
     * Filters by beheerdersgroep and wijk, and the detail's groups with their ticks. Both functions
     * block; they run on the worker thread.
     *
     * @param groups     every group of the register, inactive ones too (the log keeps their alerts)
     * @param checklists the paste checklist of an alert
     */
    public void useGroups(Supplier<List<GroupRef>> groups, LongFunction<Checklist> checklists) {
        this.registerGroups = groups;
        details.useChecklists(checklists);
    }

    /**
     * A combo box clears its value when its items are replaced; "nothing chosen" then means "all",
     * so a filter is never null.
     */
    private <T> void reloadOnChange(ObjectProperty<Choice<T>> filter, ObservableList<Choice<T>> choices) {
        filter.addListener(o -> {
            if (filter.get() == null) {
                filter.set(choices.get(0));
            } else {
                reload();
            }
        });
    }

    /** Loads the officers for the filter and the first page. Call once when the screen is built. */
    public void load() {
        loaded = true;
        runner.run(officers::all, this::showOfficers,
                e -> error.set(Texts.get("log.error.officers", message(e))));
        Supplier<List<GroupRef>> groups = registerGroups;
        runner.run(groups::get, this::showGroups, e -> error.set(Texts.get("log.error.groups", message(e))));
        reload();
    }

    /**
     * Shows exactly the alerts behind a figure of the Overzicht, with a banner naming it; the other
     * filters are cleared so none hides one of them. {@link #clearOverview} returns to the whole log.
     */
    public void showAlerts(String caption, java.util.Collection<Long> ids) {
        shownIds = java.util.Set.copyOf(ids);
        overviewBanner.set(Texts.get("log.overview.banner", caption, shownIds.size()));
        resetting = true;
        searchText.set("");
        kind.set(kindChoices.get(0));
        status.set(statusChoices.get(0));
        officer.set(officerChoices.get(0));
        period.set(LogPeriod.ALL);
        resetting = false;
        reload();
    }

    public void clearOverview() {
        if (shownIds != null) {
            shownIds = null;
            overviewBanner.set("");
            reload();
        }
    }

    /** Starts over with the first page for the current filters; any query still running is ignored. */
    public void reload() {
        if (resetting || !loaded) {
            return; // a filter set before the Logboek was opened (a wijkagent signing in) is read when it opens
        }
        long gen = ++generation;
        loadingMore = false;
        loading.set(true);
        error.set("");
        updatePlaceholder();
        AlertQuery query = query(null);
        runner.run(() -> alerts.search(query), page -> {
            if (gen == generation) {
                rows.setAll(toRows(page));
                pageLoaded(page);
            }
        }, e -> failed(gen, e));
    }

    /**
     * Other desks changed the log: reads again the rows already shown (keeping how far the officer
     * scrolled), the detail when it shows a changed alert, and the group filter when the register changed.
     */
    public void othersChanged(Set<LogChange> changes) {
        if (!loaded) {
            return; // the Logboek was never opened: it reads everything when it is
        }
        boolean everything = changes.stream().anyMatch(c -> c.kind() == LogChange.Kind.EVERYTHING);
        if (everything || changes.stream().anyMatch(c -> c.kind() == LogChange.Kind.ALERT)) {
            reloadShown();
        }
        LogDetail shown = detail.get();
        if (shown != null && (everything || changes.stream().anyMatch(c -> c.kind() != LogChange.Kind.GROUP && c.id() == shown.id()))) {
            refreshDetail(shown.id());
        }
        if (everything || changes.stream().anyMatch(c -> c.kind() == LogChange.Kind.GROUP)) {
            Supplier<List<GroupRef>> groups = registerGroups;
            runner.run(groups::get, this::showGroups, e -> error.set(Texts.get("log.error.groups", message(e))));
        }
    }

    /** As {@link #reload}, but as many rows as are shown and without the loading state: the table stays as it is meanwhile. */
    private void reloadShown() {
        if (resetting) {
            return;
        }
        long gen = ++generation;
        loadingMore = false;
        AlertQuery query = query(null).limit(Math.min(AlertQuery.MAX_LIMIT, Math.max(PAGE_SIZE, rows.size())));
        runner.run(() -> alerts.search(query), page -> {
            if (gen == generation) {
                rows.setAll(toRows(page));
                pageLoaded(page);
            }
        }, e -> failed(gen, e));
    }

    /** Appends the next page; does nothing while a query runs or when the last page is shown. */
    public void loadMore() {
        if (loading.get() || loadingMore || next == null) {
            return;
        }
        long gen = generation;
        loadingMore = true;
        AlertQuery query = query(next);
        runner.run(() -> alerts.search(query), page -> {
            if (gen == generation) {
                loadingMore = false;
                rows.addAll(toRows(page));
                pageLoaded(page);
            }
        }, e -> failed(gen, e));
    }

    /** Shows the detail of alert {@code id} (also one outside the current filter, e.g. from its chain). */
    public void select(long id) {
        notice.set("");
        refreshDetail(id);
    }

    private void refreshDetail(long id) {
        long gen = ++detailGeneration;
        Instant now = clock.instant();
        runner.run(() -> details.of(id, now), loaded -> {
            if (gen == detailGeneration) {
                detail.set(loaded.orElse(null));
            }
        }, e -> {
            if (gen == detailGeneration) {
                detail.set(null);
                error.set(Texts.get("log.error.detail", message(e)));
            }
        });
    }

    /** Puts the selected message's text, exactly as sent, on the clipboard again. */
    public void copyAgain() {
        LogDetail shown = detail.get();
        if (shown == null || !shown.hasText()) {
            return;
        }
        clipboard.accept(shown.text());
        notice.set(Texts.get("log.detail.copied"));
    }

    /** Writes the log as CSV; set by the app, absent in screens that cannot export. */
    @FunctionalInterface
    public interface LogExporter {
        long write(AlertQuery query, OutputStream out) throws IOException;
    }

    public void useExporter(LogExporter logExporter) {
        this.exporter = logExporter;
    }

    public boolean canExport() {
        return exporter != null;
    }

    /** The filters as they stand, for every page: what an export of "the log as shown" selects. */
    public AlertQuery currentQuery() {
        return query(null);
    }

    /** Writes every alert of the current filters (not only the loaded page) to {@code file} as CSV. */
    public void exportTo(Path file) {
        LogExporter writer = exporter;
        AlertQuery query = currentQuery();
        error.set("");
        exportNotice.set(Texts.get("log.export.running"));
        runner.run(() -> AtomicFile.write(file, out -> writer.write(query, out)),
                count -> exportNotice.set(Texts.get("log.export.done", count, file.toString())),
                e -> {
                    exportNotice.set("");
                    error.set(Texts.get("log.export.failed", file.toString(), message(e)));
                });
    }

    /** What the last export wrote, or empty. */
    public ReadOnlyStringProperty exportNoticeProperty() {
        return exportNotice.getReadOnlyProperty();
    }

    /** Empties the search field at once (Esc), without waiting for the debounce. */
    public void clearSearch() {
        searchText.set("");
    }

    private AlertQuery query(LogCursor after) {
        LogPeriod.Range range = period.get().range(today(), format.zone(),
                fromDate.get(), toDate.get());
        AlertQuery q = AlertQuery.all().limit(PAGE_SIZE).text(searchText.get()).officer(officer.get().value())
                .period(range.from(), range.to()).after(after);
        if (kind.get().value() != null) {
            q = q.kinds(kind.get().value());
        }
        if (status.get().value() != null) {
            q = q.statuses(status.get().value());
        }
        if (group.get().value() != null) {
            q = q.group(group.get().value());
        }
        LogArea where = area.get().value();
        if (where != null) {
            q = q.wijken(where.gemeente(), where.wijken());
        }
        return shownIds == null ? q : q.ids(shownIds);
    }

    /** The filter's "Verzonden of open": one status covers both, so the choice says so. */
    private static String filterLabel(AlertStatus status) {
        return switch (status) {
            case PENDING -> Texts.get("log.filter.status.pending");
            case SENT -> Texts.get("log.filter.status.sent");
            case CLOSED -> Texts.get("log.filter.status.closed");
        };
    }

    /** Today at the desk, in the display time zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), format.zone());
    }

    private List<LogRow> toRows(Page<AlertRow> page) {
        Instant now = clock.instant();
        List<LogRow> out = new ArrayList<>(page.items().size());
        for (AlertRow r : page.items()) {
            boolean overdue = FollowUpRules.overdue(r.status() == AlertStatus.SENT, r.dueAt(), now);
            // a sent text is never blank, so an empty summary means its content was redacted
            String summary = r.summary().isEmpty() ? Texts.get("log.summary.redacted") : r.summary();
            out.add(new LogRow(r.id(), format.time(r.logTime(), now), r.kind().label(), summary,
                    r.officerName(), LogFormat.status(r.status(), overdue, r.dueAt() != null), overdue,
                    LogFormat.duration(r.timeToFollowUp().orElse(null))));
        }
        return out;
    }

    private void pageLoaded(Page<AlertRow> page) {
        next = page.next().orElse(null);
        hasMore.set(next != null);
        loading.set(false);
        count.set(Texts.get(next == null ? "log.count" : "log.count.more", rows.size()));
        updatePlaceholder();
    }

    private void failed(long gen, Throwable e) {
        if (gen != generation) {
            return;
        }
        loading.set(false);
        loadingMore = false;
        error.set(Texts.get("log.error.search", message(e)));
        updatePlaceholder();
    }

    private void updatePlaceholder() {
        if (!error.get().isEmpty()) {
            placeholder.set(error.get());
        } else if (loading.get()) {
            placeholder.set(Texts.get("log.loading"));
        } else if (!searchText.get().isBlank()) {
            placeholder.set(SearchHint.of(searchText.get(), period.get(), otherFiltered(), shownIds != null));
        } else if (filtered()) {
            placeholder.set(Texts.get("log.empty.filter"));
        } else {
            placeholder.set(Texts.get("log.empty"));
        }
    }

    /** Filters besides the period and the Overzicht's selection. */
    private boolean otherFiltered() {
        return kind.get().value() != null || status.get().value() != null || officer.get().value() != null
                || group.get().value() != null || area.get().value() != null;
    }

    private boolean filtered() {
        return kind.get().value() != null || status.get().value() != null || officer.get().value() != null
                || period.get() != LogPeriod.ALL || group.get().value() != null || area.get().value() != null
                || shownIds != null;
    }

    /** Groups by name with their area; areas per gemeente, the gemeente first, then its wijken. */
    private void showGroups(List<GroupRef> all) {
        Long selectedGroup = group.get().value();
        LogArea selectedArea = area.get().value();
        List<Choice<Long>> groups = new ArrayList<>();
        for (GroupRef g : all) {
            groups.add(new Choice<>(g.id(), g.active() ? g.label() : Texts.get("log.filter.inactiveGroup", g.label())));
        }
        List<Choice<LogArea>> areas = new ArrayList<>();
        all.stream().map(GroupRef::gemeente).filter(s -> !s.isEmpty()).distinct().forEach(gemeente -> {
            areas.add(new Choice<>(LogArea.gemeente(gemeente), Texts.get("log.filter.gemeente", gemeente)));
            all.stream().filter(g -> g.gemeente().equals(gemeente)).map(GroupRef::wijk).filter(w -> !w.isEmpty()).distinct()
                    .forEach(wijk -> areas.add(new Choice<>(LogArea.wijk(gemeente, wijk), Texts.get("log.filter.wijk", wijk, gemeente))));
        });
        // "All" (and "Mijn wijken") stay in place, so a combo box showing one keeps its value.
        groupChoices.remove(1, groupChoices.size());
        groupChoices.addAll(groups);
        areaChoices.remove(mineChoice == null ? 1 : 2, areaChoices.size());
        areaChoices.addAll(areas);
        groups.stream().filter(c -> c.value().equals(selectedGroup)).findFirst().ifPresent(group::set);
        areas.stream().filter(c -> c.value().equals(selectedArea)).findFirst().ifPresent(area::set);
    }

    private void showOfficers(List<Officer> all) {
        Long selected = officer.get().value();
        List<Choice<Long>> choices = new ArrayList<>();
        for (Officer o : all) {
            choices.add(new Choice<>(o.id(), Texts.get("log.officer", o.name(), o.personnelNumber())));
        }
        // "All officers" stays in place, so a combo box showing it keeps its value.
        officerChoices.remove(1, officerChoices.size());
        officerChoices.addAll(choices);
        Optional<Choice<Long>> keep = choices.stream().filter(c -> c.value() != null && c.value().equals(selected)).findFirst();
        if (selected != null && keep.isPresent() && keep.get() != officer.get()) {
            officer.set(keep.get());
        }
    }

    private void periodChanged() {
        if (period.get() == null) {
            period.set(LogPeriod.ALL);
            return;
        }
        if (period.get() != LogPeriod.CUSTOM) {
            adjustingPeriod = true;
            fromDate.set(null);
            toDate.set(null);
            adjustingPeriod = false;
        }
        reload();
    }

    private void dateChanged() {
        if (adjustingPeriod) {
            return;
        }
        if (period.get() != LogPeriod.CUSTOM) {
            period.set(LogPeriod.CUSTOM);
        } else {
            reload();
        }
    }

    private static String message(Throwable e) {
        return StorageErrors.describe(e); // the details are in the log
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Choice<MessageKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<Choice<AlertStatus>> statusProperty() {
        return status;
    }

    public ObjectProperty<Choice<Long>> officerProperty() {
        return officer;
    }

    public ObjectProperty<Choice<Long>> groupProperty() {
        return group;
    }

    public ObjectProperty<Choice<LogArea>> areaProperty() {
        return area;
    }

    public ObservableList<Choice<Long>> groupChoices() {
        return groupChoices;
    }

    public ObservableList<Choice<LogArea>> areaChoices() {
        return areaChoices;
    }

    public ObjectProperty<LogPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public ObservableList<Choice<MessageKind>> kindChoices() {
        return kindChoices;
    }

    public ObservableList<Choice<AlertStatus>> statusChoices() {
        return statusChoices;
    }

    public ObservableList<Choice<Long>> officerChoices() {
        return officerChoices;
    }

    public ObservableList<LogRow> rows() {
        return rowsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** What the empty table says: loading, nothing logged yet, nothing found, or the storage error. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** A storage failure, in words, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Feedback after copying, or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Overzicht: <figure> (<n> berichten)" while showing the alerts behind a figure, else empty. */
    public ReadOnlyStringProperty overviewBannerProperty() {
        return overviewBanner.getReadOnlyProperty();
    }

    /** The "Reactie" of the selected alert. */
    public ResponseViewModel response() {
        return response;
    }

    public ReadOnlyObjectProperty<LogDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
