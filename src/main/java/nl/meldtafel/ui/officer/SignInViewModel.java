package nl.meldtafel.ui.officer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.SignInResult;
import nl.meldtafel.alert.OsAccount;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * Signing in at the desk once the log has accounts: personnel number (the last officer's already filled
 * in) and password. The password field is emptied after every try; the check runs off the FX thread.
 */
public final class SignInViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final TaskRunner runner;
    private final AccountService accounts;
    private final ZoneId zone;
    private final Consumer<SignInResult.SignedIn> signedIn;
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canSignIn;

    public SignInViewModel(TaskRunner runner, AccountService accounts, ZoneId zone, Consumer<SignInResult.SignedIn> signedIn) {
        this.runner = runner;
        this.accounts = accounts;
        this.zone = zone;
        this.signedIn = signedIn;
        canSignIn = number.isNotEmpty().and(password.isNotEmpty()).and(busy.not());
    }

    /** A fresh question: the number to offer, no password, no error from last time. */
    void reset(String lastNumber) {
        number.set(lastNumber == null ? "" : lastNumber);
        password.set("");
        error.set(null);
    }

    /** "Aanmelden" or Enter in the password field. */
    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        String typedNumber = number.get().strip();
        char[] typed = password.get().toCharArray();
        password.set("");
        busy.set(true);
        error.set(null);
        runner.run(() -> accounts.signIn(typedNumber, typed, OsAccount.current()), result -> {
            busy.set(false);
            if (result instanceof SignInResult.SignedIn in) {
                signedIn.accept(in);
            } else {
                error.set(describe(result));
            }
        }, e -> {
            busy.set(false);
            error.set(Texts.get("signin.error.storage", StorageErrors.describe(e)));
        });
    }

    private String describe(SignInResult result) {
        if (result instanceof SignInResult.Refused refused) {
            return Texts.get("signin.refused", refused.triesLeft());
        }
        if (result instanceof SignInResult.Locked locked) {
            return Texts.get("signin.locked", TIME.format(locked.until().atZone(zone)));
        }
        return Texts.get("signin.deactivated");
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }
}
