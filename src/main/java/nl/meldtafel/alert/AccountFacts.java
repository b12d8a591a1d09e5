package nl.meldtafel.alert;

import java.util.List;

/** What the chain keeps of an account: role names in a fixed order, wijken, active. Never the password. */
public record AccountFacts(List<String> roles, List<String> wijken, boolean active) {

    public AccountFacts {
        roles = List.copyOf(roles);
        wijken = List.copyOf(wijken);
    }
}
