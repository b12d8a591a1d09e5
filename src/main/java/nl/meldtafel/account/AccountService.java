package nl.meldtafel.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Permission;

/**
 * Who may sign in at the desk, with which roles. Every change and every failed sign-in is in the chain,
 * with who made it. Passwords arrive as char arrays, which the service clears once hashed. Calls may block.
 */
public interface AccountService {

    /** Wrong tries in a row before an account locks. */
    int MAX_TRIES = 5;

    /** Whether the log has any account: until then the desk asks for the first one, a teamchef. */
    boolean anyAccount();

    /** The first account of a new log, always a teamchef; refused once any account exists. */
    Account createFirst(String name, String personnelNumber, char[] password, String osAccount);

    /** A new account, made by a teamchef; an officer already known keeps his id and his alerts. */
    Account add(Actor by, String name, String personnelNumber, Set<Role> roles, List<String> wijken, char[] password);

    /** Other roles or wijken, or deactivated (never deleted) or active again; by a teamchef. */
    Account change(Actor by, long officerId, Set<Role> roles, List<String> wijken, boolean active);

    /** A forgotten password replaced by a teamchef; also lifts a lock. */
    void resetPassword(Actor by, long officerId, char[] newPassword);

    /** The officer's own new password, after the current one. */
    boolean changeOwnPassword(Actor self, char[] current, char[] newPassword);

    SignInResult signIn(String personnelNumber, char[] password, String osAccount);

    Optional<Account> find(long officerId);

    List<Account> all();

    /** An idle desk asks for sign-in again after this long (one shift) unless the teamchef set another period. */
    java.time.Duration DEFAULT_IDLE_SIGN_OUT = java.time.Duration.ofHours(8);

    /** The shortest and longest idle periods a teamchef may set: long enough for a quiet hour, at most a day. */
    java.time.Duration MIN_IDLE_SIGN_OUT = java.time.Duration.ofMinutes(15);
    java.time.Duration MAX_IDLE_SIGN_OUT = java.time.Duration.ofHours(24);

    /** How long an idle desk stays signed in. */
    java.time.Duration idleSignOut();

    /** Sets the idle period for every desk of the log, by a teamchef; chained. */
    void setIdleSignOut(Actor by, java.time.Duration after);

    /** The actor's account if it allows {@code permission}; otherwise refused, before anything changes. */
    Account require(Actor actor, Permission permission);
}
