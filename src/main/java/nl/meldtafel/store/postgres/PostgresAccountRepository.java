package nl.meldtafel.store.postgres;

import nl.meldtafel.store.JdbcAccountRepository;
import nl.meldtafel.team.TeamScope;

/** Accounts on the server; a desk lists those of the team it shows. */
final class PostgresAccountRepository extends JdbcAccountRepository {

    private final PgTransactor tx;
    private final TeamScope scope;

    PostgresAccountRepository(PgTransactor tx, TeamScope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    @Override
    protected <T> T read(String action, Work<T> work) {
        return tx.run(action, work::run);
    }

    @Override
    protected <T> T write(String action, Work<T> work) {
        return tx.run(action, work::run);
    }

    /** A lock held to the end of the transaction: the second desk reads after the first one's account is there. */
    @Override
    public boolean anyExistsForFirst() {
        return write("Could not read the accounts", c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(hashtext('meldtafel_first_account'))");
            }
            return nl.meldtafel.store.AccountRows.anyExists(c);
        });
    }

    @Override
    protected String teamFilter() {
        return PgJdbc.shownTeamOnly(scope, "o.team_id");
    }
}
