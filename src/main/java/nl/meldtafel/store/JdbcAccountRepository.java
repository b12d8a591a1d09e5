package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountRepository;
import nl.meldtafel.account.Role;
import nl.meldtafel.account.StoredAccount;

/** Accounts with the same SQL on both backends ({@link AccountRows}); a backend says how work reaches its connection. */
public abstract class JdbcAccountRepository implements AccountRepository {

    /** A piece of JDBC work on the connection the backend gives it. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    protected abstract <T> T read(String action, Work<T> work);

    protected abstract <T> T write(String action, Work<T> work);

    /** An SQL condition on {@code o.team_id} to AND into the list of accounts, or "" for all. */
    protected String teamFilter() {
        return "";
    }

    @Override
    public Optional<StoredAccount> find(long officerId) {
        return read("Could not load the account", c -> AccountRows.find(c, officerId));
    }

    @Override
    public List<Account> all() {
        return read("Could not list the accounts", c -> AccountRows.all(c, teamFilter()));
    }

    @Override
    public boolean anyExists() {
        return read("Could not read the accounts", AccountRows::anyExists);
    }

    /** The desk's SQLite file has one writer at a time already; a server needs a lock (see the PostgreSQL one). */
    @Override
    public boolean anyExistsForFirst() {
        return write("Could not read the accounts", AccountRows::anyExists);
    }

    @Override
    public void insert(long officerId, Set<Role> roles, List<String> wijken, String passwordHash, Instant at) {
        write("Could not save the account", c -> {
            AccountRows.insert(c, officerId, roles, wijken, passwordHash, at);
            return null;
        });
    }

    @Override
    public void update(long officerId, Set<Role> roles, List<String> wijken, boolean active) {
        write("Could not change the account", c -> {
            AccountRows.update(c, officerId, roles, wijken, active);
            return null;
        });
    }

    @Override
    public void setPassword(long officerId, String passwordHash) {
        write("Could not save the password", c -> {
            AccountRows.setPassword(c, officerId, passwordHash);
            return null;
        });
    }

    @Override
    public void setFailures(long officerId, int failedTries, Instant lockedUntil) {
        write("Could not record the sign-in", c -> {
            AccountRows.setFailures(c, officerId, failedTries, lockedUntil);
            return null;
        });
    }

    @Override
    public void signedIn(long officerId, Instant at) {
        write("Could not record the sign-in", c -> {
            AccountRows.signedIn(c, officerId, at);
            return null;
        });
    }

    @Override
    public Optional<java.time.Duration> idleSignOut() {
        return read("Could not read the idle sign-out", AccountRows::idleSignOut);
    }

    @Override
    public void saveIdleSignOut(java.time.Duration after, long officerId, Instant at) {
        write("Could not save the idle sign-out", c -> {
            AccountRows.saveIdleSignOut(c, after, officerId, at);
            return null;
        });
    }
}
