package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.meldtafel.alert.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @Test
    void dailyBackupIsMadeOncePerDayAndOnlyTheLastSevenAreKept() throws Exception {
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = Fixtures.officer(s, "J. de Vries", "1");
            for (int day = 0; day < 10; day++) {
                s.alertService().recordPending(Fixtures.heterdaad("dag " + day), jan);
                assertTrue(s.backups().dailyIfDue().isPresent(), "day " + day);
                assertEquals(Optional.empty(), s.backups().dailyIfDue(), "second start on day " + day);
                clock.advance(Duration.ofDays(1));
            }
        }

        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".db")).sorted().toList();
        }
        assertEquals(List.of("meldtafel-2026-11-26.db", "meldtafel-2026-11-27.db", "meldtafel-2026-11-28.db",
                "meldtafel-2026-11-29.db", "meldtafel-2026-11-30.db", "meldtafel-2026-12-01.db", "meldtafel-2026-12-02.db"), names);
    }

    @Test
    void backupLeavesOutDeletedDrafts() throws Exception {
        Path target = dir.resolve("kopie.db");
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = Fixtures.officer(s, "J. de Vries", "1");
            s.drafts().save(new nl.meldtafel.alert.Draft(jan.officer().id(), "vermissing", "{\"naam\":\"Geheimenaam\"}", clock.instant()));
            s.drafts().delete(jan.officer().id(), "vermissing");

            s.backups().backupTo(target);
        }

        assertFalse(new String(Files.readAllBytes(target), java.nio.charset.StandardCharsets.ISO_8859_1).contains("Geheimenaam"));
        assertFalse(Files.exists(dir.resolve("kopie.db.part")));
    }
}
