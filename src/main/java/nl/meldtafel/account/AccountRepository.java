package nl.meldtafel.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storage of accounts, one per officer at most. Callers combine calls in one step through a Transactor. */
public interface AccountRepository {

    Optional<StoredAccount> find(long officerId);

    /** Every account, active or not, by name: the officers of this desk's team on a server. */
    List<Account> all();

    /** Whether the log has any account yet: the first one made is a teamchef. */
    boolean anyExists();

    /**
     * As {@link #anyExists}, inside the step that makes the first account: until that step ends, another desk
     * asking the same waits, so two desks making "the first" at once make one teamchef, not two.
     */
    boolean anyExistsForFirst();

    void insert(long officerId, Set<Role> roles, List<String> wijken, String passwordHash, Instant at);

    void update(long officerId, Set<Role> roles, List<String> wijken, boolean active);

    /** A new password; wrong tries and a lock are cleared with it. */
    void setPassword(long officerId, String passwordHash);

    void setFailures(long officerId, int failedTries, Instant lockedUntil);

    /** A good sign-in at {@code at}: wrong tries and a lock are cleared. */
    void signedIn(long officerId, Instant at);

    /** How long an idle desk stays signed in, as the teamchef set it; empty until he does. */
    Optional<java.time.Duration> idleSignOut();

    void saveIdleSignOut(java.time.Duration after, long officerId, Instant at);
}
