package nl.meldtafel.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountRepository;
import nl.meldtafel.account.Role;
import nl.meldtafel.account.StoredAccount;

/** Accounts in the desk's SQLite file. */
final class SqliteAccountRepository implements AccountRepository {

    private final Database db;

    SqliteAccountRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<StoredAccount> find(long officerId) {
        return db.read("Could not load the account", c -> AccountRows.find(c, officerId));
    }

    @Override
    public List<Account> all() {
        return db.read("Could not list the accounts", c -> AccountRows.all(c, ""));
    }

    @Override
    public boolean anyExists() {
        return db.read("Could not read the accounts", AccountRows::anyExists);
    }

    @Override
    public void insert(long officerId, Set<Role> roles, List<String> wijken, String passwordHash, Instant at) {
        db.write("Could not save the account", c -> {
            AccountRows.insert(c, officerId, roles, wijken, passwordHash, at);
            return null;
        });
    }

    @Override
    public void update(long officerId, Set<Role> roles, List<String> wijken, boolean active) {
        db.write("Could not change the account", c -> {
            AccountRows.update(c, officerId, roles, wijken, active);
            return null;
        });
    }

    @Override
    public void setPassword(long officerId, String passwordHash) {
        db.write("Could not save the password", c -> {
            AccountRows.setPassword(c, officerId, passwordHash);
            return null;
        });
    }

    @Override
    public void setFailures(long officerId, int failedTries, Instant lockedUntil) {
        db.write("Could not record the sign-in", c -> {
            AccountRows.setFailures(c, officerId, failedTries, lockedUntil);
            return null;
        });
    }
}
