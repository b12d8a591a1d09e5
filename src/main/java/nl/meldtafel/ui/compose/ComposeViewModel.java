package nl.meldtafel.ui.compose;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.message.Problem;
import nl.meldtafel.message.RenderResult;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.ui.common.TaskRunner;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The compose screen's behaviour: one form per template (switching keeps what was typed), the live
 * render, and the send cycle copy → record pending → "Geplaatst in WhatsApp?" → confirm or later.
 */
public final class ComposeViewModel {

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
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final BooleanBinding canSend;
    private final StringBinding characterCount;
    private final InvalidationListener onChange = observable -> changed();
    private boolean draftsChanged;

    public ComposeViewModel(MessageRenderer renderer, Clock clock, AlertSink sink, DraftStore draftStore, TaskRunner runner,
                            Consumer<String> clipboard, Consumer<String> browser) {
        this.renderer = renderer;
        this.clock = clock;
        this.sink = sink;
        this.draftStore = draftStore;
        this.runner = runner;
        this.clipboard = clipboard;
        this.browser = browser;
        canSend = Bindings.createBooleanBinding(() -> result.get() != null && result.get().isComplete()
                && awaiting.get() == null && !busy.get(), result, awaiting, busy);
        characterCount = Bindings.createStringBinding(() -> result.get() == null ? ""
                : Texts.get("compose.preview.count", result.get().characterCount()), result);
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

    public void select(TemplateDefinition template) {
        form.set(formFor(template));
        draftsChanged = true;
        render();
    }

    private FormModel formFor(TemplateDefinition template) {
        return forms.computeIfAbsent(template.id(), id -> new FormModel(template, clock, onChange));
    }

    private void changed() {
        draftsChanged = true;
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

    private void send(Consumer<String> deliver) {
        if (!canSend.get()) {
            return;
        }
        TemplateDefinition template = form.get().template();
        FieldValues values = form.get().values();
        String text = result.get().finalText().orElseThrow();
        deliver.accept(text);
        busy.set(true);
        error.set(null);
        runner.run(() -> sink.recordPending(template, values, text), id -> {
            busy.set(false);
            awaiting.set(new PendingAlert(id, template.id(), template.title(), text, clock.instant()));
        }, e -> {
            busy.set(false);
            error.set(Texts.get("compose.error.record", e.getMessage()));
        });
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
        awaiting.set(null);
        unconfirmed.add(pending);
        resetForm(pending.templateId());
    }

    /** Confirms a message from the "Nog niet bevestigd" list. */
    public void confirm(PendingAlert pending) {
        confirmInSink(pending, unconfirmed::remove, () -> { });
    }

    private void confirmInSink(PendingAlert pending, Consumer<PendingAlert> then, Runnable onFailure) {
        runner.run(() -> {
            sink.confirmSent(pending.id());
            return pending;
        }, done -> {
            then.accept(done);
            announce(done);
        }, e -> {
            onFailure.run();
            error.set(Texts.get("compose.error.confirm", e.getMessage()));
        });
    }

    /** Puts an unconfirmed message's text on the clipboard again, unchanged. */
    public void copyAgain(PendingAlert pending) {
        clipboard.accept(pending.text());
    }

    public void loadUnconfirmed() {
        runner.run(sink::unconfirmed, unconfirmed::setAll, e -> error.set(Texts.get("compose.error.record", e.getMessage())));
    }

    /** Saves at once: a crash before the next periodic save would otherwise bring a sent message back as a draft. */
    private void resetForm(String templateId) {
        FormModel done = forms.get(templateId);
        if (done != null) {
            done.reset();
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

    public void clear() {
        if (form.get() != null) {
            form.get().reset();
        }
    }

    /** Every form with input, and the open template. */
    public Drafts drafts() {
        Map<String, FieldValues> filled = new LinkedHashMap<>();
        forms.forEach((id, model) -> {
            if (model.isFilled()) {
                filled.put(id, model.values());
            }
        });
        return new Drafts(form.get() == null ? null : form.get().template().id(), filled);
    }

    /** Saves the drafts in the background when anything changed since the last save. */
    public void saveDrafts() {
        if (!draftsChanged) {
            return;
        }
        draftsChanged = false;
        Drafts snapshot = drafts();
        runner.run(() -> {
            draftStore.save(snapshot);
            return snapshot;
        }, saved -> { }, e -> error.set(Texts.get("compose.error.draft", e.getMessage())));
    }

    /** Reads the drafts in the background and fills the forms; opens the first template when none was open. */
    public void loadDrafts() {
        runner.run(draftStore::load, this::restore, e -> {
            error.set(Texts.get("compose.error.draft", e.getMessage()));
            restore(Drafts.NONE);
        });
    }

    void restore(Drafts drafts) {
        drafts.forms().forEach((id, values) -> {
            TemplateDefinition template = templates.get(id);
            if (template != null) {
                formFor(template).apply(values);
            }
        });
        TemplateDefinition selected = drafts.selectedTemplate() == null ? null : templates.get(drafts.selectedTemplate());
        if (selected == null && form.get() == null && !templates.isEmpty()) {
            selected = templates.values().iterator().next();
        }
        if (selected != null) {
            select(selected);
        }
        draftsChanged = false;
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
}
