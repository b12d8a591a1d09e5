package nl.meldtafel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PC without usable graphics hardware goes straight to software drawing, and tries the hardware weekly. */
class SoftwareDrawingTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;
    // the test JVM's own order (headless TestFX draws in software); its toolkit has read it already
    private String order;

    @BeforeEach
    void clearOrder() {
        order = System.getProperty(SoftwareDrawing.ORDER);
        System.clearProperty(SoftwareDrawing.ORDER);
        System.clearProperty(SoftwareDrawing.PROBING);
    }

    @AfterEach
    void restoreOrder() {
        System.clearProperty(SoftwareDrawing.PROBING);
        if (order == null) {
            System.clearProperty(SoftwareDrawing.ORDER);
        } else {
            System.setProperty(SoftwareDrawing.ORDER, order);
        }
    }

    @Test
    void afterAStartThatFellBackToSoftwareTheStartsOfThatWeekGoStraightToIt() throws Exception {
        start(MONDAY, false);
        assertEquals(MONDAY.toString(), Files.readString(dir.resolve(SoftwareDrawing.FILE)).strip());

        for (Duration later : new Duration[] {Duration.ofHours(1), Duration.ofDays(6)}) {
            assertEquals("sw", start(MONDAY.plus(later), false), "at " + later);
        }
        assertEquals(MONDAY.toString(), Files.readString(dir.resolve(SoftwareDrawing.FILE)).strip(),
                "a start that did not try the hardware learns nothing about it");
    }

    @Test
    void aWeekLaterTheHardwareIsTriedAgainAndAWorkingOneIsUsedFromThenOn() throws Exception {
        start(MONDAY, false);

        assertNull(start(MONDAY.plus(Duration.ofDays(8)), true), "tried again");
        assertFalse(Files.exists(dir.resolve(SoftwareDrawing.FILE)));
        assertNull(start(MONDAY.plus(Duration.ofDays(9)), true));
    }

    @Test
    void anOrderGivenOnTheCommandLineIsLeftAlone() {
        System.setProperty(SoftwareDrawing.ORDER, "es2,sw");

        assertEquals("es2,sw", start(MONDAY, false));
        assertFalse(Files.exists(dir.resolve(SoftwareDrawing.FILE)), "software then was asked for, not found");
    }

    @Test
    void aDamagedNoteOrAClockSetBackMeansTheHardwareIsTried() throws Exception {
        Files.writeString(dir.resolve(SoftwareDrawing.FILE), "kapot\u0000");
        assertNull(start(MONDAY, false));
        assertTrue(Files.exists(dir.resolve(SoftwareDrawing.FILE)));

        assertNull(start(MONDAY.minus(Duration.ofDays(1)), false), "a note from the future is not trusted");
    }

    @Test
    void aDataFolderThatCannotHoldTheNoteOnlyCostsTheFasterStart() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        assertNull(start(notAFolder, MONDAY, false));
        assertNull(start(notAFolder, MONDAY.plusSeconds(60), false));
    }

    /** One desk start: the order the toolkit would see, then what it found. */
    private String start(Instant at, boolean hardware) {
        return start(dir, at, hardware);
    }

    private static String start(Path folder, Instant at, boolean hardware) {
        System.clearProperty(SoftwareDrawing.PROBING);
        if (!"es2,sw".equals(System.getProperty(SoftwareDrawing.ORDER))) {
            System.clearProperty(SoftwareDrawing.ORDER);
        }
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        SoftwareDrawing.beforeLaunch(folder, clock);
        String seen = System.getProperty(SoftwareDrawing.ORDER);
        SoftwareDrawing.afterLaunch(folder, hardware, clock);
        return seen;
    }
}
