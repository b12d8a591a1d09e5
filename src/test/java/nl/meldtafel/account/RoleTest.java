package nl.meldtafel.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Permission;
import org.junit.jupiter.api.Test;

/** The table of role x permission the services check, as issue 15 states it. */
class RoleTest {

    @Test
    void eachRoleMayExactlyWhatTheTeamAgreed() {
        Set<Permission> desk = EnumSet.of(Permission.SEND, Permission.FOLLOW_UP, Permission.READ_LOG);
        for (Permission p : Permission.values()) {
            assertEquals(desk.contains(p), Role.OPCO.may(p), "OpCo " + p);
            assertEquals(desk.contains(p), Role.WIJKAGENT.may(p), "wijkagent " + p);
            assertEquals(true, Role.TEAMCHEF.may(p), "teamchef " + p);
            assertEquals(p == Permission.SERVER, Role.BEHEER.may(p), "beheer " + p + " (no message content)");
        }
    }

    @Test
    void aDeactivatedAccountMayNothingAndRolesAddUp() {
        Officer o = new Officer(1, "Jan", "100300");
        Account both = new Account(o, Set.of(Role.BEHEER, Role.OPCO), List.of(), true);
        assertEquals(true, both.may(Permission.SERVER) && both.may(Permission.SEND));
        Account off = new Account(o, Set.of(Role.TEAMCHEF), List.of(), false);
        for (Permission p : Permission.values()) {
            assertFalse(off.may(p), p.name());
        }
        assertEquals(List.of("OPCO", "BEHEER"), both.facts().roles(), "the chain keeps roles in their declared order");
    }
}
