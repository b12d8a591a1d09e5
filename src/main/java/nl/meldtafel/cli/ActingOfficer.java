package nl.meldtafel.cli;

import java.util.Map;
import java.util.Optional;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.SignInResult;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.OsAccount;
import nl.meldtafel.alert.Permission;

/**
 * Who a command that changes the log acts as. A log without accounts works as before; once it has any, the
 * command signs in {@code --as NUMBER} with the password from MELDTAFEL_PASSWORD (for scheduled jobs) or the
 * first line of input, and that account's roles must allow the step.
 */
final class ActingOfficer {

    static final String PASSWORD_ENV = "MELDTAFEL_PASSWORD";

    /** How signing in went; {@link Signed#actor} is empty on a log without accounts. */
    sealed interface Outcome {
    }

    record Signed(Optional<Actor> actor) implements Outcome {
    }

    record NoOneNamed() implements Outcome {
    }

    record Refused(String why) implements Outcome {
    }

    private ActingOfficer() {
    }

    /** Signs in {@code as} once the log has accounts; the account must have one of {@code anyOf}. */
    static Outcome signIn(AccountService accounts, String as, Map<String, String> env, PasswordInput input, Permission... anyOf) {
        if (!accounts.anyAccount()) {
            return new Signed(Optional.empty());
        }
        if (as == null) {
            return new NoOneNamed();
        }
        String given = env.get(PASSWORD_ENV);
        SignInResult result = accounts.signIn(as, given != null ? given.toCharArray() : input.read("Password of " + as),
                OsAccount.current());
        if (!(result instanceof SignInResult.SignedIn in)) {
            return new Refused("Not signed in as " + as + ": " + describe(result) + ". Nothing was done.");
        }
        Account account = in.account();
        if (java.util.Arrays.stream(anyOf).noneMatch(account::may)) {
            return new Refused(as + " may not do this (" + anyOf[0].name().toLowerCase(java.util.Locale.ROOT)
                    + "; a teamchef may). Nothing was done.");
        }
        return new Signed(Optional.of(new Actor(account.officer(), OsAccount.current())));
    }

    /**
     * Whether this OS account may read the log in {@code folder} without signing in: only the account that owns
     * the folder (the desk's own user, or the job set up for it). The reason when not.
     */
    static Optional<String> notOwner(java.nio.file.Path folder, String me) {
        try {
            String owner = java.nio.file.Files.getOwner(folder).getName();
            // Windows names the owner DOMAIN, a backslash, then the user
            String ownerName = owner.substring(owner.lastIndexOf('\\') + 1);
            return ownerName.equalsIgnoreCase(me) ? Optional.empty() : Optional.of("The log in " + folder + " belongs to "
                    + owner + "; run this as that account (you are " + me + "). Nothing was read.");
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return Optional.of("Could not tell who owns " + folder + " (" + e.getMessage() + "). Nothing was read.");
        }
    }

    private static String describe(SignInResult result) {
        if (result instanceof SignInResult.Locked locked) {
            return "the account is locked until " + locked.until() + " after too many wrong passwords";
        }
        if (result instanceof SignInResult.Deactivated) {
            return "the account is deactivated";
        }
        return "number or password wrong";
    }
}
