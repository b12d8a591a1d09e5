package nl.meldtafel.account;

import java.time.Instant;

/**
 * An account as stored: with what signing in checks, which never leaves the account service.
 *
 * @param lastSignedInAt the last good sign-in; null before the first
 */
public record StoredAccount(Account account, String passwordHash, int failedTries, Instant lockedUntil, Instant lastSignedInAt) {
}
