package nl.meldtafel.store.postgres;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountRepository;
import nl.meldtafel.account.Role;
import nl.meldtafel.account.StoredAccount;
import nl.meldtafel.store.AccountRows;
import nl.meldtafel.team.TeamScope;

/** Accounts on the server; a desk lists those of the team it shows. */
final class PostgresAccountRepository implements AccountRepository {

    private final PgTransactor tx;
    private final TeamScope scope;

    PostgresAccountRepository(PgTransactor tx, TeamScope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    @Override
    public Optional<StoredAccount> find(long officerId) {
        return tx.run("Could not load the account", c -> AccountRows.find(c, officerId));
    }

    @Override
    public List<Account> all() {
        return tx.run("Could not list the accounts", c -> AccountRows.all(c, PgJdbc.shownTeamOnly(scope, "o.team_id")));
    }

    @Override
    public boolean anyExists() {
        return tx.run("Could not read the accounts", AccountRows::anyExists);
    }

    @Override
    public void insert(long officerId, Set<Role> roles, List<String> wijken, String passwordHash, Instant at) {
        tx.run("Could not save the account", c -> {
            AccountRows.insert(c, officerId, roles, wijken, passwordHash, at);
            return null;
        });
    }

    @Override
    public void update(long officerId, Set<Role> roles, List<String> wijken, boolean active) {
        tx.run("Could not change the account", c -> {
            AccountRows.update(c, officerId, roles, wijken, active);
            return null;
        });
    }

    @Override
    public void setPassword(long officerId, String passwordHash) {
        tx.run("Could not save the password", c -> {
            AccountRows.setPassword(c, officerId, passwordHash);
            return null;
        });
    }

    @Override
    public void setFailures(long officerId, int failedTries, Instant lockedUntil) {
        tx.run("Could not record the sign-in", c -> {
            AccountRows.setFailures(c, officerId, failedTries, lockedUntil);
            return null;
        });
    }
}
