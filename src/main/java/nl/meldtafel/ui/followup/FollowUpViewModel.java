package nl.meldtafel.ui.followup;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertAlreadyClosedException;
import nl.meldtafel.alert.AlertPutOffMeanwhileException;
import nl.meldtafel.message.Referentie;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.NotYetPosted;
import nl.meldtafel.groups.PasteChecklist;
import nl.meldtafel.store.StorageUnavailableException;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.DeskTime;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Opvolging screen: alerts still waiting for their afloopbericht, overdue first, and the copied
 * ones not yet confirmed; the actions on them; and the due prompts.
 */
public final class FollowUpViewModel {

    static final int MIN_REASON = 5;
    static final int MAX_REASON = 300;

    private final TaskRunner runner;
    private final AlertService alerts;
    private final PasteChecklist checklist;
    private final Clock clock;
    private final ObservableValue<Officer> officer;
    private final ObservableList<FollowUpItem> open = FXCollections.observableArrayList();
    private final ObservableList<FollowUpItem> openView = FXCollections.unmodifiableObservableList(open);
    private final ObservableList<FollowUpItem> unconfirmed = FXCollections.observableArrayList();
    private final ObservableList<FollowUpItem> unconfirmedView = FXCollections.unmodifiableObservableList(unconfirmed);
    private final ObservableList<NotPostedItem> notPosted = FXCollections.observableArrayList();
    private final ObservableList<NotPostedItem> notPostedView = FXCollections.unmodifiableObservableList(notPosted);
    private final ReadOnlyIntegerWrapper openCount = new ReadOnlyIntegerWrapper(this, "openCount");
    private final ReadOnlyIntegerWrapper overdueCount = new ReadOnlyIntegerWrapper(this, "overdueCount");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private boolean errorFromLoad;
    private final StringBinding badge;
    private final DuePrompts prompts = new DuePrompts();
    private FollowUpOpener opener;
    private Consumer<String> clipboard;
    private Runnable onFirstLoad = () -> { };
    private boolean loaded;

    private ClosingQueue closings;
    private Runnable closingKept = () -> { };
    private final Set<Long> keptClosings = new HashSet<>();
    private final ReadOnlyObjectWrapper<List<String>> myWijken = new ReadOnlyObjectWrapper<>(this, "myWijken", List.of());
    private final ReadOnlyBooleanWrapper allWijken = new ReadOnlyBooleanWrapper(this, "allWijken");
    private final ReadOnlyIntegerWrapper elsewhere = new ReadOnlyIntegerWrapper(this, "elsewhere");
    private Function<Collection<Long>, Map<Long, Set<String>>> wijkenOf;
    private Snapshot lastShown;

    public FollowUpViewModel(TaskRunner runner, AlertService alerts, PasteChecklist checklist, Clock clock,
                             ObservableValue<Officer> officer) {
        this.runner = runner;
        this.alerts = alerts;
        this.checklist = checklist;
        this.clock = clock;
        this.officer = officer;
        badge = Bindings.createStringBinding(() -> overdueCount.get() == 0 ? Integer.toString(openCount.get())
                : Texts.get("followUp.badge", openCount.get(), overdueCount.get()), openCount, overdueCount);
    }

    public void setOpener(FollowUpOpener opener) {
        this.opener = opener;
    }

    /** Where "Kopieer tekst" puts an alert's text; without it the button is not offered. */
    public void useClipboard(Consumer<String> clipboard) {
        this.clipboard = clipboard;
    }

    public boolean canCopy() {
        return clipboard != null;
    }

    /** "Kopieer tekst": the alert's text exactly as sent, to paste it in the groups still missing it. */
    public void copyText(NotPostedItem item) {
        if (clipboard == null) {
            return;
        }
        Consumer<String> target = clipboard;
        runner.run(() -> alerts.find(item.alertId()).map(Alert::text).orElse(null), text -> {
            if (text != null) {
                target.accept(text);
            }
        }, e -> error.set(Texts.get("followUp.error.load", StorageErrors.describe(e))));
    }

    /** Runs once, after the first list arrived; the desk uses it to show Opvolging first when something is overdue. */
    public void setOnFirstLoad(Runnable onFirstLoad) {
        this.onFirstLoad = onFirstLoad;
    }

    /** {@code byWijk}: whether the wijken were read; a list read before someone with wijken signed in has none. */
    private record Snapshot(List<AlertRow> open, List<AlertRow> unconfirmed, List<NotYetPosted> notPosted,
                            Map<Long, Set<String>> wijken, boolean byWijk) {
    }

    /**
     * A wijkagent's Opvolging opens on his own wijken, "alle wijken" one click away: {@code mine} is the signed-in
     * account's wijken (empty: no filter), {@code wijkenOf} the wijken each alert was sent to (read off the FX thread).
     * The badge and the due reminders still count every open alert: nothing overdue is hidden from the desk.
     */
    public void useWijken(ObservableValue<List<String>> mine, Function<Collection<Long>, Map<Long, Set<String>>> wijkenOf) {
        this.wijkenOf = wijkenOf;
        myWijken.bind(mine);
        myWijken.addListener((o, was, now) -> {
            allWijken.set(false);
            refresh();
        });
    }

    /** Reloads the lists in the background; shows nothing new while the log is not open (the status bar says why). */
    public void refresh() {
        Function<Collection<Long>, Map<Long, Set<String>>> lookup = wijkenOf;
        boolean filtering = !myWijken.get().isEmpty();
        runner.run(() -> {
            List<AlertRow> open = alerts.open(null);
            boolean byWijk = lookup != null && filtering;
            Map<Long, Set<String>> wijken = byWijk ? lookup.apply(open.stream().map(AlertRow::id).toList()) : Map.of();
            return new Snapshot(open, alerts.unconfirmed(), checklist.notYetPosted(), wijken, byWijk);
        }, this::show, e -> {
            if (!(e instanceof StorageUnavailableException)) {
                error.set(Texts.get("followUp.error.load", StorageErrors.describe(e)));
                errorFromLoad = true;
            }
        });
    }

    /** Other desks changed the log: reads the lists again unless only a response changed, which none shows. */
    public void othersChanged(Set<LogChange> changes) {
        if (changes.stream().anyMatch(c -> c.kind() != LogChange.Kind.RESPONSE)) {
            refresh();
        }
    }

    private void show(Snapshot snapshot) {
        lastShown = snapshot;
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        // a closing kept on this PC is gone from the list until the server has it (or another desk's closing won)
        keptClosings.retainAll(snapshot.open().stream().map(AlertRow::id).toList());
        List<FollowUpItem> items = snapshot.open().stream().filter(row -> !keptClosings.contains(row.id()))
                .map(row -> openItem(row, now, today))
                .sorted(Comparator.comparing((FollowUpItem i) -> !i.overdue())
                        .thenComparing(i -> i.row().dueAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(FollowUpItem::id))
                .toList();
        List<String> mine = myWijken.get();
        List<FollowUpItem> shown = mine.isEmpty() || allWijken.get() || !snapshot.byWijk() ? items : items.stream()
                .filter(i -> snapshot.wijken().getOrDefault(i.id(), Set.of()).stream().anyMatch(mine::contains)).toList();
        elsewhere.set(items.size() - shown.size());
        open.setAll(shown);
        unconfirmed.setAll(snapshot.unconfirmed().stream().map(row -> new FollowUpItem(row, kindText(row.kind()), false,
                Texts.get("followUp.copiedAt", at(row.createdAt(), today)), "")).toList());
        notPosted.setAll(notPostedItems(snapshot.notPosted(), today));
        openCount.set(items.size());
        overdueCount.set((int) items.stream().filter(FollowUpItem::overdue).count());
        // a loaded list answers a load error; what went wrong with an officer's step stays until the next step
        if (errorFromLoad) {
            error.set(null);
            errorFromLoad = false;
        }
        prompts.update(items);
        if (!loaded) {
            loaded = true;
            onFirstLoad.run();
        }
    }

    /** "Alle wijken" or back to "Mijn wijken". */
    public void showAllWijken(boolean all) {
        allWijken.set(all);
        if (lastShown != null) {
            show(lastShown);
        }
    }

    /** The signed-in account's wijken; empty when the list is not filtered. */
    public ReadOnlyObjectProperty<List<String>> myWijkenProperty() {
        return myWijken.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty allWijkenProperty() {
        return allWijken.getReadOnlyProperty();
    }

    /** Open alerts not shown because they went to other wijken. */
    public ReadOnlyIntegerProperty elsewhereProperty() {
        return elsewhere.getReadOnlyProperty();
    }

    private List<NotPostedItem> notPostedItems(List<NotYetPosted> alerts, LocalDate today) {
        List<NotPostedItem> items = new ArrayList<>();
        for (NotYetPosted alert : alerts) {
            String text = Texts.get("followUp.notPosted.alert", kindText(alert.kind()), at(alert.sentAt(), today), alert.summary());
            for (GroupRef group : alert.groups()) {
                items.add(new NotPostedItem(alert.alertId(), group.id(), group.name(), text));
            }
        }
        return items;
    }

    private FollowUpItem openItem(AlertRow row, Instant now, LocalDate today) {
        boolean overdue = FollowUpRules.overdue(row.status() == AlertStatus.SENT, row.dueAt(), now);
        String due = row.dueAt() == null ? "" : Texts.get(overdue ? "followUp.overdueSince" : "followUp.dueAt", at(row.dueAt(), today));
        return new FollowUpItem(row, kindText(row.kind()), overdue, Texts.get("followUp.sentAt", at(row.logTime(), today)), due);
    }

    private void stepDone() {
        error.set(null);
        errorFromLoad = false;
        refresh();
    }

    private void stepFailed(String text) {
        error.set(text);
        errorFromLoad = false;
    }

    /** Another desk pressed "Later" first: who, when and until when; nothing was changed here. */
    private String putOffMeanwhile(AlertPutOffMeanwhileException putOff) {
        String who = putOff.by().map(Officer::name).orElseGet(() -> Texts.get("followUp.conflict.someone"));
        LocalDate today = LocalDate.now(clock);
        return Texts.get("followUp.conflict.putOff", who, at(putOff.snooze().at(), today), at(putOff.until(), today));
    }

    /** Another desk (or an afloopbericht) was first: who closed it, when and how; nothing was changed here. */
    private String closedMeanwhile(AlertAlreadyClosedException closed) {
        String who = closed.closedBy().map(Officer::name).orElseGet(() -> Texts.get("followUp.conflict.someone"));
        String how = Texts.get(closed.closure().afloopbericht().isPresent() ? "followUp.conflict.byAfloop" : "followUp.conflict.withReason");
        return Texts.get("followUp.conflict.closed", who, at(closed.closure().at(), LocalDate.now(clock)), how);
    }

    private String at(Instant instant, LocalDate today) {
        return DeskTime.at(instant, today, clock.getZone());
    }

    static String kindText(MessageKind kind) {
        String name = kind.jsonName();
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** "Vervolgbericht": opens compose with the original's template and values, linked to it. */
    public void writeUpdate(FollowUpItem item) {
        withAlert(item, original -> opener.update(original, referentie(original)));
    }

    /** "Afloopbericht": opens the afloopbericht with the referentie filled in; sending it closes the original. */
    public void writeAfloop(FollowUpItem item) {
        withAlert(item, original -> opener.afloop(original, referentie(original)));
    }

    private void withAlert(FollowUpItem item, Function<Alert, Boolean> open) {
        prompts.dismiss(item.id());
        runner.run(() -> alerts.find(item.id()).orElseThrow(), original -> {
            if (opener == null || !open.apply(original)) {
                error.set(Texts.get("followUp.error.template"));
            }
        }, e -> error.set(Texts.get("followUp.error.load", StorageErrors.describe(e))));
    }

    /** Null when the reason will do, else what to fix. */
    public static String closeReasonProblem(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            return Texts.get("followUp.close.problem.empty");
        }
        if (r.length() < MIN_REASON) {
            return Texts.get("followUp.close.problem.short", MIN_REASON);
        }
        if (r.length() > MAX_REASON) {
            return Texts.get("followUp.close.problem.long", MAX_REASON);
        }
        return null;
    }

    /** Null when category and reason will do, else what to fix (the category first: it is chosen first). */
    public static String closeProblem(CloseCategory category, String reason) {
        return category == null ? Texts.get("followUp.close.problem.category") : closeReasonProblem(reason);
    }

    /** "Sluiten zonder bericht", recorded with the category, the reason and the officer. */
    public void close(FollowUpItem item, CloseCategory category, String reason) {
        if (closeProblem(category, reason) != null) {
            return;
        }
        String why = reason.strip();
        act(item, actor -> closeOrKeep(item.id(), category, why, actor), "followUp.error.close", closed -> {
            if (closed) {
                stepDone();
            } else {
                stepFailed(Texts.get("followUp.close.kept"));
                keptClosings.add(item.id());
                if (lastShown != null) {
                    show(lastShown);
                }
                closingKept.run();
            }
        });
    }

    /** Closes the alert; with the server away, keeps the closing on this PC instead (false) so nothing typed is lost. */
    private boolean closeOrKeep(long id, CloseCategory category, String reason, Actor actor) {
        try {
            alerts.closeWithReason(id, category, reason, actor);
            return true;
        } catch (StorageException e) {
            if (e.reason() != StorageException.Reason.UNREACHABLE || closings == null) {
                throw e;
            }
            closings.keep(id, category, reason, actor.officer());
            return false;
        }
    }

    /** Where a closing goes while the server cannot be reached, and who hears that one was kept (the status bar). */
    public void keepClosingsIn(ClosingQueue queue, Runnable kept) {
        this.closings = queue;
        this.closingKept = kept;
    }

    /** Keeps a closing on disk until the server takes it. */
    @FunctionalInterface
    public interface ClosingQueue {
        void keep(long alertId, CloseCategory category, String reason, Officer officer);
    }

    /** "Geplaatst": the alert was pasted in this group now. */
    public void posted(NotPostedItem item) {
        checklistStep((list, actor) -> list.tick(item.alertId(), item.groupId(), actor), "followUp.error.posted");
    }

    /** "Overslaan…": not posted in this group, with the reason ("groep bestaat niet meer"). */
    public void skip(NotPostedItem item, String reason) {
        if (closeReasonProblem(reason) != null) {
            return;
        }
        checklistStep((list, actor) -> list.dismiss(item.alertId(), item.groupId(), reason.strip(), actor), "followUp.error.skip");
    }

    private interface ChecklistStep {
        Object apply(PasteChecklist checklist, Actor actor);
    }

    private void checklistStep(ChecklistStep step, String errorKey) {
        Officer who = officer.getValue();
        if (who == null) {
            error.set(Texts.get(errorKey, Texts.get("compose.blocked.officerShort")));
            return;
        }
        runner.run(() -> step.apply(checklist, Actor.of(who)), done -> stepDone(),
                e -> stepFailed(Texts.get(errorKey, StorageErrors.describe(e))));
    }

    /** "Geplaatst…" on an unconfirmed alert (after the view asked): it was posted, so now it waits for its afloop. */
    public void confirmPosted(FollowUpItem item) {
        act(item, (service, actor) -> service.confirmSent(item.id(), actor), "followUp.error.confirm");
    }

    /** "Later": the reminder comes back when the new due time passes (15 min, or the alert's repeat). */
    public void snooze(FollowUpItem item) {
        act(item, (service, actor) -> service.snooze(item.id(), item.row().dueAt(), actor), "followUp.error.snooze");
    }

    private interface Step {
        Alert apply(AlertService service, Actor actor);
    }

    private void act(FollowUpItem item, Step step, String errorKey) {
        act(item, actor -> step.apply(alerts, actor), errorKey, done -> stepDone());
    }

    private <T> void act(FollowUpItem item, Function<Actor, T> step, String errorKey, Consumer<T> done) {
        Officer who = officer.getValue();
        if (who == null) {
            error.set(Texts.get(errorKey, Texts.get("compose.blocked.officerShort")));
            return;
        }
        prompts.dismiss(item.id());
        runner.run(() -> step.apply(Actor.of(who)), done::accept,
                e -> {
                    stepFailed(e instanceof AlertAlreadyClosedException closed ? closedMeanwhile(closed)
                            : e instanceof AlertPutOffMeanwhileException putOff ? putOffMeanwhile(putOff)
                            : Texts.get(errorKey, StorageErrors.describe(e)));
                    refresh();
                });
    }

    /** The alert's prompt was closed with its cross: no new prompt until its due time changes. */
    public void dismissPrompt(FollowUpItem item) {
        prompts.dismiss(item.id());
    }

    public ObservableList<FollowUpItem> open() {
        return openView;
    }

    public ObservableList<FollowUpItem> unconfirmed() {
        return unconfirmedView;
    }

    /** Groups that sent alerts were not yet posted in, oldest alert first. */
    public ObservableList<NotPostedItem> notPosted() {
        return notPostedView;
    }

    public ReadOnlyIntegerProperty openCountProperty() {
        return openCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount.getReadOnlyProperty();
    }

    /** The sidebar's badge: "3", or "3 / 1 te laat". */
    public StringBinding badgeProperty() {
        return badge;
    }

    public ObservableList<FollowUpItem> prompts() {
        return prompts.showing();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private String referentie(Alert original) {
        Instant at = original.sentAt() != null ? original.sentAt() : original.createdAt();
        return Referentie.of(original.kind(), at, original.valuesJson(), clock.getZone(), LocalDate.now(clock));
    }
}
