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

    @Override
    protected String teamFilter() {
        return PgJdbc.shownTeamOnly(scope, "o.team_id");
    }
}
