package nl.meldtafel.ui.officer;

import nl.meldtafel.account.SignInResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Wie zit er aan de meldtafel?": pick a known officer (the last one preselected) or add one. Nothing
 * is sent without an officer, so the desk asks on start and whenever the officer wants to switch.
 */
public final class OfficerViewModel {

    static final int MAX_NAME = 80;
    static final int MIN_NUMBER = 4;
    static final int MAX_NUMBER = 10;

    private final ReadOnlyObjectWrapper<SignInResult.SignedIn> lastSignIn = new ReadOnlyObjectWrapper<>(this, "lastSignIn");
    private final TaskRunner runner;
    private final OfficerService register;
    private final LastOfficerSetting lastOfficer;
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<Officer> officersView = FXCollections.unmodifiableObservableList(officers);
    private final ObjectProperty<Officer> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Officer> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper rememberProblem = new ReadOnlyStringWrapper(this, "rememberProblem");
    private final ReadOnlyBooleanWrapper signInRequired = new ReadOnlyBooleanWrapper(this, "signInRequired");
    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final AccountService accounts;
    private final SignInViewModel signIn;
    private static final Logger LOG = LoggerFactory.getLogger(OfficerViewModel.class);
    private final StringBinding nameProblem;
    private final StringBinding numberProblem;
    private final BooleanBinding canAdd;
    private final BooleanBinding canChoose;

    /** A desk whose log has no accounts yet: the officer says who he is. */
    public OfficerViewModel(TaskRunner runner, OfficerService officers, LastOfficerSetting lastOfficer) {
        this(runner, officers, lastOfficer, null, ZoneId.systemDefault());
    }

    /** Once {@code accounts} has any, the question becomes a sign-in with personnel number and password. */
    public OfficerViewModel(TaskRunner runner, OfficerService officers, LastOfficerSetting lastOfficer, AccountService accounts,
                            ZoneId zone) {
        this.runner = runner;
        this.accounts = accounts;
        this.signIn = accounts == null ? null : new SignInViewModel(runner, accounts, zone, this::signedIn);
        this.register = officers;
        this.lastOfficer = lastOfficer;
        nameProblem = Bindings.createStringBinding(() -> nameProblem(name.get()), name);
        numberProblem = Bindings.createStringBinding(() -> numberProblem(number.get()), number);
        canAdd = nameProblem.isNull().and(numberProblem.isNull());
        canChoose = selected.isNotNull();
    }

    /**
     * Before the database is open: the officer who sat here last may already send, so a heterdaad
     * never waits for the start-up; the question "Wie zit er aan de meldtafel?" follows once it is open.
     */
    public void assumeLastOfficer(Optional<Officer> last) {
        if (current.get() == null) {
            last.ifPresent(current::set);
        }
    }

    /** Null when the name will do, else what to fix. */
    public static String nameProblem(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Texts.get("officer.problem.nameEmpty");
        }
        if (v.length() > MAX_NAME) {
            return Texts.get("officer.problem.nameLong", MAX_NAME);
        }
        if (v.codePoints().noneMatch(Character::isLetter)) {
            return Texts.get("officer.problem.nameLetters");
        }
        return null;
    }

    /** Null when the personnel number will do, else what to fix. */
    public static String numberProblem(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Texts.get("officer.problem.numberEmpty");
        }
        if (!v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Texts.get("officer.problem.numberDigits");
        }
        if (v.length() < MIN_NUMBER || v.length() > MAX_NUMBER) {
            return Texts.get("officer.problem.numberLength", MIN_NUMBER, MAX_NUMBER);
        }
        return null;
    }

    private record Known(List<Officer> officers, Optional<String> last, boolean signIn) {
    }

    /** Loads the known officers and asks who is at the desk, the last officer selected. */
    public void ask() {
        error.set(null);
        runner.run(() -> {
            boolean signIn = accounts != null && accounts.anyAccount();
            // a sign-in offers no list of names: only the choice reads them
            return new Known(signIn ? List.of() : register.all(), lastOfficer.number(), signIn);
        }, known -> {
            signInRequired.set(known.signIn());
            if (known.signIn()) {
                Officer now = current.get();
                signIn.reset(now != null ? now.personnelNumber() : known.last().orElse(""));
                asking.set(true);
                return;
            }
            List<Officer> ordered = new ArrayList<>(known.officers());
            Officer last = ordered.stream().filter(o -> known.last().map(o.personnelNumber()::equals).orElse(false))
                    .findFirst().orElse(null);
            ordered.sort(Comparator.comparing((Officer o) -> o != last).thenComparing(Officer::name, String.CASE_INSENSITIVE_ORDER));
            officers.setAll(ordered);
            Officer now = current.get();
            selected.set(now != null ? ordered.stream().filter(o -> o.id() == now.id()).findFirst().orElse(last)
                    : last != null ? last : ordered.isEmpty() ? null : ordered.get(0));
            asking.set(true);
        }, e -> {
            error.set(Texts.get("officer.error.load", StorageErrors.describe(e)));
            asking.set(true);
        });
    }

    /** "Kies": the selected officer takes the desk. */
    public void choose() {
        Officer officer = selected.get();
        if (officer != null) {
            take(officer);
        }
    }

    /** "Toevoegen": registers the officer (a known personnel number gets the new name) and takes the desk. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String newName = name.get().strip();
        String newNumber = number.get().strip();
        error.set(null);
        runner.run(() -> register.register(newName, newNumber), officer -> {
            name.set("");
            number.set("");
            take(officer);
        }, e -> error.set(Texts.get("officer.error.save", StorageErrors.describe(e))));
    }

    private void signedIn(SignInResult.SignedIn in) {
        account.set(in.account());
        take(in.account().officer());
        lastSignIn.set(in);
    }

    /** The last good sign-in, with the one before it: a wijkagent's shift starts with it (set anew each time). */
    public ReadOnlyObjectProperty<SignInResult.SignedIn> lastSignInProperty() {
        return lastSignIn.getReadOnlyProperty();
    }

    private void take(Officer officer) {
        current.set(officer);
        asking.set(false);
        runner.run(() -> {
            lastOfficer.save(officer);
            return officer;
        }, saved -> rememberProblem.set(null), e -> {
            // the next start's choice and sending before the database opens depend on it: say so, never silently
            LOG.warn("Could not save the last officer in the desk settings", e);
            rememberProblem.set(Texts.get("officer.error.remember", StorageErrors.describe(e)));
        });
    }

    /** Why the officer at the desk could not be remembered for the next start, or null. */
    public ReadOnlyStringProperty rememberProblemProperty() {
        return rememberProblem.getReadOnlyProperty();
    }

    /**
     * Closes the question; the desk stays with the officer it had (possibly none). Where signing in is
     * required, an officer only assumed from the last start, not signed in, does not stay.
     */
    public void cancel() {
        if (signInRequired.get() && account.get() == null) {
            current.set(null);
        }
        asking.set(false);
    }

    /**
     * Whether the officer at the desk may take steps needing {@code permission}: always on a log without
     * accounts, else by the roles of the account signed in. The services check the same; this lets a screen
     * show a step as absent or disabled, with the reason, instead of refusing it after the click.
     */
    public BooleanBinding allows(Permission permission) {
        return Bindings.createBooleanBinding(() -> !signInRequired.get()
                || (account.get() != null && account.get().may(permission)), signInRequired, account);
    }

    /** Ends the signed-in officer's turn at the desk (an idle shift) and asks who signs in next. */
    public void signOut() {
        account.set(null);
        current.set(null);
        ask();
    }

    /** Whether the question is a sign-in: the log has accounts. */
    public ReadOnlyBooleanProperty signInRequiredProperty() {
        return signInRequired.getReadOnlyProperty();
    }

    /** The sign-in, or null on a desk built without accounts. */
    public SignInViewModel signIn() {
        return signIn;
    }

    /** The account signed in at the desk; null before, and on a log without accounts. */
    public ReadOnlyObjectProperty<Account> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public static String display(Officer officer) {
        return officer == null ? null : Texts.get("officer.display", officer.name(), officer.personnelNumber());
    }

    public ObservableList<Officer> officers() {
        return officersView;
    }

    public ObjectProperty<Officer> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Officer> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while the question is open; the view shows and hides its dialog with it. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringBinding nameProblemProperty() {
        return nameProblem;
    }

    public StringBinding numberProblemProperty() {
        return numberProblem;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canChooseProperty() {
        return canChoose;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
