package nl.meldtafel.ui.log;

import nl.meldtafel.ui.common.ChangedMeanwhileText;
import nl.meldtafel.ui.common.StorageErrors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.ChangedMeanwhileException;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.alert.ResponseService;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * The "Reactie" of the alert shown in the Logboek detail: calls to 112 and 0900-8844 the meldkamer
 * attributed to it and the result it contributed to. What the officer typed stays until saved or
 * another alert is selected; a failed save keeps it and says why.
 */
public final class ResponseViewModel {

    private final TaskRunner runner;
    private final LogFormat format;
    private final Clock clock;
    private final List<Choice<ResponseResult>> resultChoices = new ArrayList<>();
    private final StringProperty calls112 = new SimpleStringProperty(this, "calls112", "");
    private final StringProperty calls0900 = new SimpleStringProperty(this, "calls0900", "");
    private final ObjectProperty<Choice<ResponseResult>> result = new SimpleObjectProperty<>(this, "result");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper recorded = new ReadOnlyStringWrapper(this, "recorded", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper changedMeanwhile = new ReadOnlyBooleanWrapper(this, "changedMeanwhile");

    private ResponseService service;
    private ObservableValue<Officer> officer;
    private Long alertId;
    /** The version the fields were loaded with: what a save is based on. */
    private long basedOn;
    private long generation;

    ResponseViewModel(TaskRunner runner, LogFormat format, Clock clock) {
        this.runner = runner;
        this.format = format;
        this.clock = clock;
        for (ResponseResult r : ResponseResult.values()) {
            resultChoices.add(new Choice<>(r, label(r)));
        }
        result.set(resultChoices.get(0));
    }

    public static String label(ResponseResult r) {
        return switch (r) {
            case GEEN -> Texts.get("response.result.GEEN");
            case AANHOUDING -> Texts.get("response.result.AANHOUDING");
            case PERSOON_AANGETROFFEN -> Texts.get("response.result.PERSOON_AANGETROFFEN");
            case ANDERS -> Texts.get("response.result.ANDERS");
        };
    }

    /** Without these the section stays hidden (e.g. a Logboek in a test that does not need it). */
    public void use(ResponseService responses, ObservableValue<Officer> atDesk) {
        this.service = responses;
        this.officer = atDesk;
    }

    /** Loads the response of the alert now shown in the detail; null hides the section. */
    void show(Long id) {
        if (id != null && id.equals(alertId)) {
            return; // the same alert shown again: keep what was typed
        }
        alertId = id;
        available.set(false);
        fill(null);
        load();
    }

    /** After a refused save: the other desk's response replaces what was typed here. */
    public void reload() {
        load();
    }

    private void load() {
        long gen = ++generation;
        Long id = alertId;
        error.set("");
        notice.set("");
        changedMeanwhile.set(false);
        if (id == null || service == null) {
            return;
        }
        ResponseService responses = service;
        runner.run(() -> responses.state(id), state -> {
            if (gen == generation) {
                available.set(state.recordable());
                fill(state.response().orElse(null));
            }
        }, e -> {
            if (gen == generation) {
                error.set(Texts.get("response.error.load", message(e)));
            }
        });
    }

    private void fill(AlertResponse r) {
        basedOn = r == null ? 0 : r.version();
        calls112.set(r == null ? "" : String.valueOf(r.calls112()));
        calls0900.set(r == null ? "" : String.valueOf(r.calls0900()));
        result.set(resultChoices.get(r == null ? 0 : r.result().ordinal()));
        recorded.set(r == null ? Texts.get("response.none")
                : Texts.get("response.recorded", r.recordedByName(), format.time(r.recordedAt(), clock.instant())));
    }

    /** Saves what is in the fields; an empty number of calls counts as none. */
    public void save() {
        notice.set("");
        Long id = alertId;
        if (id == null || service == null || !available.get()) {
            return;
        }
        Integer n112 = calls(calls112.get());
        Integer n0900 = calls(calls0900.get());
        if (n112 == null || n0900 == null) {
            error.set(Texts.get("response.error.calls", AlertResponse.MAX_CALLS));
            return;
        }
        Officer who = officer == null ? null : officer.getValue();
        if (who == null) {
            error.set(Texts.get("response.error.noOfficer"));
            return;
        }
        error.set("");
        ResponseResult chosen = result.get() == null ? ResponseResult.GEEN : result.get().value();
        ResponseService responses = service;
        long gen = generation;
        long version = basedOn;
        runner.run(() -> responses.record(id, version, n112, n0900, chosen, Actor.of(who)), saved -> {
            if (gen == generation) {
                fill(saved);
                changedMeanwhile.set(false);
                notice.set(Texts.get("response.saved"));
            }
        }, e -> {
            if (gen == generation) {
                // the fields keep what was typed; "Opnieuw laden" shows the other desk's response
                changedMeanwhile.set(e instanceof ChangedMeanwhileException);
                error.set(e instanceof ChangedMeanwhileException changed ? ChangedMeanwhileText.inForm(changed, clock)
                        : Texts.get("response.error.save", message(e)));
            }
        });
    }

    /** A number of calls as typed, or null when it is not one. */
    static Integer calls(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (!t.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(t);
    }

    private static String message(Throwable e) {
        return StorageErrors.describe(e); // the details are in the log
    }

    public StringProperty calls112Property() {
        return calls112;
    }

    public StringProperty calls0900Property() {
        return calls0900;
    }

    public ObjectProperty<Choice<ResponseResult>> resultProperty() {
        return result;
    }

    public List<Choice<ResponseResult>> resultChoices() {
        return List.copyOf(resultChoices);
    }

    /** Whether the shown alert can take a response (sent, and not an afloopbericht). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** "Vastgelegd door ..., <time>." or "Nog niet vastgelegd." */
    public ReadOnlyStringProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True after a save refused because another desk recorded the response first: offer to reload. */
    public ReadOnlyBooleanProperty changedMeanwhileProperty() {
        return changedMeanwhile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
