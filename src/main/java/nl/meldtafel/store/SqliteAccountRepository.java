package nl.meldtafel.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.meldtafel.account.Role;

/** Accounts in the desk's SQLite file. */
final class SqliteAccountRepository extends JdbcAccountRepository {

    private final Database db;
    // "no accounts" read in a write transaction holds until it ends: no other connection writes meanwhile,
    // and an insert of this one forgets it. A demo's transaction asks at every step, thousands of times
    private long noneIn;

    SqliteAccountRepository(Database db) {
        this.db = db;
    }

    @Override
    protected <T> T read(String action, Work<T> work) {
        return db.read(action, work::run);
    }

    @Override
    protected <T> T write(String action, Work<T> work) {
        return db.write(action, work::run);
    }

    @Override
    public boolean anyExists() {
        return db.read("Could not read the accounts", c -> {
            long transaction = db.writeTransaction();
            if (transaction != 0 && transaction == noneIn) {
                return false;
            }
            boolean any = AccountRows.anyExists(c);
            noneIn = any ? 0 : transaction;
            return any;
        });
    }

    @Override
    public void insert(long officerId, Set<Role> roles, List<String> wijken, String passwordHash, Instant at) {
        db.write("Could not save the account", c -> {
            noneIn = 0;
            AccountRows.insert(c, officerId, roles, wijken, passwordHash, at);
            return null;
        });
    }
}
