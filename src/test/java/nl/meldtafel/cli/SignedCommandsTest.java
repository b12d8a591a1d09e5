package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.account.Role;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On this PC: a command that changes the log acts --as someone once it has accounts, and one that only reads
 * needs the OS account that owns the data folder, no password.
 */
class SignedCommandsTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    private DefaultDataFolder folders() {
        return () -> DataFolder.defaultFolder(java.util.Map.of(), "Linux", dir);
    }

    private Path logWithAccounts() {
        Path data = dir.resolve("data");
        try (Storage s = Storage.open(data, clock)) {
            AccountService accounts = s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            Actor chef = Actor.of(accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc").officer());
            accounts.add(chef, "J. Jansen", "100300", Set.of(Role.OPCO), List.of(), "Opco-wachtwoord".toCharArray());
        }
        return data;
    }

    @Test
    void aRetentionRunOnALogWithAccountsIsRunAsATeamchefAndOnlyTheOneWhoSignsCounts() {
        Path data = logWithAccounts();
        RetentionRunCommand command = new RetentionRunCommand(folders(), clock);

        CommandRun nobody = CommandRun.run(command, "--data-dir", data.toString());
        assertEquals(2, nobody.exit(), nobody.toString());
        assertTrue(nobody.err().contains("--as"), nobody.err());
        CommandRun opco = CommandRun.withStdin(command, "Opco-wachtwoord\n", "--data-dir", data.toString(), "--as", "100300");
        assertEquals(1, opco.exit(), opco.toString());
        assertTrue(opco.err().contains("100300 may not do this"), opco.err());
        CommandRun wrong = CommandRun.withStdin(command, "geraden\n", "--data-dir", data.toString(), "--as", "100200");
        assertEquals(1, wrong.exit(), wrong.toString());
        assertTrue(wrong.err().contains("number or password wrong"), wrong.err());
        CommandRun chef = CommandRun.withStdin(command, "Teamchef-2026\n", "--data-dir", data.toString(), "--as", "100200");
        assertEquals(0, chef.exit(), chef.toString());
        assertTrue(chef.out().contains("Nothing to redact."), chef.out());
        try (Storage s = Storage.open(data, clock)) {
            assertEquals(1, s.audit().entriesAfter(0, 100).stream().filter(e -> e.record().event() == AuditEvent.SIGN_IN_FAILED)
                    .count(), "the wrong password is in the chain");
        }
    }

    @Test
    void readingOrSendingTheLogFromThisPcNeedsNoPasswordButTheOsAccountThatOwnsTheDataFolder() throws IOException {
        Path data = logWithAccounts();
        Path csv = dir.resolve("log.csv");
        CommandRun mine = CommandRun.run(new LogExportCommand(folders(), clock), "--out", csv.toString(), "--data-dir", data.toString());
        assertEquals(0, mine.exit(), mine.toString());

        // another OS account than the folder's owner runs the commands
        String owner = Files.getOwner(data).getName();
        LogExportCommand export = new LogExportCommand(folders(), clock);
        export.osAccount = () -> "iemand-anders";
        CommandRun exported = CommandRun.run(export, "--out", csv.toString(), "--data-dir", data.toString());
        assertEquals(1, exported.exit(), exported.toString());
        assertTrue(exported.err().contains("belongs to " + owner + "; run this as that account (you are iemand-anders)"),
                exported.err());
        LogVerifyCommand verify = new LogVerifyCommand(folders(), clock);
        verify.osAccount = () -> "iemand-anders";
        CommandRun verified = CommandRun.run(verify, "--data-dir", data.toString());
        assertEquals(2, verified.exit(), "not allowed is not 'broken': " + verified);
        assertTrue(verified.err().contains("belongs to " + owner), verified.err());
        ServerImportCommand moveUp = new ServerImportCommand(folders(), clock);
        moveUp.osAccount = () -> "iemand-anders";
        CommandRun movedUp = CommandRun.run(moveUp, "--from-data-dir", data.toString(),
                "--database", "postgresql://postgres@127.0.0.1:1/meldtafel");
        assertEquals(1, movedUp.exit(), "refused before any server is asked: " + movedUp);
        assertTrue(movedUp.err().contains("belongs to " + owner), movedUp.err());
    }
}
