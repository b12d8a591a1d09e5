package nl.meldtafel.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.NotAllowedException;
import nl.meldtafel.account.Role;
import nl.meldtafel.account.WeakPasswordException;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.OsAccount;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code officer add NUMBER --name NAME --role ROLE}: an account. The first of a log is a teamchef and needs
 * no one to sign for it; every later one is added {@code --as} a teamchef. Passwords never come from the
 * command line (it shows in the process list): the teamchef's from MELDTAFEL_PASSWORD or the first line of
 * input, then the new account's from the next line.
 */
@picocli.CommandLine.Command(
        customSynopsis = "officer add NUMBER --name NAME --role ROLE... [--wijk W]... [--as NUMBER]",
        description = {"give an officer an account (roles opco, wijkagent, teamchef, beheer) in the log of --data-dir "
                + "or --database: the first is a teamchef, later ones are added --as one; exit 0 added, 1 refused, 2 usage",
                "Reads the teamchef's password from MELDTAFEL_PASSWORD or the first line of input, then the new "
                        + "account's password (at least 8 characters) from the next line."})
public final class OfficerAddCommand extends AdminCommand {

    @Mixin
    private DataDirOption data;
    @Parameters(index = "0", paramLabel = "NUMBER")
    private String number;
    @Option(names = "--name", required = true, paramLabel = "NAME")
    private String name;
    @Option(names = "--role", required = true, paramLabel = "ROLE")
    private List<String> roles = new ArrayList<>();
    @Option(names = "--wijk", paramLabel = "WIJK")
    private List<String> wijken = new ArrayList<>();
    @Option(names = "--as", paramLabel = "NUMBER")
    private String as;
    private final Clock clock;

    public OfficerAddCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("officer", "add");
    }

    @Override
    public Integer call() {
        Set<Role> wanted = roles();
        try (Storage storage = data.openExisting(clock, io.err())) {
            if (storage == null) {
                return 1;
            }
            AccountService accounts = storage.accounts();
            PasswordInput input = new PasswordInput(io);
            Account made;
            if (!accounts.anyAccount()) {
                if (!wanted.equals(EnumSet.of(Role.TEAMCHEF))) {
                    io.err().println("The first account of a log is a teamchef: give --role teamchef, then add the others --as it.");
                    return 1;
                }
                made = accounts.createFirst(name, number, input.read("Password for " + number), OsAccount.current());
            } else {
                Actor by = actingAs(accounts, as, data.environment(), input, "add one --as a teamchef's personnel number",
                        Permission.ACCOUNTS).orElseThrow();
                made = accounts.add(by, name, number, wanted, wijken, input.read("Password for " + number));
            }
            io.out().println("Account added: " + made.officer().name() + " (" + made.officer().personnelNumber() + "), "
                    + made.facts().roles().stream().map(r -> r.toLowerCase(Locale.ROOT)).toList()
                    + (made.wijken().isEmpty() ? "" : ", wijken " + made.wijken()) + ".");
            return 0;
        } catch (WeakPasswordException e) {
            io.err().println("Password refused: " + (e.reason() == WeakPasswordException.Reason.TOO_SHORT
                    ? "at least 8 characters" : "too long") + ". Nothing was written.");
            return 1;
        } catch (NotAllowedException e) {
            io.err().println(as + " may not add accounts (a teamchef may). Nothing was written.");
            return 1;
        } catch (IllegalArgumentException | IllegalStateException | StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }

    private Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles) {
            try {
                set.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw usageError("no role '" + r + "': opco, wijkagent, teamchef or beheer");
            }
        }
        return set;
    }
}
