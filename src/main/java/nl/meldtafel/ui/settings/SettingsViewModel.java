package nl.meldtafel.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.ui.accounts.AccountsViewModel;
import nl.meldtafel.ui.common.StorageErrors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * "Instellingen": the retention period per kind (1-365 days) and the alerts kept on request.
 * Every read and write runs through the {@link TaskRunner}.
 */
public final class SettingsViewModel {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** One kind's period as typed, with what is wrong with it. */
    public static final class PeriodRow {
        private final MessageKind kind;
        private final StringProperty days = new SimpleStringProperty(this, "days", "");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

        PeriodRow(MessageKind kind) {
            this.kind = kind;
            days.addListener((o, old, now) -> problem.set(""));
        }

        public MessageKind kind() {
            return kind;
        }

        public String label() {
            return kind.label();
        }

        /** "dagen na afsluiten" for kinds that wait for an afloopbericht, else "dagen na versturen". */
        public String unit() {
            return kind == MessageKind.HETERDAAD || kind == MessageKind.VERMISSING
                    ? Texts.get("settings.retention.unit") : Texts.get("settings.retention.unitSent");
        }

        public StringProperty daysProperty() {
            return days;
        }

        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }
    }

    /** A hold as the list shows it. */
    public record HoldItem(long holdId, long alertId, String reason, String until, String placedBy, String state,
                           boolean active) {
    }

    private record Loaded(RetentionPolicy policy, List<Hold> holds, LocalDate today) {
    }

    private final TaskRunner runner;
    private final RetentionService retention;
    private final Supplier<Actor> actor;
    private final List<PeriodRow> periods = new ArrayList<>();
    private final ObservableList<HoldItem> holds = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private RetentionPolicy loaded = RetentionPolicy.defaults();
    private AccountsViewModel accounts;
    private final BooleanProperty retentionAllowed = new SimpleBooleanProperty(this, "retentionAllowed", true);

    public SettingsViewModel(TaskRunner runner, RetentionService retention, Supplier<Actor> actor) {
        this.runner = runner;
        this.retention = retention;
        this.actor = actor;
        for (MessageKind kind : MessageKind.values()) {
            // an afloopbericht is kept as long as the alert it closes: it names the same person
            if (!kind.closesParent()) {
                periods.add(new PeriodRow(kind));
            }
        }
        show(RetentionPolicy.defaults());
    }

    /** Periods and holds change only when {@code allowed} (a teamchef, or a log without accounts). */
    public SettingsViewModel useRights(ObservableBooleanValue allowed) {
        retentionAllowed.bind(allowed);
        return this;
    }

    public ReadOnlyBooleanProperty retentionAllowedProperty() {
        return retentionAllowed;
    }

    /** Why periods and holds cannot be changed here, shown beside them when they cannot. */
    public String retentionRefusal() {
        return StorageErrors.notAllowed(Permission.RETENTION);
    }

    /** Reads the stored periods and the holds. */
    public void load() {
        runner.run(() -> new Loaded(retention.policy(), retention.holds(), retention.today()), l -> {
            loaded = l.policy();
            show(l.policy());
            holds.setAll(l.holds().stream().map(h -> item(h, l.today())).toList());
            error.set("");
        }, e -> error.set(Texts.get("settings.error.load", message(e))));
    }

    private void show(RetentionPolicy policy) {
        for (PeriodRow row : periods) {
            row.days.set(Integer.toString(policy.daysFor(row.kind)));
            row.problem.set("");
        }
    }

    private static HoldItem item(Hold h, LocalDate today) {
        String state = h.liftedAt() != null ? Texts.get("settings.hold.lifted")
                : h.activeOn(today) ? Texts.get("settings.hold.active") : Texts.get("settings.hold.ended");
        return new HoldItem(h.id(), h.alertId(), h.reason(), h.until().format(DATE), h.placedByName(), state,
                h.activeOn(today));
    }

    /** Checks every period; saves them when all are whole numbers from 1 to 365. */
    public boolean save() {
        notice.set("");
        RetentionPolicy policy = loaded;
        boolean ok = true;
        for (PeriodRow row : periods) {
            String problem = daysProblem(row.days.get());
            row.problem.set(problem == null ? "" : problem);
            if (problem == null) {
                policy = policy.with(row.kind, Integer.parseInt(row.days.get().strip()));
            } else {
                ok = false;
            }
        }
        if (!ok) {
            error.set(Texts.get("settings.error.invalid"));
            return false;
        }
        Actor by = actor.get();
        if (by == null) {
            error.set(Texts.get("settings.error.noOfficer"));
            return false;
        }
        RetentionPolicy toSave = policy;
        runner.run(() -> {
            retention.savePolicy(toSave, by);
            return toSave;
        }, saved -> {
            loaded = saved;
            error.set("");
            notice.set(Texts.get("settings.saved"));
        }, e -> error.set(Texts.get("settings.error.save", message(e))));
        return true;
    }

    /** Null when {@code text} is a valid number of days, else what is wrong, in Dutch. */
    public static String daysProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Texts.get("settings.days.empty");
        }
        try {
            int days = Integer.parseInt(t);
            return RetentionPolicy.isValid(days) ? null
                    : Texts.get("settings.days.range", RetentionPolicy.MIN_DAYS, RetentionPolicy.MAX_DAYS);
        } catch (NumberFormatException e) {
            return Texts.get("settings.days.range", RetentionPolicy.MIN_DAYS, RetentionPolicy.MAX_DAYS);
        }
    }

    /** Null when a hold with this reason and end date may be placed today, else what is wrong. */
    public static String holdProblem(String reason, LocalDate until, LocalDate today) {
        if (reason == null || reason.isBlank()) {
            return Texts.get("settings.hold.reasonMissing");
        }
        if (reason.strip().length() > RetentionService.MAX_REASON_LENGTH) {
            return Texts.get("settings.hold.reasonTooLong", RetentionService.MAX_REASON_LENGTH);
        }
        if (until == null || !until.isAfter(today)) {
            return Texts.get("settings.hold.untilInvalid");
        }
        return null;
    }

    public void liftHold(HoldItem item) {
        if (item == null || !item.active()) {
            return;
        }
        Actor by = actor.get();
        if (by == null) {
            error.set(Texts.get("settings.error.noOfficer"));
            return;
        }
        runner.run(() -> {
            retention.liftHold(item.holdId(), by);
            return item;
        }, lifted -> {
            notice.set(Texts.get("settings.hold.liftedNotice", lifted.alertId()));
            load();
        }, e -> error.set(Texts.get("settings.error.save", message(e))));
    }

    private static String message(Throwable e) {
        return StorageErrors.describe(e); // the details are in the log
    }

    public List<PeriodRow> periods() {
        return periods;
    }

    public ObservableList<HoldItem> holds() {
        return holds;
    }

    private ZoneSettingViewModel zone;

    /** The desk's time zone, shown in Instellingen when the desk offers it. */
    public SettingsViewModel useZone(ZoneSettingViewModel zoneSetting) {
        this.zone = zoneSetting;
        return this;
    }

    private AnchorPlaceViewModel anchorPlace;
    private ServerSettingViewModel server;

    /** The shared server, shown in Instellingen when the desk offers it. */
    public SettingsViewModel useServer(ServerSettingViewModel serverSetting) {
        this.server = serverSetting;
        return this;
    }

    /** The accounts section, for the teamchef (and for the first account of a log). */
    public SettingsViewModel useAccounts(AccountsViewModel accountsModel) {
        this.accounts = accountsModel;
        return this;
    }

    /** Null when this desk offers no account management. */
    public AccountsViewModel accounts() {
        return accounts;
    }

    /** Null when this desk offers no server choice. */
    public ServerSettingViewModel server() {
        return server;
    }

    /** The second place for the chain anchor, shown in Instellingen when the desk offers it. */
    public SettingsViewModel useAnchorPlace(AnchorPlaceViewModel place) {
        this.anchorPlace = place;
        return this;
    }

    /** Null when this desk offers no second anchor place. */
    public AnchorPlaceViewModel anchorPlace() {
        return anchorPlace;
    }

    /** Null when this desk offers no zone choice. */
    public ZoneSettingViewModel zone() {
        return zone;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
