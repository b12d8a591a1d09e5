package nl.meldtafel.store;

/** Accounts in the desk's SQLite file. */
final class SqliteAccountRepository extends JdbcAccountRepository {

    private final Database db;

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
}
