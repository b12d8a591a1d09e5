package nl.meldtafel.account;

import java.time.Instant;

/** How a sign-in went; the desk words each case for the officer. */
public sealed interface SignInResult {

    /** Signed in; {@code previousSignIn} is the one before (the end of his last shift, roughly), null the first time. */
    record SignedIn(Account account, Instant previousSignIn) implements SignInResult {
    }

    /** Number or password wrong; the desk does not say which, only how many tries are left. */
    record Refused(int triesLeft) implements SignInResult {
    }

    /** Too many wrong tries: no sign-in until then, not even with the right password. */
    record Locked(Instant until) implements SignInResult {
    }

    /** The account was deactivated by a teamchef. */
    record Deactivated() implements SignInResult {
    }
}
