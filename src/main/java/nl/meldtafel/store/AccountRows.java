package nl.meldtafel.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.Role;
import nl.meldtafel.account.StoredAccount;
import nl.meldtafel.alert.AccountFacts;
import nl.meldtafel.alert.Officer;

/**
 * The account table's SQL, the same on both backends: roles as names joined by commas in their declared
 * order, wijken as a JSON array, times as epoch milliseconds.
 */
public final class AccountRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT a.officer_id, o.name, o.personnel_number, a.roles, a.wijken, a.active, "
            + "a.password_hash, a.failed_tries, a.locked_until, a.last_signed_in_at FROM account a JOIN officer o ON o.id = a.officer_id ";

    private AccountRows() {
    }

    public static Optional<StoredAccount> find(Connection c, long officerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE a.officer_id = ?")) {
            ps.setLong(1, officerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        }
    }

    /** {@code teamFilter}: an SQL condition on {@code o.team_id} to AND in, or "". */
    public static List<Account> all(Connection c, String teamFilter) throws SQLException {
        List<Account> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE 1 = 1" + teamFilter + " ORDER BY o.name, o.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(stored(rs).account());
            }
        }
        return list;
    }

    public static boolean anyExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM account)"); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    public static void insert(Connection c, long officerId, Set<Role> roles, List<String> wijken, String hash, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (officer_id, roles, wijken, active, password_hash, "
                + "failed_tries, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)")) {
            ps.setLong(1, officerId);
            ps.setString(2, roles(roles));
            ps.setString(3, json(wijken));
            ps.setBoolean(4, true);
            ps.setString(5, hash);
            ps.setLong(6, at.toEpochMilli());
            ps.executeUpdate();
        }
    }

    public static void update(Connection c, long officerId, Set<Role> roles, List<String> wijken, boolean active)
            throws SQLException {
        one(c, "UPDATE account SET roles = ?, wijken = ?, active = ? WHERE officer_id = ?", officerId, ps -> {
            ps.setString(1, roles(roles));
            ps.setString(2, json(wijken));
            ps.setBoolean(3, active);
        });
    }

    public static void setPassword(Connection c, long officerId, String hash) throws SQLException {
        one(c, "UPDATE account SET password_hash = ?, failed_tries = 0, locked_until = NULL WHERE officer_id = ?", officerId,
                ps -> ps.setString(1, hash));
    }

    public static void signedIn(Connection c, long officerId, Instant at) throws SQLException {
        one(c, "UPDATE account SET failed_tries = 0, locked_until = NULL, last_signed_in_at = ? WHERE officer_id = ?", officerId,
                ps -> Jdbc.setInstant(ps, 1, at));
    }

    public static void setFailures(Connection c, long officerId, int tries, Instant lockedUntil) throws SQLException {
        one(c, "UPDATE account SET failed_tries = ?, locked_until = ? WHERE officer_id = ?", officerId, ps -> {
            ps.setInt(1, tries);
            Jdbc.setInstant(ps, 2, lockedUntil);
        });
    }

    private static final String IDLE_SIGN_OUT = "idle_sign_out_minutes";

    public static Optional<java.time.Duration> idleSignOut(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM team_setting WHERE name = ?")) {
            ps.setString(1, IDLE_SIGN_OUT);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(java.time.Duration.ofMinutes(Long.parseLong(rs.getString(1)))) : Optional.empty();
            }
        }
    }

    public static void saveIdleSignOut(Connection c, java.time.Duration after, long officerId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_setting (name, value, changed_at, changed_by) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                + "changed_at = excluded.changed_at, changed_by = excluded.changed_by")) {
            ps.setString(1, IDLE_SIGN_OUT);
            ps.setString(2, String.valueOf(after.toMinutes()));
            ps.setLong(3, at.toEpochMilli());
            ps.setLong(4, officerId);
            ps.executeUpdate();
        }
    }

    /** Every account as the chain should have it, by officer id. */
    public static Map<Long, AccountFacts> facts(Connection c) throws SQLException {
        Map<Long, AccountFacts> facts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                facts.put(rs.getLong(1), stored(rs).account().facts());
            }
        }
        return facts;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Binds the leading parameters, then the officer id last; exactly one row must change. */
    private static void one(Connection c, String sql, long officerId, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.setLong((int) sql.chars().filter(ch -> ch == '?').count(), officerId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalArgumentException("No account for officer " + officerId);
            }
        }
    }

    private static StoredAccount stored(ResultSet rs) throws SQLException {
        Officer officer = new Officer(rs.getLong(1), rs.getString(2), rs.getString(3));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString(4).split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .forEach(roles::add);
        Account account = new Account(officer, roles, wijken(rs.getString(5)), rs.getBoolean(6));
        return new StoredAccount(account, rs.getString(7), rs.getInt(8), Jdbc.instant(rs, "locked_until"),
                Jdbc.instant(rs, "last_signed_in_at"));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String json(List<String> wijken) {
        try {
            return JSON.writeValueAsString(wijken);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static List<String> wijken(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The wijken of an account are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
