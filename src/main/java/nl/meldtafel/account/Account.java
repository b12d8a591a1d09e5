package nl.meldtafel.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.meldtafel.alert.AccountFacts;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Permission;

/** An officer who can sign in: the roles and wijken the desk opens on, and whether it may still be used. */
public record Account(Officer officer, Set<Role> roles, List<String> wijken, boolean active) {

    public Account {
        Objects.requireNonNull(officer, "officer");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        wijken = List.copyOf(wijken);
    }

    /** As the chain keeps it: roles in their declared order. */
    public AccountFacts facts() {
        return new AccountFacts(roles.stream().sorted().map(Enum::name).toList(), wijken, active);
    }

    /** Whether any of its roles allows it; a deactivated account may nothing. */
    public boolean may(Permission permission) {
        return active && roles.stream().anyMatch(r -> r.may(permission));
    }
}
