package nl.meldtafel.ui.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.account.Role;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.OsAccount;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.officer.OfficerViewModel;

/**
 * "Accounts" in Instellingen, for the teamchef: who may sign in, a new account, a new password for one who
 * forgot it, an account switched off or on again. On a log without accounts the first one made here is a
 * teamchef. Every step runs through the {@link TaskRunner}; the service checks the role again.
 */
public final class AccountsViewModel {

    /** An account as the list shows it. */
    public record Item(Account account, String name, String number, String roles, String wijken, String state) {
    }

    private static final String ROLE = "accounts.role.";

    private final TaskRunner runner;
    private final AccountService accounts;
    private final Supplier<Actor> actor;
    private final Runnable firstMade;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final BooleanProperty allowed = new SimpleBooleanProperty(this, "allowed", true);
    private final BooleanProperty first = new SimpleBooleanProperty(this, "first", false);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.OPCO);
    private final StringProperty wijken = new SimpleStringProperty(this, "wijken", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final IntegerProperty idleHours = new SimpleIntegerProperty(this, "idleHours",
            (int) AccountService.DEFAULT_IDLE_SIGN_OUT.toHours());
    private java.util.function.Consumer<java.time.Duration> idleChanged = after -> { };
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** {@code firstMade}: run once the log's first account exists, so the desk asks for sign-in from then on. */
    public AccountsViewModel(TaskRunner runner, AccountService accounts, Supplier<Actor> actor, Runnable firstMade) {
        this.runner = runner;
        this.accounts = accounts;
        this.actor = actor;
        this.firstMade = firstMade;
    }

    /** The section is there only when {@code canManage}: a teamchef, or a log without accounts. */
    public AccountsViewModel useRights(ObservableBooleanValue canManage) {
        allowed.bind(canManage);
        return this;
    }

    private record Loaded(boolean any, List<Account> all, java.time.Duration idle) {
    }

    public void load() {
        runner.run(() -> new Loaded(accounts.anyAccount(), accounts.all(), accounts.idleSignOut()), loaded -> {
            first.set(!loaded.any());
            idleHours.set((int) Math.max(1, loaded.idle().toHours()));
            if (!loaded.any()) {
                role.set(Role.TEAMCHEF);
            }
            items.setAll(loaded.all().stream().map(AccountsViewModel::item).toList());
            error.set("");
        }, e -> error.set(Texts.get("accounts.error.load", StorageErrors.describe(e))));
    }

    private static Item item(Account a) {
        return new Item(a, a.officer().name(), a.officer().personnelNumber(),
                a.roles().stream().sorted().map(AccountsViewModel::roleName).collect(Collectors.joining(", ")),
                String.join(", ", a.wijken()), Texts.get(a.active() ? "accounts.active" : "accounts.inactive"));
    }

    public static String roleName(Role role) {
        return Texts.get(ROLE + role.name().toLowerCase(Locale.ROOT));
    }

    /** "Toevoegen": checks the form, then makes the account; the first of a log is a teamchef. */
    public void add() {
        notice.set("");
        String problem = formProblem();
        if (problem != null) {
            error.set(problem);
            if (passwordProblem(password.get()) != null) {
                password.set(""); // typed again in full: dots do not show what is left
            }
            return;
        }
        String newName = name.get().strip();
        String newNumber = number.get().strip();
        Role newRole = first.get() ? Role.TEAMCHEF : role.get();
        List<String> newWijken = Arrays.stream(wijken.get().split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        char[] typed = password.get().toCharArray();
        password.set("");
        Actor by = actor.get();
        boolean makingFirst = first.get();
        runner.run(() -> makingFirst ? accounts.createFirst(newName, newNumber, typed, OsAccount.current())
                : accounts.add(by, newName, newNumber, Set.of(newRole), newWijken, typed), made -> {
            name.set("");
            number.set("");
            wijken.set("");
            error.set("");
            notice.set(Texts.get(makingFirst ? "accounts.firstAdded" : "accounts.added", made.officer().name()));
            load();
            if (makingFirst) {
                firstMade.run();
            }
        }, e -> error.set(Texts.get("accounts.error.save", StorageErrors.describe(e))));
    }

    /** Null when the form will do, else what to fix, in Dutch. */
    String formProblem() {
        String n = OfficerViewModel.nameProblem(name.get());
        if (n != null) {
            return n;
        }
        String nr = OfficerViewModel.numberProblem(number.get());
        if (nr != null) {
            return nr;
        }
        if (!first.get() && actor.get() == null) {
            return Texts.get("accounts.problem.nobody");
        }
        return passwordProblem(password.get());
    }

    private static String passwordProblem(String typed) {
        if (typed == null || typed.strip().length() < PasswordHashing.MIN_LENGTH) {
            return Texts.get("accounts.problem.passwordShort", PasswordHashing.MIN_LENGTH);
        }
        return typed.length() > PasswordHashing.MAX_LENGTH ? Texts.get("accounts.problem.passwordLong") : null;
    }

    /** "Wachtwoord instellen": a forgotten password replaced; also lifts a lock. */
    public void resetPassword(Item item) {
        notice.set("");
        String problem = item == null ? Texts.get("accounts.problem.choose") : passwordProblem(newPassword.get());
        if (problem != null) {
            error.set(problem);
            return;
        }
        char[] typed = newPassword.get().toCharArray();
        newPassword.set("");
        Actor by = actor.get();
        runner.run(() -> {
            accounts.resetPassword(by, item.account().officer().id(), typed);
            return item;
        }, done -> {
            error.set("");
            notice.set(Texts.get("accounts.passwordSet", done.name()));
        }, e -> error.set(Texts.get("accounts.error.save", StorageErrors.describe(e))));
    }

    /** Lets the desk use a new idle period at once instead of at the next sign-in. */
    public AccountsViewModel onIdleChanged(java.util.function.Consumer<java.time.Duration> changed) {
        this.idleChanged = changed;
        return this;
    }

    /** "Opslaan" beside the idle period: every desk of the log signs out after that many hours without a key or click. */
    public void saveIdle() {
        notice.set("");
        Actor by = actor.get();
        if (by == null) {
            error.set(Texts.get("accounts.problem.nobody"));
            return;
        }
        int hours = idleHours.get();
        java.time.Duration after = java.time.Duration.ofHours(hours);
        runner.run(() -> {
            accounts.setIdleSignOut(by, after);
            return after;
        }, saved -> {
            error.set("");
            notice.set(Texts.get("accounts.idleSaved", hours));
            idleChanged.accept(saved);
        }, e -> error.set(Texts.get("accounts.error.save", StorageErrors.describe(e))));
    }

    /** The idle period in whole hours, 1 to 24. */
    public IntegerProperty idleHoursProperty() {
        return idleHours;
    }

    /** "Uitschakelen" or "Inschakelen": never deleted, the log refers to it. */
    public void toggleActive(Item item) {
        notice.set("");
        if (item == null) {
            error.set(Texts.get("accounts.problem.choose"));
            return;
        }
        Account a = item.account();
        Actor by = actor.get();
        runner.run(() -> accounts.change(by, a.officer().id(), a.roles(), a.wijken(), !a.active()), changed -> {
            error.set("");
            notice.set(Texts.get(changed.active() ? "accounts.activated" : "accounts.deactivated", item.name()));
            load();
        }, e -> error.set(Texts.get("accounts.error.save", StorageErrors.describe(e))));
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed;
    }

    /** True on a log without accounts: the form makes the first, a teamchef. */
    public ReadOnlyBooleanProperty firstProperty() {
        return first;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty wijkenProperty() {
        return wijken;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
