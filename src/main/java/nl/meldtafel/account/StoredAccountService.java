package nl.meldtafel.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.AuditRecords;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.alert.Transactor;

/** The accounts in the log, each change and each failed sign-in chained in the same transaction. */
public final class StoredAccountService implements AccountService {

    public static final Duration LOCK = Duration.ofMinutes(5);

    private final Transactor tx;
    private final AccountRepository accounts;
    private final OfficerService officers;
    private final AuditLog audit;
    private final PasswordHashing hashing;
    private final Clock clock;
    private String dummy;

    public StoredAccountService(Transactor tx, AccountRepository accounts, OfficerService officers, AuditLog audit,
                                PasswordHashing hashing, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.officers = officers;
        this.audit = audit;
        this.hashing = hashing;
        this.clock = clock;
    }

    @Override
    public boolean anyAccount() {
        return accounts.anyExists();
    }

    @Override
    public Account createFirst(String name, String personnelNumber, char[] password, String osAccount) {
        String hash = hashed(password);
        return tx.inTransaction("Could not make the first account", () -> {
            if (accounts.anyExistsForFirst()) {
                throw new IllegalStateException("The log has accounts already: a teamchef adds the others");
            }
            Officer officer = officers.register(name, personnelNumber);
            Account made = insert(officer, Set.of(Role.TEAMCHEF), List.of(), hash);
            audit.append(AuditRecords.accountCreated(officer, made.facts(), clock.instant(), null, osAccount));
            return made;
        });
    }

    @Override
    public Account add(Actor by, String name, String personnelNumber, Set<Role> roles, List<String> wijken, char[] password) {
        require(by, Permission.ACCOUNTS); // before the slow hash; again inside the step, as the rights may change
        List<String> cleanWijken = wijken(wijken);
        String hash = hashed(password);
        return tx.inTransaction("Could not add the account of " + name, () -> {
            require(by, Permission.ACCOUNTS);
            Officer officer = officers.register(name, personnelNumber);
            if (accounts.find(officer.id()).isPresent()) {
                throw new IllegalArgumentException("Personnel number " + officer.personnelNumber() + " has an account already");
            }
            Account made = insert(officer, roles, cleanWijken, hash);
            audit.append(AuditRecords.accountCreated(officer, made.facts(), clock.instant(), by.officer(), by.osAccount()));
            return made;
        });
    }

    private Account insert(Officer officer, Set<Role> roles, List<String> wijken, String hash) {
        Account made = new Account(officer, roles, wijken, true);
        accounts.insert(officer.id(), made.roles(), made.wijken(), hash, clock.instant());
        return made;
    }

    @Override
    public Account change(Actor by, long officerId, Set<Role> roles, List<String> wijken, boolean active) {
        List<String> cleanWijken = wijken(wijken);
        return tx.inTransaction("Could not change account " + officerId, () -> {
            require(by, Permission.ACCOUNTS);
            Account was = stored(officerId).account();
            Account now = new Account(was.officer(), roles, cleanWijken, active);
            if (now.equals(was)) {
                return was;
            }
            if (officerId == by.officer().id() && !now.may(Permission.ACCOUNTS)) {
                // a teamchef who took his own right away could leave the team with no one to give it back
                throw new IllegalArgumentException("A teamchef cannot take his own teamchef role or account away");
            }
            accounts.update(officerId, now.roles(), now.wijken(), now.active());
            audit.append(AuditRecords.accountChanged(was.officer(), was.facts(), now.facts(), clock.instant(), by.officer(), by.osAccount()));
            return now;
        });
    }

    @Override
    public void resetPassword(Actor by, long officerId, char[] newPassword) {
        require(by, Permission.ACCOUNTS);
        String hash = hashed(newPassword);
        tx.inTransaction("Could not reset the password of account " + officerId, () -> {
            require(by, Permission.ACCOUNTS);
            Account account = stored(officerId).account();
            accounts.setPassword(officerId, hash);
            audit.append(AuditRecords.passwordSet(account.officer(), true, clock.instant(), by.officer(), by.osAccount()));
            return null;
        });
    }

    @Override
    public boolean changeOwnPassword(Actor self, char[] current, char[] newPassword) {
        PasswordHashing.requireAcceptable(newPassword);
        StoredAccount account = stored(self.officer().id());
        boolean right = hashing.matches(current, account.passwordHash());
        Arrays.fill(current, '\0');
        if (!right || !account.account().active()) {
            Arrays.fill(newPassword, '\0');
            return false;
        }
        String hash = hashed(newPassword); // only once the current one is right: a hash takes a noticeable moment
        tx.inTransaction("Could not change the password", () -> {
            accounts.setPassword(self.officer().id(), hash);
            audit.append(AuditRecords.passwordSet(account.account().officer(), false, clock.instant(), self.officer(),
                    self.osAccount()));
            return null;
        });
        return true;
    }

    @Override
    public SignInResult signIn(String personnelNumber, char[] password, String osAccount) {
        try {
            Optional<Officer> officer = personnelNumber == null || personnelNumber.isBlank() ? Optional.empty()
                    : officers.findByPersonnelNumber(personnelNumber);
            Optional<StoredAccount> stored = officer.flatMap(o -> accounts.find(o.id()));
            if (stored.isEmpty()) {
                // still as slow as a real check, so the time taken does not tell which numbers exist
                hashing.matches(password, dummy());
                tx.inTransaction("Could not record a failed sign-in", () -> {
                    audit.append(AuditRecords.signInFailed(null, 0, clock.instant(), osAccount));
                    return null;
                });
                return new SignInResult.Refused(MAX_TRIES);
            }
            return check(stored.get(), password, osAccount);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private SignInResult check(StoredAccount stored, char[] password, String osAccount) {
        Instant now = clock.instant();
        Officer officer = stored.account().officer();
        if (stored.lockedUntil() != null && now.isBefore(stored.lockedUntil())) {
            return new SignInResult.Locked(stored.lockedUntil());
        }
        boolean right = hashing.matches(password, stored.passwordHash());
        return tx.inTransaction("Could not record the sign-in of " + officer.name(), () -> {
            // counted again inside the step: two desks trying at once both count
            StoredAccount current = stored(officer.id());
            if (right) {
                if (!current.account().active()) {
                    return new SignInResult.Deactivated();
                }
                accounts.signedIn(officer.id(), now);
                return new SignInResult.SignedIn(current.account(), current.lastSignedInAt());
            }
            boolean lockOver = current.lockedUntil() != null && !now.isBefore(current.lockedUntil());
            int tries = (lockOver ? 0 : current.failedTries()) + 1;
            audit.append(AuditRecords.signInFailed(officer, tries, now, osAccount));
            if (tries >= MAX_TRIES) {
                Instant until = now.plus(LOCK);
                accounts.setFailures(officer.id(), 0, until);
                audit.append(AuditRecords.accountLocked(officer, until, now, osAccount));
                return new SignInResult.Locked(until);
            }
            accounts.setFailures(officer.id(), tries, null);
            return new SignInResult.Refused(MAX_TRIES - tries);
        });
    }

    @Override
    public Optional<Account> find(long officerId) {
        return accounts.find(officerId).map(StoredAccount::account);
    }

    @Override
    public List<Account> all() {
        return accounts.all();
    }

    @Override
    public Duration idleSignOut() {
        return accounts.idleSignOut().orElse(DEFAULT_IDLE_SIGN_OUT);
    }

    @Override
    public void setIdleSignOut(Actor by, Duration after) {
        if (after.compareTo(MIN_IDLE_SIGN_OUT) < 0 || after.compareTo(MAX_IDLE_SIGN_OUT) > 0) {
            throw new IllegalArgumentException("The idle sign-out must lie between " + MIN_IDLE_SIGN_OUT.toMinutes()
                    + " minutes and " + MAX_IDLE_SIGN_OUT.toHours() + " hours");
        }
        require(by, Permission.ACCOUNTS);
        tx.inTransaction("Could not save the idle sign-out", () -> {
            require(by, Permission.ACCOUNTS);
            Instant at = clock.instant();
            accounts.saveIdleSignOut(after, by.officer().id(), at);
            audit.append(AuditRecords.settingChanged("idleSignOutMinutes", after.toMinutes(), at, by));
            return null;
        });
    }

    @Override
    public Account require(Actor actor, Permission permission) {
        if (actor == null) {
            // a step no one signed for (a script without --as) once the log has accounts
            throw new NotAllowedException("no one signed in", permission);
        }
        Account account = accounts.find(actor.officer().id()).map(StoredAccount::account)
                .filter(a -> a.may(permission))
                .orElseThrow(() -> new NotAllowedException(actor.officer().name(), permission));
        return account;
    }

    private StoredAccount stored(long officerId) {
        return accounts.find(officerId).orElseThrow(() -> new IllegalArgumentException("No account for officer " + officerId));
    }

    private String hashed(char[] password) {
        try {
            return hashing.hash(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static List<String> wijken(List<String> wijken) {
        return wijken.stream().map(w -> TextChecks.requireNonBlank("wijk", w).strip()).distinct().toList();
    }

    /** A hash of a random password with this desk's work factor, checked against for numbers with no account. */
    private synchronized String dummy() {
        if (dummy == null) {
            dummy = hashing.hash(java.util.UUID.randomUUID().toString().toCharArray());
        }
        return dummy;
    }
}
