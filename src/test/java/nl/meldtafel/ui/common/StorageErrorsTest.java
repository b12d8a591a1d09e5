package nl.meldtafel.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import nl.meldtafel.account.NotAllowedException;
import nl.meldtafel.alert.Permission;
import org.junit.jupiter.api.Test;

class StorageErrorsTest {

    @Test
    void aRefusalByRoleSaysInDutchWhoMayInsteadOfAnUnexpectedError() {
        for (Permission p : Permission.values()) {
            String direct = StorageErrors.describe(new NotAllowedException("Jan", p));
            assertFalse(direct.startsWith("account.notAllowed"), "a text for " + p + ": " + direct);
            assertFalse(direct.equals(StorageErrors.unexpected()), p.name());
        }
        assertEquals("Alleen een teamchef stelt bewaartermijnen en bewaarverzoeken in.",
                StorageErrors.describe(new NotAllowedException("Jan", Permission.RETENTION)));
    }
}
