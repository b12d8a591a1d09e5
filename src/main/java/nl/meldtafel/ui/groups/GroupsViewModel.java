package nl.meldtafel.ui.groups;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Permission;
import javafx.beans.value.ObservableBooleanValue;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.ChangedMeanwhileException;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Page;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.groups.Administrator;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupDetail;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupListItem;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.Names;
import nl.meldtafel.groups.NeighbourhoodGroup;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.groups.PhoneNumbers;
import nl.meldtafel.groups.RegisterGroup;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.ChangedMeanwhileText;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * The register screen's behaviour: search, the selected group with its buurtgroepen, administrators
 * and received alerts, the add/edit forms, (de)activation, deletion, import and export. Every
 * register call runs through the {@link TaskRunner}; answers to an older search or selection are
 * dropped (generation counters), so a quick typist never sees a stale list.
 */
public final class GroupsViewModel {

    /** One alert a group received, as its detail lists it. */
    public record AlertLine(long id, String time, String kind, String summary, String status) {
    }

    private record Listing(List<GroupListItem> items, boolean registerEmpty) {
    }

    private record Selection(GroupDetail detail, boolean canDelete, Page<AlertRow> alerts) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm", Locale.ROOT);

    private final BooleanProperty editAllowed = new SimpleBooleanProperty(this, "editAllowed", true);
    private final GroupRegister register;
    private final TaskRunner runner;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableValue<Officer> officer;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final BooleanProperty showInactive = new SimpleBooleanProperty(this, "showInactive");
    private final ObservableList<GroupListItem> items = FXCollections.observableArrayList();
    private final ObservableList<GroupListItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<AlertLine> alerts = FXCollections.observableArrayList();
    private final ObservableList<AlertLine> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final ReadOnlyObjectWrapper<GroupDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(this, "canDelete");
    private final ReadOnlyBooleanWrapper alertsHaveMore = new ReadOnlyBooleanWrapper(this, "alertsHaveMore");
    private final ReadOnlyBooleanWrapper registerEmpty = new ReadOnlyBooleanWrapper(this, "registerEmpty");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private long generation;
    private long detailGeneration;
    private LogCursor nextAlerts;

    /** @param officer the officer at the desk: an edit names who made it */
    public GroupsViewModel(GroupRegister register, TaskRunner runner, Clock clock, ObservableValue<Officer> officer) {
        this.register = register;
        this.runner = runner;
        this.clock = clock;
        this.zone = clock.getZone();
        this.officer = officer;
        searchText.addListener(o -> reload());
        showInactive.addListener(o -> reload());
    }

    /** Loads the list. Call once when the screen is built. */
    public void load() {
        reload();
    }

    /** Lists the groups for the current search; an answer to an older search is ignored. */
    public void reload() {
        long gen = ++generation;
        String text = searchText.get() == null ? "" : searchText.get();
        boolean inactive = showInactive.get();
        loading.set(true);
        updatePlaceholder();
        runner.run(() -> new Listing(register.search(text, inactive), register.search("", true).isEmpty()), listing -> {
            if (gen == generation) {
                loading.set(false);
                error.set("");
                items.setAll(listing.items());
                registerEmpty.set(listing.registerEmpty());
                updatePlaceholder();
            }
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                error.set(Texts.get("groups.error.load", StorageErrors.describe(e)));
                updatePlaceholder();
            }
        });
    }

    /** Shows a group with its buurtgroepen, administrators and the newest alerts it received. */
    public void select(long groupId) {
        long gen = ++detailGeneration;
        runner.run(() -> new Selection(register.detail(groupId), register.canDelete(groupId),
                register.alertsReceived(groupId, null)), selection -> {
            if (gen == detailGeneration) {
                detail.set(selection.detail());
                canDelete.set(selection.canDelete());
                alerts.setAll(lines(selection.alerts()));
                nextAlerts = selection.alerts().next().orElse(null);
                alertsHaveMore.set(nextAlerts != null);
            }
        }, e -> {
            if (gen == detailGeneration) {
                error.set(Texts.get("groups.error.detail", StorageErrors.describe(e)));
            }
        });
    }

    /** The next page of the selected group's alerts, older ones. */
    public void loadMoreAlerts() {
        GroupDetail shown = detail.get();
        if (shown == null || nextAlerts == null) {
            return;
        }
        long gen = detailGeneration;
        LogCursor after = nextAlerts;
        nextAlerts = null;
        runner.run(() -> register.alertsReceived(shown.group().id(), after), page -> {
            if (gen == detailGeneration) {
                alerts.addAll(lines(page));
                nextAlerts = page.next().orElse(null);
                alertsHaveMore.set(nextAlerts != null);
            }
        }, e -> error.set(Texts.get("groups.error.detail", StorageErrors.describe(e))));
    }

    private List<AlertLine> lines(Page<AlertRow> page) {
        List<AlertLine> out = new ArrayList<>();
        for (AlertRow r : page.items()) {
            out.add(new AlertLine(r.id(), time(r.logTime()), r.kind().label(), r.summary(), r.status().label()));
        }
        return out;
    }

    private String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }

    // -- forms ----------------------------------------------------------------------------------

    public EditForm newGroupForm() {
        return groupForm(null, Texts.get("groups.form.newGroup"));
    }

    /** Edits the group shown in the detail. */
    public EditForm editGroupForm() {
        RegisterGroup g = requireShown().group();
        return groupForm(g, Texts.get("groups.form.editGroup", g.name()));
    }

    private EditForm groupForm(RegisterGroup g, String title) {
        List<EditForm.Field> fields = List.of(
                EditForm.field("groupName", "groups.field.name", "groups.field.name.prompt", g == null ? "" : g.name()),
                EditForm.field("groupWijk", "groups.field.wijk", null, g == null ? "" : g.wijk()),
                EditForm.field("groupGemeente", "groups.field.gemeente", null, g == null ? "" : g.gemeente()),
                EditForm.area("groupNotes", "groups.field.notes", g == null ? "" : g.notes()));
        EditForm form = new EditForm(title, Texts.get("groups.form.groupExplain"), fields,
                f -> f.text("groupName").isBlank() ? Texts.get("groups.problem.name") : wellFormed(f),
                f -> {
                    GroupInput input = new GroupInput(f.text("groupName"), f.text("groupWijk"), f.text("groupGemeente"),
                            g == null || g.active(), f.text("groupNotes"));
                    Actor by = actor();
                    if (g == null) {
                        return () -> register.addGroup(input, by);
                    }
                    long basedOn = f.basedOn();
                    return () -> {
                        register.updateGroup(g.id(), basedOn, input, by);
                        return g.id();
                    };
                });
        return g == null ? form : form.basedOn(g.version().number(), () -> {
            RegisterGroup now = register.detail(g.id()).group();
            return new EditForm.Loaded(now.version().number(), Map.of("groupName", now.name(), "groupWijk", now.wijk(),
                    "groupGemeente", now.gemeente(), "groupNotes", now.notes()));
        });
    }

    public EditForm newNeighbourhoodForm() {
        RegisterGroup g = requireShown().group();
        return neighbourhoodForm(null, g.wijk(), g.gemeente(), Texts.get("groups.form.newNeighbourhood", g.name()));
    }

    public EditForm editNeighbourhoodForm(NeighbourhoodGroup n) {
        return neighbourhoodForm(n, n.wijk(), n.gemeente(), Texts.get("groups.form.editNeighbourhood", n.name()));
    }

    private EditForm neighbourhoodForm(NeighbourhoodGroup n, String wijk, String gemeente, String title) {
        long groupId = requireShown().group().id();
        List<EditForm.Field> fields = List.of(
                EditForm.field("neighbourhoodName", "groups.field.neighbourhoodName", "groups.field.neighbourhoodName.prompt",
                        n == null ? "" : n.name()),
                EditForm.field("neighbourhoodWijk", "groups.field.wijk", null, wijk),
                EditForm.field("neighbourhoodGemeente", "groups.field.gemeente", null, gemeente));
        EditForm form = new EditForm(title, Texts.get("groups.form.neighbourhoodExplain"), fields,
                f -> f.text("neighbourhoodName").isBlank() ? Texts.get("groups.problem.neighbourhoodName") : wellFormed(f),
                f -> {
                    // the form shows no number; an edit keeps the municipality's unless the group moves to another
                    // gemeente (numbers are per gemeente), so the next import still recognises it
                    String number = n != null && Names.key(n.gemeente()).equals(Names.key(f.text("neighbourhoodGemeente")))
                            ? n.sourceKey() : "";
                    NeighbourhoodInput input = new NeighbourhoodInput(f.text("neighbourhoodName"), f.text("neighbourhoodWijk"),
                            f.text("neighbourhoodGemeente"), number);
                    Actor by = actor();
                    long basedOn = f.basedOn();
                    return () -> {
                        if (n == null) {
                            register.addNeighbourhoodGroup(groupId, input, by);
                        } else {
                            register.updateNeighbourhoodGroup(n.id(), basedOn, groupId, input, by);
                        }
                        return groupId;
                    };
                });
        return n == null ? form : form.basedOn(n.version().number(), () -> {
            NeighbourhoodGroup now = register.detail(groupId).neighbourhoodGroups().stream().filter(o -> o.id() == n.id())
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(Texts.get("conflict.error.gone")));
            return new EditForm.Loaded(now.version().number(), Map.of("neighbourhoodName", now.name(),
                    "neighbourhoodWijk", now.wijk(), "neighbourhoodGemeente", now.gemeente()));
        });
    }

    public EditForm newAdministratorForm(NeighbourhoodGroup n) {
        return administratorForm(n, null, Texts.get("groups.form.newAdministrator", n.name()));
    }

    /** Changes a person's details; they change in every buurtgroep the person runs. */
    public EditForm editAdministratorForm(Administrator a) {
        return administratorForm(null, a, Texts.get("groups.form.editAdministrator", a.displayName()));
    }

    private EditForm administratorForm(NeighbourhoodGroup n, Administrator a, String title) {
        long groupId = requireShown().group().id();
        List<EditForm.Field> fields = List.of(
                EditForm.field("adminName", "groups.field.adminName", null, a == null ? "" : a.name()),
                EditForm.field("adminPhone", "groups.field.phone", "groups.field.phone.prompt", a == null ? "" : a.phone()),
                EditForm.field("adminEmail", "groups.field.email", null, a == null ? "" : a.email()));
        EditForm form = new EditForm(title, Texts.get(a == null ? "groups.form.adminExplain" : "groups.form.adminEverywhere"), fields,
                GroupsViewModel::checkAdministrator,
                f -> {
                    AdministratorInput input = new AdministratorInput(f.text("adminName"), f.text("adminPhone"), f.text("adminEmail"));
                    Actor by = actor();
                    long basedOn = f.basedOn();
                    return () -> {
                        if (a == null) {
                            register.addAdministrator(n.id(), input, by);
                        } else {
                            register.updateAdministrator(a.id(), basedOn, input, by);
                        }
                        return groupId;
                    };
                });
        return a == null ? form : form.basedOn(a.version().number(), () -> {
            Administrator now = register.detail(groupId).administrators().stream().map(GroupDetail.AdministratorRow::administrator)
                    .filter(o -> o.id() == a.id()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(Texts.get("conflict.error.gone")));
            return new EditForm.Loaded(now.version().number(), Map.of("adminName", now.name(), "adminPhone", now.phone(),
                    "adminEmail", now.email()));
        });
    }

    /** Edits and imports only when {@code allowed} (a teamchef, or a log without accounts); reading stays open. */
    public GroupsViewModel useRights(ObservableBooleanValue allowed) {
        editAllowed.bind(allowed);
        return this;
    }

    public ReadOnlyBooleanProperty editAllowedProperty() {
        return editAllowed;
    }

    /** Why the register cannot be changed here, shown above it when it cannot. */
    public String editRefusal() {
        return StorageErrors.notAllowed(Permission.REGISTER);
    }

    /** The officer at the desk, who an edit names; refused (in Dutch) when no one is chosen yet. */
    private Actor actor() {
        Officer who = officer.getValue();
        if (who == null) {
            throw new NoOfficer();
        }
        return Actor.of(who);
    }

    /** The officer at the desk, or null with the reason shown when no one is chosen yet. */
    private Actor actorOrSay() {
        if (officer.getValue() == null) {
            error.set(Texts.get("groups.problem.noOfficer"));
            return null;
        }
        return Actor.of(officer.getValue());
    }

    /** No officer is chosen: the form says so and keeps what was typed. */
    private static final class NoOfficer extends IllegalStateException {
        NoOfficer() {
            super("No officer at the desk");
        }
    }

    private static String checkAdministrator(EditForm f) {
        String name = f.text("adminName").strip();
        String phone = f.text("adminPhone").strip();
        String email = f.text("adminEmail").strip();
        if (name.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            return Texts.get("groups.problem.administrator");
        }
        if (!phone.isEmpty() && PhoneNumbers.normalise(phone).isEmpty()) {
            return Texts.get("groups.problem.phone", phone);
        }
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return Texts.get("groups.problem.email", email);
        }
        return wellFormed(f);
    }

    /** A lone half of an emoji would be stored as '?': refuse it with a word the officer understands. */
    private static String wellFormed(EditForm f) {
        for (EditForm.Field field : f.fields()) {
            String s = field.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return Texts.get("groups.problem.character", field.label());
                }
            }
        }
        return null;
    }

    /**
     * Checks and saves a form; {@code onSaved} runs (on the FX thread) only when it was stored, so a
     * dialog stays open with the problem and what was typed otherwise.
     */
    public void save(EditForm form, Runnable onSaved) {
        if (form.busyProperty().get()) {
            return;
        }
        String problem = form.check();
        if (problem != null) {
            form.problemProperty().set(problem);
            return;
        }
        Callable<Long> work;
        try {
            work = form.work();
        } catch (NoOfficer e) {
            form.problemProperty().set(Texts.get("groups.problem.noOfficer"));
            return;
        } catch (IllegalArgumentException e) {
            form.problemProperty().set(Texts.get("groups.problem.invalid"));
            return;
        }
        form.problemProperty().set("");
        form.setBusy(true);
        runner.run(work, groupId -> {
            form.setBusy(false);
            onSaved.run();
            notice.set(Texts.get("groups.notice.saved"));
            reload();
            select(groupId);
        }, e -> {
            form.setBusy(false);
            if (e instanceof ChangedMeanwhileException changed) {
                // what was typed stays in the form; the dialog offers to reload the other desk's version
                form.setChangedMeanwhile(true);
                form.problemProperty().set(ChangedMeanwhileText.inForm(changed, clock));
                reload();
                GroupDetail shown = detail.get();
                if (shown != null) {
                    select(shown.group().id());
                }
                return;
            }
            form.problemProperty().set(refusal(e).orElseGet(() -> Texts.get("groups.error.save", StorageErrors.describe(e))));
        });
    }

    /** "Opnieuw laden" after a refused save: the fields show the row as stored now, and the next save is based on it. */
    public void reloadForm(EditForm form) {
        if (form.reloader() == null || form.busyProperty().get()) {
            return;
        }
        form.setBusy(true);
        runner.run(form.reloader(), loaded -> {
            form.setBusy(false);
            form.fill(loaded);
            form.problemProperty().set(Texts.get("conflict.reloaded"));
        }, e -> {
            form.setBusy(false);
            form.problemProperty().set(refusal(e).orElseGet(() -> Texts.get("conflict.error.reload", StorageErrors.describe(e))));
        });
    }

    /** The register's own refusal (a duplicate name, a group with alerts), already in Dutch. */
    private static Optional<String> refusal(Throwable e) {
        return (e instanceof IllegalArgumentException || e instanceof IllegalStateException) && e.getMessage() != null
                && StorageErrors.reason(e).isEmpty() ? Optional.of(e.getMessage()) : Optional.empty();
    }

    // -- actions on the shown group ---------------------------------------------------------------

    /** Deactivates or reactivates the shown group: an inactive group leaves the pickers, not the log. */
    public void setActive(boolean active) {
        GroupDetail shown = requireShown();
        long id = shown.group().id();
        Actor by = actorOrSay();
        if (by == null) {
            return;
        }
        change(() -> register.setActive(id, shown.version(), active, by), id,
                Texts.get(active ? "groups.notice.activated" : "groups.notice.deactivated"));
    }

    /** Deletes the shown group; only offered when {@link #canDeleteProperty()} (it never received an alert). */
    public void delete() {
        GroupDetail shown = requireShown();
        long id = shown.group().id();
        Actor by = actorOrSay();
        if (by == null) {
            return;
        }
        long gen = ++detailGeneration;
        runner.run(() -> {
            register.delete(id, by);
            return id;
        }, deleted -> {
            if (gen == detailGeneration) {
                detail.set(null);
                alerts.clear();
                canDelete.set(false);
            }
            notice.set(Texts.get("groups.notice.deleted", shown.group().name()));
            reload();
        }, e -> error.set(refusal(e).orElseGet(() -> Texts.get("groups.error.save", StorageErrors.describe(e)))));
    }

    public void removeNeighbourhood(NeighbourhoodGroup n) {
        long id = requireShown().group().id();
        Actor by = actorOrSay();
        if (by == null) {
            return;
        }
        change(() -> register.removeNeighbourhoodGroup(n.id(), by), id, Texts.get("groups.notice.neighbourhoodRemoved", n.name()));
    }

    public void removeAdministrator(NeighbourhoodGroup n, Administrator a) {
        long id = requireShown().group().id();
        Actor by = actorOrSay();
        if (by == null) {
            return;
        }
        change(() -> register.removeAdministrator(n.id(), a.id(), by), id,
                Texts.get("groups.notice.administratorRemoved", a.displayName(), n.name()));
    }

    private void change(Runnable work, long groupId, String done) {
        error.set("");
        runner.run(() -> {
            work.run();
            return groupId;
        }, id -> {
            notice.set(done);
            reload();
            select(id);
        }, e -> {
            if (e instanceof ChangedMeanwhileException changed) {
                error.set(ChangedMeanwhileText.withoutForm(changed, clock));
                select(groupId); // the detail shows the new version; a list reload would clear the message
                return;
            }
            error.set(refusal(e).orElseGet(() -> Texts.get("groups.error.save", StorageErrors.describe(e))));
        });
    }

    // -- import and export ------------------------------------------------------------------------

    /** A fresh import for a file; the list reloads once it is written. */
    public ImportViewModel importer() {
        return new ImportViewModel(register, runner, () -> officer.getValue() == null ? null : Actor.of(officer.getValue()), result -> {
            notice.set(result);
            reload();
            GroupDetail shown = detail.get();
            if (shown != null) {
                select(shown.group().id());
            }
        });
    }

    /** Writes the whole register as CSV (it holds administrators' contact details: the notice says so). */
    public void exportTo(Path file) {
        error.set("");
        runner.run(() -> AtomicFile.write(file, out -> {
            register.exportCsv(out);
            return file;
        }), written -> notice.set(Texts.get("groups.notice.exported", written.toString())),
                e -> error.set(Texts.get("groups.error.export", file.toString(), message(e))));
    }

    static String message(Throwable e) {
        return refusal(e).orElseGet(() -> StorageErrors.describe(e)); // the details are in the log
    }

    /** Empties the search at once (Esc). */
    public void clearSearch() {
        searchText.set("");
    }

    public void clearNotice() {
        notice.set("");
    }

    private GroupDetail requireShown() {
        GroupDetail shown = detail.get();
        if (shown == null) {
            throw new IllegalStateException("No group is shown");
        }
        return shown;
    }

    private void updatePlaceholder() {
        String text = searchText.get() == null ? "" : searchText.get().strip();
        if (!error.get().isEmpty()) {
            placeholder.set(error.get());
        } else if (loading.get() && items.isEmpty()) {
            placeholder.set(Texts.get("groups.loading"));
        } else if (registerEmpty.get()) {
            placeholder.set(Texts.get("groups.empty"));
        } else if (!text.isEmpty()) {
            placeholder.set(Texts.get("groups.empty.search", text));
        } else {
            placeholder.set(Texts.get("groups.empty.inactive"));
        }
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObservableList<GroupListItem> items() {
        return itemsView;
    }

    public ReadOnlyObjectProperty<GroupDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Whether the shown group may be deleted: it never received an alert. */
    public ReadOnlyBooleanProperty canDeleteProperty() {
        return canDelete.getReadOnlyProperty();
    }

    /** The shown group's alerts, newest first. */
    public ObservableList<AlertLine> alerts() {
        return alertsView;
    }

    public ReadOnlyBooleanProperty alertsHaveMoreProperty() {
        return alertsHaveMore.getReadOnlyProperty();
    }

    /** True when the register holds no group at all: the screen explains how to fill it. */
    public ReadOnlyBooleanProperty registerEmptyProperty() {
        return registerEmpty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
