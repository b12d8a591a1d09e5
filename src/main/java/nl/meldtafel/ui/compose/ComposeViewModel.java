package nl.meldtafel.ui.compose;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.TargetChoice;
import nl.meldtafel.groups.TargetOptions;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.message.Problem;
import nl.meldtafel.message.RenderResult;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The compose screen's behaviour: one form per template (switching keeps what was typed), the live
 * render, and the send cycle record pending → copy → "Geplaatst in WhatsApp?" → confirm or later.
 * A form may be linked to an earlier alert (vervolgbericht, afloopbericht) opened from Opvolging.
 */
public final class ComposeViewModel {

    /** The earlier alert a form updates or closes, with the words the banner shows for it. */
    public record Link(long parentId, String description) {
    }

    static final String WHATSAPP_WEB = "https://web.whatsapp.com/send?text=";

    private final MessageRenderer renderer;
    private final Clock clock;
    private final AlertSink sink;
    private final DraftStore draftStore;
    private final TaskRunner runner;
    private final Consumer<String> clipboard;
    private final Consumer<String> browser;

    private final Map<String, TemplateDefinition> templates = new LinkedHashMap<>();
    private final Map<String, FormModel> forms = new HashMap<>();
    private final Map<String, Link> links = new HashMap<>();
    private final ReadOnlyObjectWrapper<Link> link = new ReadOnlyObjectWrapper<>(this, "link");
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>(this, "officer");
    private final StringProperty unavailable = new SimpleStringProperty(this, "unavailable");
    private final StringBinding sendHint;
    private final ReadOnlyObjectWrapper<FormModel> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyObjectWrapper<RenderResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PendingAlert> awaiting = new ReadOnlyObjectWrapper<>(this, "awaiting");
    private final ObservableList<PendingAlert> unconfirmed = FXCollections.observableArrayList();
    // Read-only views kept in fields: a wrapper made per call would be collected with its listeners.
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ObservableList<PendingAlert> unconfirmedView = FXCollections.unmodifiableObservableList(unconfirmed);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper recorded = new ReadOnlyStringWrapper(this, "recorded");
    private Runnable onQueued = () -> { };
    /** The register's error shown now, if any: cleared once the register is read again. */
    private String targetsError;
    private TaskRunner sendRunner;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final BooleanBinding canSend;
    private final StringBinding characterCount;
    private final WeeklyFillModel weeklyFill;
    // Templates typed in since their draft was last saved: only these are written, so an untouched
    // draft keeps its save time and retention can tell an abandoned one.
    private final Set<String> unsaved = new HashSet<>();
    // Set while the forms are filled or emptied from storage, which is no typing.
    private boolean quiet;
    // Whose drafts the forms hold; null until an officer is known.
    private Officer draftOwner;
    // The officer whose stored drafts were read into the forms (or are being read).
    private Long loadedFor;
    // Until the owner's drafts are read, a form emptied here may only remove a draft saved here: the
    // stored one the officer never saw must not go.
    private boolean draftsRead;
    private final Set<String> savedHere = new HashSet<>();
    // The desk said the drafts can be read: templates loaded and database open.
    private boolean draftsOpen;
    // A stored draft for the template whose message awaits "Geplaatst?": filled in once that form is free.
    private final Map<String, FieldValues> parked = new HashMap<>();
    private final Map<String, Link> parkedLinks = new HashMap<>();
    // The officer was told on closing that the drafts cannot be saved: the next close goes ahead.
    private boolean closeAnyway;
    // Saving and reading fail for different reasons and are fixed apart: a save that works again must
    // not hide that drafts.json could not be read.
    private final StringProperty saveProblem = new SimpleStringProperty(this, "saveProblem");
    private final StringProperty readProblem = new SimpleStringProperty(this, "readProblem");
    private final StringBinding draftProblem = Bindings.createStringBinding(
            () -> saveProblem.get() != null ? saveProblem.get() : readProblem.get(), saveProblem, readProblem);
    private static final Logger LOG = LoggerFactory.getLogger(ComposeViewModel.class);
    private Targets targets = Targets.NONE;
    // The form whose alert is sent while its checklist is still open: shown as sent, never kept as a draft.
    private String sentForm;
    private final Map<String, TargetChoice> choices = new HashMap<>();
    // Templates whose groups the officer picked by hand: a reload of the register keeps those.
    private final Set<String> pickedByHand = new HashSet<>();
    private final ReadOnlyObjectWrapper<TargetOptions> targetOptions = new ReadOnlyObjectWrapper<>(this, "targetOptions");
    private final ReadOnlyObjectWrapper<TargetChoice> targetChoice = new ReadOnlyObjectWrapper<>(this, "targetChoice");
    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>(this, "checklist");
    private final StringBinding targetSummary;
    private final BooleanBinding noRegister;

    public ComposeViewModel(MessageRenderer renderer, Clock clock, AlertSink sink, DraftStore draftStore, TaskRunner runner,
                            Consumer<String> clipboard, Consumer<String> browser) {
        this.renderer = renderer;
        this.clock = clock;
        this.sink = sink;
        this.draftStore = draftStore;
        this.runner = runner;
        this.sendRunner = runner;
        this.clipboard = clipboard;
        this.browser = browser;
        sendHint = Bindings.createStringBinding(this::describeBlock, unavailable, officer, form, link);
        // The groups must be known before copying, or the alert would be stored without them.
        canSend = Bindings.createBooleanBinding(() -> result.get() != null && result.get().isComplete()
                && awaiting.get() == null && !busy.get() && sendHint.get() == null && targetChoice.get() != null,
                result, awaiting, busy, sendHint, targetChoice);
        noRegister = Bindings.createBooleanBinding(() -> targetOptions.get() != null && targetOptions.get().groups().isEmpty(),
                targetOptions);
        targetSummary = Bindings.createStringBinding(() -> targetChoice.get() == null ? Texts.get("compose.targets.loading")
                : TargetPickerModel.summary(Optional.ofNullable(targetOptions.get()).orElse(Targets.NONE.options()),
                targetChoice.get().groups()), targetChoice, targetOptions);
        characterCount = Bindings.createStringBinding(() -> result.get() == null ? ""
                : Texts.get("compose.preview.count", result.get().characterCount()), result);
        weeklyFill = new WeeklyFillModel(runner, clock, form.getReadOnlyProperty());
        officer.addListener((o, old, now) -> officerChanged(now));
    }

    /** The loaded templates; a form whose template is gone is closed. */
    public void setTemplates(List<TemplateDefinition> loaded) {
        templates.clear();
        loaded.forEach(t -> templates.put(t.id(), t));
        forms.keySet().retainAll(templates.keySet());
        if (form.get() != null && !templates.containsKey(form.get().template().id())) {
            form.set(null);
            render();
        }
    }

    /** Why nothing can be sent right now, or null: no database, no officer, or an afloopbericht without its alert. */
    private String describeBlock() {
        if (unavailable.get() != null) {
            return Texts.get("compose.blocked.storage", unavailable.get());
        }
        if (officer.get() == null) {
            return Texts.get("compose.blocked.officer");
        }
        if (form.get() != null && form.get().template().kind().closesParent() && link.get() == null) {
            return Texts.get("compose.blocked.afloop");
        }
        return null;
    }

    public void select(TemplateDefinition template) {
        // "Vastgelegd om …" was about the previous message; next to another form it would mislead.
        recorded.set(null);
        form.set(formFor(template));
        link.set(links.get(template.id()));
        render();
        showTargets(template);
    }

    /**
     * Recording a copied message on its own worker, so it never waits behind a list still loading
     * (which may wait for a retention run); by default the shared one.
     */
    public void useSendRunner(TaskRunner sends) {
        this.sendRunner = sends;
    }

    /** Told when a message was copied into the send queue because the database was not open yet. */
    public void onQueued(Runnable action) {
        this.onQueued = action;
    }

    /** The register and the paste checklist; without it the desk works without groups. */
    public void useTargets(Targets registerTargets) {
        this.targets = registerTargets;
    }

    /** Loads the groups to choose from (once the database is open); defaults not picked by hand are read again. */
    public void loadTargets() {
        runner.run(targets::options, loaded -> {
            targetsRead();
            targetOptions.set(loaded);
            choices.keySet().retainAll(pickedByHand);
            if (form.get() != null) {
                showTargets(form.get().template());
            }
        }, this::targetsFailed);
    }

    private void targetsFailed(Throwable e) {
        targetsError = Texts.get("compose.error.targets", StorageErrors.describe(e));
        error.set(targetsError);
    }

    /** The register was read: its error of a moment ago (the server was away) no longer holds. */
    private void targetsRead() {
        if (targetsError != null && targetsError.equals(error.get())) {
            error.set(null);
        }
        targetsError = null;
    }

    /** The form's groups: as chosen before, else the original's (linked form) or the last choice for its kind. */
    private void showTargets(TemplateDefinition template) {
        String id = template.id();
        TargetChoice known = choices.get(id);
        targetChoice.set(known);
        if (known != null) {
            return;
        }
        Link target = links.get(id);
        runner.run(() -> target != null ? targets.defaultForFollowUp(target.parentId()) : targets.defaultFor(template.kind()),
                choice -> {
                    targetsRead();
                    if (!choices.containsKey(id)) {
                        choices.put(id, choice);
                    }
                    if (form.get() != null && form.get().template().id().equals(id)) {
                        targetChoice.set(choices.get(id));
                    }
                }, e -> {
                    targetsFailed(e);
                    // the register cannot be read (the server is away): copying goes on without a chosen group, and
                    // the officer pastes in the groups they know; the next form asks the register again
                    if (form.get() != null && form.get().template().id().equals(id) && targetChoice.get() == null) {
                        targetChoice.set(new TargetChoice(List.of(), TargetChoice.Source.NONE, List.of()));
                    }
                });
    }

    /** The officer's choice in the picker, for the open form. */
    public void chooseTargets(List<Long> groupIds) {
        FormModel current = form.get();
        TargetOptions offered = targetOptions.get();
        if (current == null || offered == null || awaiting.get() != null) {
            return;
        }
        List<GroupRef> groups = offered.groups().stream().filter(g -> groupIds.contains(g.id())).toList();
        TargetChoice choice = new TargetChoice(groups, TargetChoice.Source.NONE, List.of());
        choices.put(current.template().id(), choice);
        pickedByHand.add(current.template().id());
        targetChoice.set(choice);
    }

    private void forgetTargets(String templateId) {
        choices.remove(templateId);
        pickedByHand.remove(templateId);
    }

    /**
     * Opens {@code templateId}'s form filled with {@code values} (what was typed there before is replaced)
     * and linked to an earlier alert. False when that template is not loaded.
     */
    public boolean openLinked(String templateId, FieldValues values, Link target) {
        TemplateDefinition template = templates.get(templateId);
        if (template == null) {
            return false;
        }
        FormModel linked = formFor(template);
        linked.reset();
        linked.apply(values);
        links.put(templateId, target);
        unsaved.add(templateId);
        forgetTargets(templateId);
        select(template);
        return true;
    }

    /** The first loaded template of this kind, for an afloopbericht whatever its file is called. */
    public Optional<TemplateDefinition> templateOfKind(MessageKind kind) {
        return templates.values().stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** "Ontkoppelen": the form becomes a new message of its own. */
    public void unlink() {
        FormModel current = form.get();
        if (current != null && awaiting.get() == null) {
            links.remove(current.template().id());
            link.set(null);
            unsaved.add(current.template().id());
        }
    }

    private FormModel formFor(TemplateDefinition template) {
        return forms.computeIfAbsent(template.id(), id -> new FormModel(template, clock, observable -> changed(id)));
    }

    private void changed(String templateId) {
        if (!quiet) {
            unsaved.add(templateId);
        }
        render();
    }

    private void render() {
        FormModel current = form.get();
        if (current == null) {
            problems.clear();
            warnings.clear();
            result.set(null);
            return;
        }
        RenderResult rendered = renderer.render(current.template(), current.values());
        current.showProblems(rendered.problems());
        problems.setAll(rendered.problems().stream().map(Problem::message).toList());
        warnings.setAll(rendered.warnings());
        result.set(rendered);
    }

    /** Ctrl+Enter: the exact final text to the clipboard, then recorded as pending. */
    public void copy() {
        send(clipboard);
    }

    /** Opens WhatsApp Web with the text filled in, then the same question as after copying. */
    public void openInWhatsApp() {
        send(text -> browser.accept(WHATSAPP_WEB + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")));
    }

    /**
     * Records first, so a crash cannot lose what may be posted; then hands the text over. When recording
     * fails the text is handed over all the same (the desk must be able to warn the public) and the form
     * keeps it, so the officer can record it again once the cause is fixed.
     */
    private void send(Consumer<String> deliver) {
        if (!canSend.get()) {
            return;
        }
        TemplateDefinition template = form.get().template();
        FieldValues values = form.get().values();
        String text = result.get().finalText().orElseThrow();
        Link target = link.get();
        Officer sender = officer.get();
        List<Long> groupIds = targetChoice.get().ids();
        busy.set(true);
        error.set(null);
        List<GroupRef> groups = targetChoice.get().groups();
        sendRunner.run(() -> {
            long id = sink.recordPending(template, values, text, target == null ? null : target.parentId(), sender, groupIds);
            return groupIds.isEmpty() ? new Checklist(id, List.of()) : checklistOf(id, groups);
        }, list -> {
            busy.set(false);
            deliver.accept(text);
            if (list.alertId() < 0) {
                onQueued.run(); // copied before the database could record it: it will be, in order
            }
            awaiting.set(new PendingAlert(list.alertId(), template.id(), template.title(), text, clock.instant(),
                    sender == null ? "" : sender.name()));
            checklist.set(list.items().isEmpty() ? null : list);
        }, e -> {
            busy.set(false);
            deliver.accept(text);
            error.set(Texts.get("compose.error.record", StorageErrors.describe(e)));
        });
    }

    /** The stored checklist; when it cannot be read the alert is recorded all the same, so the list is made here. */
    private Checklist checklistOf(long alertId, List<GroupRef> groups) {
        try {
            return targets.checklist(alertId);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the checklist of alert {}; all groups shown open", alertId, e);
            return new Checklist(alertId, groups.stream()
                    .map(g -> new Checklist.Item(g, Checklist.State.OPEN, null, null, null)).toList());
        }
    }

    /** "Ja": the message was posted; it is confirmed and its form cleared for the next one. */
    public void confirmSent() {
        PendingAlert pending = awaiting.get();
        if (pending == null || busy.get()) {
            return; // a second Enter while the first is being recorded must not confirm twice
        }
        busy.set(true);
        confirmInSink(pending, done -> {
            busy.set(false);
            awaiting.set(null);
            resetForm(done.templateId());
        }, () -> busy.set(false));
    }

    /** "Later": kept in the unconfirmed list (never lost) and the form is free for the next message. */
    public void later() {
        PendingAlert pending = awaiting.get();
        if (pending == null || busy.get()) {
            return;
        }
        Checklist list = checklist.get();
        if (list != null && isSent(list)) {
            closeSentChecklist(); // posted somewhere already: the rest waits in Opvolging as "nog niet geplaatst"
            return;
        }
        checklist.set(null);
        awaiting.set(null);
        unconfirmed.add(pending);
        resetForm(pending.templateId());
    }

    /** Ticks off one group of the checklist: the text was pasted there now. The first tick confirms the alert. */
    public void tick(long groupId) {
        PendingAlert pending = awaiting.get();
        Checklist list = checklist.get();
        if (pending == null || list == null || busy.get()) {
            return;
        }
        Officer ticking = officer.get();
        if (ticking == null) {
            error.set(Texts.get("compose.error.tick", Texts.get("compose.blocked.officerShort")));
            return;
        }
        boolean first = !isSent(list);
        busy.set(true);
        error.set(null);
        runner.run(() -> targets.tick(pending.id(), groupId, ticking), updated -> {
            busy.set(false);
            if (awaiting.get() != pending) {
                return;
            }
            checklist.set(updated);
            if (first) {
                // The form keeps showing what was sent until the checklist closes; only the draft goes now.
                sentForm = pending.templateId();
                unsaved.add(pending.templateId());
                saveDrafts();
                announce(pending);
            }
            if (updated.isComplete()) {
                closeSentChecklist();
            }
        }, e -> {
            busy.set(false);
            error.set(Texts.get("compose.error.tick", StorageErrors.describe(e)));
        });
    }

    private void closeSentChecklist() {
        PendingAlert pending = awaiting.get();
        checklist.set(null);
        awaiting.set(null);
        sentForm = null;
        if (pending != null) {
            resetForm(pending.templateId());
        }
    }

    /** Enter or Space: ticks off the next group still open. */
    public void tickNext() {
        Checklist list = checklist.get();
        if (list != null) {
            list.next().ifPresent(item -> tick(item.group().id()));
        }
    }

    private static boolean isSent(Checklist list) {
        return list.items().stream().anyMatch(i -> i.state() != Checklist.State.OPEN);
    }

    /** Confirms a message from the "Nog niet bevestigd" list. */
    public void confirm(PendingAlert pending) {
        confirmInSink(pending, unconfirmed::remove, () -> { });
    }

    private void confirmInSink(PendingAlert pending, Consumer<PendingAlert> then, Runnable onFailure) {
        Officer confirming = officer.get();
        if (confirming == null) {
            onFailure.run();
            error.set(Texts.get("compose.error.confirm", Texts.get("compose.blocked.officerShort")));
            return;
        }
        error.set(null);
        runner.run(() -> {
            sink.confirmSent(pending.id(), confirming);
            return pending;
        }, done -> {
            then.accept(done);
            if (sink.confirmationWaits(done.id())) {
                onQueued.run(); // the server was away: kept on this PC with its time, recorded when it is back
            }
            announce(done);
        }, e -> {
            onFailure.run();
            error.set(Texts.get("compose.error.confirm", StorageErrors.describe(e)));
        });
    }

    /** Puts an unconfirmed message's text on the clipboard again, unchanged. */
    public void copyAgain(PendingAlert pending) {
        clipboard.accept(pending.text());
    }

    public void loadUnconfirmed() {
        runner.run(sink::unconfirmed, unconfirmed::setAll, e -> error.set(Texts.get("compose.error.unconfirmed", StorageErrors.describe(e))));
    }

    /** Saves at once: a crash before the next periodic save would otherwise bring a sent message back as a draft. */
    private void resetForm(String templateId) {
        links.remove(templateId);
        forgetTargets(templateId);
        if (form.get() != null && form.get().template().id().equals(templateId)) {
            showTargets(form.get().template());
        }
        if (form.get() != null && form.get().template().id().equals(templateId)) {
            link.set(null);
        }
        FormModel done = forms.get(templateId);
        if (done != null) {
            done.reset();
            unsaved.add(templateId);
            unpark(templateId); // before saving: the new officer's stored draft for this form must stay
            saveDrafts();
        }
    }

    private void announce(PendingAlert done) {
        LocalTime now = LocalTime.now(clock);
        FollowUpPolicy followUp = Optional.ofNullable(templates.get(done.templateId()))
                .map(TemplateDefinition::followUp).orElse(FollowUpPolicy.NONE);
        String message = followUp.awaitsClosure()
                ? Texts.get("compose.recorded.followUp", FieldModel.TIME.format(now), FieldModel.TIME.format(now.plus(followUp.due())))
                : Texts.get("compose.recorded", FieldModel.TIME.format(now));
        recorded.set(null); // the same text twice in a minute must still notify
        recorded.set(message);
    }

    /** Whether clearing would throw away something the officer typed, so the view asks first. */
    public boolean hasInput() {
        return form.get() != null && form.get().isFilled();
    }

    /** Empties the form and drops its link: what is left is a new message. */
    public void clear() {
        if (form.get() != null) {
            form.get().reset();
            unsaved.add(form.get().template().id());
            links.remove(form.get().template().id());
            link.set(null);
            forgetTargets(form.get().template().id());
            showTargets(form.get().template());
        }
    }

    /** Every form with input (what a restart would bring back), and the open template. */
    public Drafts drafts() {
        Map<String, FieldValues> filled = new LinkedHashMap<>();
        Map<String, Link> linked = new LinkedHashMap<>();
        forms.forEach((id, model) -> {
            if (model.isFilled() && !id.equals(sentForm)) {
                filled.put(id, model.values());
                if (links.containsKey(id)) {
                    linked.put(id, links.get(id));
                }
            }
        });
        return new Drafts(form.get() == null ? null : form.get().template().id(), filled, linked);
    }

    /** Saves the officer's changed drafts in the background; a failed save is tried again next time. */
    public void saveDrafts() {
        saveDrafts(() -> { }, () -> { });
    }

    /** Whether something typed is not in storage yet, so closing the window must wait for it. */
    public boolean hasUnsavedDrafts() {
        return !changes().isEmpty();
    }

    /**
     * The window asks to close: runs {@code close} once the drafts are saved, also a periodic save
     * still running. When they cannot be, the text stays in the form, the status bar says so, and only
     * a second close request (which tries once more) loses it.
     */
    public void closeWhenSaved(Runnable close) {
        boolean told = closeAnyway;
        saveDrafts();
        // One worker, in order: this runs after every save queued before it, and a failed one is unsaved again.
        runner.run(() -> Boolean.TRUE, done -> {
            if (told || !hasUnsavedDrafts()) {
                close.run();
                return;
            }
            closeAnyway = true;
            String why = saveProblem.get() != null ? saveProblem.get() : Texts.get("compose.draft.notSaved", "?");
            saveProblem.set(Texts.get("compose.draft.closeAgain", why));
        }, e -> close.run());
    }

    /**
     * Saves, then runs {@code saved}; when that cannot be done the forms keep the text, the status bar
     * says why, and {@code failed} runs (the window then stays open once, see the app).
     */
    public void saveDrafts(Runnable saved, Runnable failed) {
        DraftChanges changes = changes();
        if (changes.isEmpty()) {
            unsaved.clear();
            saved.run();
            return;
        }
        Officer by = officer.get();
        if (by == null) {
            saveProblem.set(Texts.get("compose.draft.noOfficer"));
            failed.run();
            return;
        }
        Set<String> writing = Set.copyOf(unsaved);
        unsaved.clear();
        runner.run(() -> {
            draftStore.save(by, changes);
            return changes;
        }, done -> {
            savedHere.addAll(changes.forms().keySet());
            saveProblem.set(null);
            closeAnyway = false;
            saved.run();
        }, e -> {
            unsaved.addAll(writing); // kept in memory and written with the next save
            LOG.warn("Could not save drafts", e);
            saveProblem.set(Texts.get("compose.draft.notSaved", StorageErrors.describe(e)));
            failed.run();
        });
    }

    /** The changed forms with input, and the changed ones without (sent, cleared), whose draft goes. */
    private DraftChanges changes() {
        Map<String, FieldValues> kept = new LinkedHashMap<>();
        Map<String, Link> linked = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>();
        for (String id : unsaved) {
            FormModel model = forms.get(id);
            if (model == null) {
                continue; // its template is gone; the stored draft is left to retention
            }
            if (model.isFilled() && !id.equals(sentForm)) {
                kept.put(id, model.values());
                if (links.containsKey(id)) {
                    linked.put(id, links.get(id));
                }
            } else if (draftsRead || savedHere.contains(id)) {
                removed.add(id);
            }
        }
        return new DraftChanges(kept, linked, removed);
    }

    /**
     * The desk has the templates and an open database: opens the first template when none is, and reads
     * the officer's drafts into the forms not typed in yet.
     */
    public void loadDrafts() {
        openFirstTemplate();
        draftsOpen = true;
        Officer now = officer.get();
        if (now != null && !Long.valueOf(now.id()).equals(loadedFor)) {
            draftOwner = now;
            readDrafts(now);
        }
    }

    /** Opens the first template when none is open, before the drafts can be read (a heterdaad never waits). */
    public void openFirstTemplate() {
        if (form.get() == null && !templates.isEmpty()) {
            select(templates.values().iterator().next());
        }
    }

    private void readDrafts(Officer owner) {
        loadedFor = owner.id();
        draftsRead = false;
        runner.run(() -> draftStore.load(owner), loaded -> {
            if (officer.get() != null && officer.get().id() == owner.id()) {
                restore(loaded);
                draftsRead = true;
                readProblem.set(loaded.problem());
            }
        }, e -> {
            loadedFor = null; // read again once the database is back
            LOG.warn("Could not read drafts", e);
            readProblem.set(Texts.get("compose.draft.notRead", StorageErrors.describe(e)));
        });
    }

    /**
     * Drafts are per officer. The first officer keeps what was typed before anyone was known; another
     * officer gets their own drafts, once the leaving officer's are saved: until then nothing is emptied.
     */
    private void officerChanged(Officer now) {
        if (now == null || draftOwner != null && draftOwner.id() == now.id()) {
            return;
        }
        Officer leaving = draftOwner;
        draftOwner = now;
        if (leaving == null) {
            if (draftsOpen) {
                readDrafts(now);
            }
            return;
        }
        PendingAlert pending = awaiting.get();
        if (pending != null) {
            unsaved.add(pending.templateId());
        }
        DraftChanges handover = changes(); // the message awaiting "Geplaatst?" is in the log: no draft of the leaving officer
        if (pending != null && handover.forms().containsKey(pending.templateId())) {
            Map<String, FieldValues> kept = new LinkedHashMap<>(handover.forms());
            kept.remove(pending.templateId());
            Set<String> removed = new HashSet<>(handover.removed());
            removed.add(pending.templateId());
            handover = new DraftChanges(kept, handover.links(), removed);
        }
        DraftChanges saving = handover;
        Set<String> writing = Set.copyOf(unsaved);
        unsaved.clear();
        loadedFor = null;
        draftsRead = false;
        savedHere.clear(); // those rows are the leaving officer's
        parked.clear();
        parkedLinks.clear();
        runner.run(() -> {
            if (!saving.isEmpty()) {
                draftStore.save(leaving, saving);
            }
            return saving;
        }, saved -> {
            emptyFormsOf(pending);
            if (draftsOpen && officer.get() != null && officer.get().id() == now.id()) {
                readDrafts(now);
            }
        }, e -> {
            // Nothing emptied: the text stays on screen and is saved for the officer now at the desk.
            unsaved.addAll(writing);
            LOG.warn("Could not save drafts at an officer change", e);
            saveProblem.set(Texts.get("compose.draft.notHandedOver", leaving.name(), StorageErrors.describe(e)));
        });
    }

    /** Empties the leaving officer's forms; not one typed in since, nor the one awaiting "Geplaatst?". */
    private void emptyFormsOf(PendingAlert pending) {
        quiet = true;
        try {
            forms.forEach((id, model) -> {
                if (!unsaved.contains(id) && (pending == null || !id.equals(pending.templateId()))) {
                    model.reset();
                    links.remove(id);
                    forgetTargets(id);
                }
            });
        } finally {
            quiet = false;
        }
        if (form.get() != null) {
            link.set(links.get(form.get().template().id()));
            showTargets(form.get().template());
        }
        render();
    }

    /**
     * Fills the forms from stored drafts. A form typed in since the start keeps its text (it is saved
     * over the stored one); the stored form for a message awaiting "Geplaatst?" waits until that is done.
     */
    void restore(Drafts drafts) {
        PendingAlert pending = awaiting.get();
        FormModel open = form.get();
        // only a form nobody typed in yet may be swapped for the stored one that was open
        boolean untouched = open == null || !open.isFilled() && !unsaved.contains(open.template().id()) && pending == null;
        quiet = true;
        try {
            drafts.forms().forEach((id, values) -> {
                TemplateDefinition template = templates.get(id);
                if (template != null && pending != null && id.equals(pending.templateId())) {
                    parked.put(id, values);
                    if (drafts.links().containsKey(id)) {
                        parkedLinks.put(id, drafts.links().get(id));
                    }
                    return;
                }
                if (template == null || unsaved.contains(id) || forms.containsKey(id) && forms.get(id).isFilled()) {
                    return;
                }
                formFor(template).apply(values);
                if (drafts.links().containsKey(id)) {
                    links.put(id, drafts.links().get(id));
                }
            });
        } finally {
            quiet = false;
        }
        TemplateDefinition selected = drafts.selectedTemplate() == null ? null : templates.get(drafts.selectedTemplate());
        if (selected == null && open == null && !templates.isEmpty()) {
            selected = templates.values().iterator().next();
        }
        if (selected != null && untouched && (open == null || forms.containsKey(selected.id()) && forms.get(selected.id()).isFilled())) {
            select(selected);
        } else if (open != null) {
            link.set(links.get(open.template().id()));
            render();
        }
    }

    /** After the awaited message is done with, its form gets the stored draft that waited for it. */
    private void unpark(String templateId) {
        FieldValues values = parked.remove(templateId);
        Link waiting = parkedLinks.remove(templateId);
        FormModel model = forms.get(templateId);
        if (values == null || model == null) {
            return;
        }
        quiet = true;
        try {
            model.apply(values);
        } finally {
            quiet = false;
        }
        if (waiting != null) {
            links.put(templateId, waiting);
        }
        if (form.get() == model) {
            link.set(waiting);
            render();
        }
    }

    /** Why drafts could not be saved or read (shown in the status bar); null when all is well. */
    public StringBinding draftProblemProperty() {
        return draftProblem;
    }

    public ReadOnlyObjectProperty<FormModel> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problemsView;
    }

    public ObservableList<String> warnings() {
        return warningsView;
    }

    public StringBinding characterCountProperty() {
        return characterCount;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public ReadOnlyObjectProperty<PendingAlert> awaitingConfirmationProperty() {
        return awaiting.getReadOnlyProperty();
    }

    public ObservableList<PendingAlert> unconfirmed() {
        return unconfirmedView;
    }

    /** "Vastgelegd om ..." after each confirmation; the view turns it into a notification. */
    public ReadOnlyStringProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The officer at the desk; the desk binds it. Without one nothing can be sent. */
    public ObjectProperty<Officer> officerProperty() {
        return officer;
    }

    /** Why the database cannot record anything (null when it can); the desk binds it. */
    public StringProperty unavailableProperty() {
        return unavailable;
    }

    /** Why copying is disabled even though the message is complete; null when it is not blocked. */
    public StringBinding sendHintProperty() {
        return sendHint;
    }

    /** The weekoverzicht's period chooser; it fills that form's fields, then sending works as for any form. */
    public WeeklyFillModel weeklyFill() {
        return weeklyFill;
    }

    public ReadOnlyObjectProperty<Link> linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** The groups to choose from; null until loaded, empty when the register holds none. */
    public ReadOnlyObjectProperty<TargetOptions> targetOptionsProperty() {
        return targetOptions.getReadOnlyProperty();
    }

    /** The open form's groups; null while its default is being read. */
    public ReadOnlyObjectProperty<TargetChoice> targetChoiceProperty() {
        return targetChoice.getReadOnlyProperty();
    }

    /** "Naar: wijk Centrum (3 groepen)". */
    public StringBinding targetSummaryProperty() {
        return targetSummary;
    }

    /** True once the register turned out to hold no active group. */
    public BooleanBinding noRegisterProperty() {
        return noRegister;
    }

    /** The paste checklist of the copied alert, while it has groups still to tick off; else null. */
    public ReadOnlyObjectProperty<Checklist> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }
}
