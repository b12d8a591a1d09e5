package nl.meldtafel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import nl.meldtafel.groups.GroupDetail;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupDemoDataTest {

    @TempDir
    Path dir;

    @Test
    void fillsAnEmptyRegisterWithSeveralGemeentenAndWijkenOnce() {
        try (Storage s = Storage.open(dir, new MutableClock(Instant.parse("2026-11-23T13:00:00Z")))) {
            GroupRegister register = s.groupRegister();

            int created = GroupDemoData.fill(register, 7);

            assertEquals(created, register.search("", true).size());
            assertTrue(register.gemeenten().size() >= 3);
            assertTrue(register.wijken("Leiden").size() >= 4);
            GroupDetail voorschoten = register.detail(register.search("Beheerdersgroep Voorschoten", false).get(0).group().id());
            // the coordinator runs every neighbourhood group there
            assertEquals(4, voorschoten.administrators().get(0).runs().size(), voorschoten.toString());
            assertEquals(0, GroupDemoData.fill(register, 7));
            assertTrue(s.targeting().options().groups().size() < created, "the inactive group is not offered");
        }
    }
}
