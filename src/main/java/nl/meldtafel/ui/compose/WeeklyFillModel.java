package nl.meldtafel.ui.compose;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.store.StorageUnavailableException;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.weekly.Period;
import nl.meldtafel.weekly.Tally;
import nl.meldtafel.weekly.WeeklyOverview;
import nl.meldtafel.weekly.WeeklyText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Function;

/**
 * The period chooser above the weekoverzicht form: "vorige week" (Monday to Sunday) or two dates, and
 * "Vullen uit logboek", which reads the log in the background and puts the counts in the form's fields.
 * After that the form is an ordinary form: the officer may edit it, and copying records it as usual.
 */
public final class WeeklyFillModel {

    private final TaskRunner runner;
    private final Clock clock;
    private final ReadOnlyObjectProperty<FormModel> form;
    private final BooleanBinding shown;
    private final BooleanProperty custom = new SimpleBooleanProperty(this, "custom");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final StringBinding periodProblem;
    private final BooleanBinding canFill;
    private Function<Period, Tally> log;
    private WeeklyOverview lastFilled;

    WeeklyFillModel(TaskRunner runner, Clock clock, ReadOnlyObjectProperty<FormModel> form) {
        this.runner = runner;
        this.clock = clock;
        this.form = form;
        Period previous = previousWeek();
        from.set(previous.from());
        to.set(previous.to());
        shown = Bindings.createBooleanBinding(() -> form.get() != null
                && form.get().template().kind() == MessageKind.WEEKOVERZICHT, form);
        periodProblem = Bindings.createStringBinding(this::describePeriodProblem, custom, from, to);
        canFill = Bindings.createBooleanBinding(() -> shown.get() && !busy.get() && periodProblem.get() == null,
                shown, busy, periodProblem);
    }

    /** Where the counts come from: the open log. Called on the task runner's worker. */
    public void useLog(Function<Period, Tally> source) {
        this.log = source;
    }

    /** "Vorige week", Monday to Sunday, as the desk's calendar in the Netherlands has it today. */
    public Period previousWeek() {
        return Period.previousWeek(today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Period.ZONE);
    }

    /** "Vorige week: week 47 (16 t/m 22 november 2026)". */
    public String previousWeekLabel() {
        return Texts.get("compose.weekly.previousWeek", WeeklyText.periode(previousWeek()));
    }

    private String describePeriodProblem() {
        if (!custom.get()) {
            return null;
        }
        if (from.get() == null || to.get() == null) {
            return Texts.get("compose.weekly.invalid.missing");
        }
        if (to.get().isBefore(from.get())) {
            return Texts.get("compose.weekly.invalid.order");
        }
        if (ChronoUnit.DAYS.between(from.get(), to.get()) >= Period.MAX_DAYS) {
            return Texts.get("compose.weekly.invalid.long");
        }
        return null;
    }

    /** The chosen period; only while {@link #periodProblemProperty()} is null. */
    public Period period() {
        return custom.get() ? new Period(from.get(), to.get()) : previousWeek();
    }

    /**
     * True when filling would replace a period or overview the officer changed since the last fill,
     * so the view asks first: what an officer typed is not thrown away unasked.
     */
    public boolean wouldReplaceEdits() {
        FormModel target = form.get();
        if (target == null) {
            return false;
        }
        String periode = text(target, WeeklyOverview.PERIODE);
        String overzicht = text(target, WeeklyOverview.OVERZICHT);
        if (periode.isBlank() && overzicht.isBlank()) {
            return false;
        }
        return lastFilled == null || !periode.equals(lastFilled.periode()) || !overzicht.equals(lastFilled.overzicht());
    }

    /** Reads the period's alerts in the background and fills the form that was open when asked. */
    public void fill() {
        if (!canFill.get()) {
            return;
        }
        FormModel target = form.get();
        Period period = period();
        LocalDate today = today();
        Function<Period, Tally> source = log;
        error.set(null);
        status.set(Texts.get("compose.weekly.filling"));
        busy.set(true);
        runner.run(() -> {
            if (source == null) {
                throw new StorageUnavailableException();
            }
            return WeeklyText.write(source.apply(period), period, today);
        }, overview -> {
            busy.set(false);
            apply(target, overview);
            status.set(Texts.get("compose.weekly.filled", overview.periode()));
        }, e -> {
            busy.set(false);
            status.set(null);
            error.set(Texts.get("compose.weekly.error", StorageErrors.describe(e)));
        });
    }

    /** The thanks are the officer's own words once changed: only an empty field gets them. */
    private void apply(FormModel target, WeeklyOverview overview) {
        target.field(WeeklyOverview.PERIODE).ifPresent(f -> f.textProperty().set(overview.periode()));
        target.field(WeeklyOverview.OVERZICHT).ifPresent(f -> f.textProperty().set(overview.overzicht()));
        target.field(WeeklyOverview.DANK).filter(f -> f.textProperty().get().isBlank())
                .ifPresent(f -> f.textProperty().set(overview.dank()));
        lastFilled = overview;
    }

    private static String text(FormModel target, String key) {
        return target.field(key).map(f -> Objects.requireNonNullElse(f.textProperty().get(), "")).orElse("");
    }

    /** Whether the open form is a weekoverzicht, so the chooser shows. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** False for "vorige week", true for the two dates. */
    public BooleanProperty customProperty() {
        return custom;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last fill did ("Gevuld uit het logboek ..."), or null. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the log could not be read, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the chosen dates cannot be used, or null. */
    public StringBinding periodProblemProperty() {
        return periodProblem;
    }

    public BooleanBinding canFillProperty() {
        return canFill;
    }
}
