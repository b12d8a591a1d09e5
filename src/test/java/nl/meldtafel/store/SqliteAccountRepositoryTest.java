package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.meldtafel.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccountRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void noAccountsHoldsForTheRestOfAWriteTransactionTillItsOwnInsertAndTheNextAsksAgain() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        try (Database db = Database.open(file)) {
            SqliteAccountRepository accounts = new SqliteAccountRepository(db);
            Fixtures.exec(file, "INSERT INTO officer (id, name, personnel_number, created_at) VALUES (1, 'K. de Boer', '100200', 0)",
                    "INSERT INTO officer (id, name, personnel_number, created_at) VALUES (2, 'J. Jansen', '100300', 0)");

            db.write("test", c -> {
                assertFalse(accounts.anyExists());
                assertFalse(accounts.anyExists());
                accounts.insert(1, Set.of(Role.TEAMCHEF), List.of(), "hash", Instant.EPOCH);
                assertTrue(accounts.anyExists(), "its own insert is seen at once");
                return null;
            });
        }
        try (Database db = Database.open(dir.resolve("other.db"))) {
            SqliteAccountRepository accounts = new SqliteAccountRepository(db);
            Path other = dir.resolve("other.db");
            Fixtures.exec(other, "INSERT INTO officer (id, name, personnel_number, created_at) VALUES (1, 'K. de Boer', '100200', 0)");
            db.write("test", c -> {
                assertFalse(accounts.anyExists());
                return null;
            });
            // between two transactions another program (or, on a shared file, another desk) adds the first
            Fixtures.exec(other, "INSERT INTO account (officer_id, roles, wijken, active, password_hash, failed_tries, created_at) "
                    + "VALUES (1, 'TEAMCHEF', '[]', 1, 'hash', 0, 0)");
            db.write("test", c -> {
                assertTrue(accounts.anyExists(), "a new write transaction asks again");
                return null;
            });
        }
    }
}
