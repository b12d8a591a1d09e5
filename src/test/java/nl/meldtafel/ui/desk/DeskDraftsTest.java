package nl.meldtafel.ui.desk;

import nl.meldtafel.alert.Draft;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.compose.FormModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk's drafts in its real database ({@code meldtafel.db} in a temporary folder), as the app wires them. */
class DeskDraftsTest {

    @TempDir
    Path folder;
    private DeskFixture fixture;
    private DeskViewModel desk;

    @BeforeEach
    void start() {
        fixture = new DeskFixture(false, folder);
        desk = fixture.desk;
        desk.start();
        desk.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private FormModel vermissing(String name) {
        desk.openTemplate(1);
        FormModel form = fixture.compose.formProperty().get();
        assertEquals("vermissing", form.template().id());
        form.field("toestemming").orElseThrow().checkedProperty().set(true);
        form.field("naam").orElseThrow().textProperty().set(name);
        return form;
    }

    private String name(FormModel form) {
        return form.field("naam").orElseThrow().textProperty().get();
    }

    private Officer officer() {
        return desk.officers().currentProperty().get();
    }

    @Test
    void anotherOfficerDoesNotSeeTheDraftAndTheFirstGetsItBack() {
        TestDesk.signIn(desk, "J. de Vries", "123456");
        Officer jan = officer();
        FormModel form = vermissing("Kees van Dijk");
        fixture.compose.saveDrafts();

        TestDesk.signIn(desk, "P. Jansen", "654321");
        Officer piet = officer();
        desk.openTemplate(1);

        assertEquals("", name(fixture.compose.formProperty().get()), "P. Jansen must not see J. de Vries's vermissing");
        Storage storage = fixture.storage;
        assertTrue(storage.drafts().find(jan.id(), "vermissing").orElseThrow().valuesJson().contains("Kees van Dijk"));
        assertTrue(storage.drafts().find(piet.id(), "vermissing").isEmpty());

        desk.officers().selectedProperty().set(jan);
        desk.officers().choose();
        desk.openTemplate(1);
        assertEquals("Kees van Dijk", name(fixture.compose.formProperty().get()));
        assertTrue(form == fixture.compose.formProperty().get(), "the same form, filled again");
    }

    @Test
    void aVermissingDraftPastTheRetentionPeriodIsRemovedWithItsName() throws IOException {
        TestDesk.signIn(desk, "J. de Vries", "123456");
        vermissing("Mkdraftnaam Vermist");
        fixture.compose.saveDrafts();
        Storage storage = fixture.storage;
        Draft kept = storage.drafts().find(officer().id(), "vermissing").orElseThrow();
        assertTrue(kept.valuesJson().contains("Mkdraftnaam"), "the draft is in the database, not in a file of its own");
        assertFalse(Files.exists(folder.resolve("drafts.json")));

        fixture.clock.advance(Duration.ofDays(8)); // vermissing's period is 7 days, the shortest
        RedactionReport report = storage.retention().run();

        assertEquals(1, report.draftsDeleted());
        assertTrue(storage.drafts().forOfficer(officer().id()).isEmpty());
        try (var files = Files.walk(folder)) { // the database, its WAL, the backups, the settings files
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(lower(file).contains("mkdraftnaam"), "the name is still in " + folder.relativize(file));
            }
        }
    }

    private static String lower(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
