package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Draft;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts in a real {@code meldtafel.db}, and the one-time import of an earlier version's {@code drafts.json}. */
class LogDraftStoreTest {

    /** As FileDraftStore wrote it (Jackson's pretty printer). */
    static final String OLD_FILE = """
            {
              "selected" : "vermissing",
              "forms" : {
                "heterdaad" : {
                  "delict" : "Woninginbraak",
                  "locatie" : "Dorpsstraat"
                },
                "vermissing" : {
                  "toestemming" : true,
                  "naam" : "Kees van Dijk"
                }
              },
              "links" : {
                "vermissing" : {
                  "parentId" : 7,
                  "description" : "ons bericht van 14.32 uur"
                }
              }
            }""";
    private static final Instant START = Instant.parse("2026-11-23T13:32:00Z");

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(START);
    private Storage storage;
    private Officer jan;
    private Officer piet;
    private LogDraftStore store;

    @BeforeEach
    void open() {
        storage = Storage.open(folder, clock);
        jan = storage.officers().register("J. de Vries", "123456");
        piet = storage.officers().register("P. Jansen", "654321");
        store = new LogDraftStore(storage.draftService(), folder, clock);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private static DraftChanges kept(String templateId, String json) {
        return new DraftChanges(Map.of(templateId, FieldValues.fromJson(json)), Map.of(), Set.of());
    }

    @Test
    void eachOfficerReadsOnlyTheirOwnDrafts() {
        store.save(jan, kept("vermissing", "{\"naam\":\"Kees van Dijk\"}"));

        assertEquals(Drafts.NONE.forms(), store.load(piet).forms());
        assertEquals("Kees van Dijk", store.load(jan).forms().get("vermissing").text("naam"));
    }

    @Test
    void onlyTheChangedFormGetsANewSaveTimeAndTheNewestOpens() {
        store.save(jan, kept("heterdaad", "{\"locatie\":\"Dorpsstraat\"}"));
        clock.advance(Duration.ofMinutes(5));
        store.save(jan, new DraftChanges(Map.of("vermissing", FieldValues.fromJson("{\"naam\":\"Kees\"}")),
                Map.of("vermissing", new ComposeViewModel.Link(7, "ons bericht van 14.32 uur")), Set.of()));

        assertEquals(START, storage.drafts().find(jan.id(), "heterdaad").orElseThrow().savedAt());
        Drafts read = store.load(jan);
        assertEquals("vermissing", read.selectedTemplate());
        assertEquals(Map.of("vermissing", new ComposeViewModel.Link(7, "ons bericht van 14.32 uur")), read.links());

        store.save(jan, new DraftChanges(Map.of(), Map.of(), Set.of("vermissing")));
        assertEquals(Set.of("heterdaad"), store.load(jan).forms().keySet());
    }

    @Test
    void anOldDraftsFileIsImportedForTheOfficerWithItsAgeThenDeleted() throws Exception {
        Path old = Files.writeString(folder.resolve("drafts.json"), OLD_FILE);
        Instant written = Instant.parse("2026-11-20T08:00:00Z");
        Files.setLastModifiedTime(old, FileTime.from(written));

        Drafts read = store.load(jan);

        assertFalse(Files.exists(old), "deleted once imported");
        assertNull(read.problem());
        assertEquals("vermissing", read.selectedTemplate(), "the form that was open opens again");
        assertEquals("Kees van Dijk", read.forms().get("vermissing").text("naam"));
        assertEquals("Dorpsstraat", read.forms().get("heterdaad").text("locatie"));
        assertEquals(new ComposeViewModel.Link(7, "ons bericht van 14.32 uur"), read.links().get("vermissing"));
        assertEquals(written, storage.drafts().find(jan.id(), "vermissing").orElseThrow().savedAt(),
                "as old as the file: retention counts from when it was typed");
        assertTrue(store.load(piet).forms().isEmpty());
    }

    @Test
    void anImportRunAgainAfterACrashBeforeTheDeleteChangesNothing() throws Exception {
        Path old = Files.writeString(folder.resolve("drafts.json"), OLD_FILE);
        store.load(jan);
        store.save(jan, kept("vermissing", "{\"naam\":\"Kees van Dijk\",\"leeftijd\":\"84\"}"));
        Files.writeString(old, OLD_FILE); // as if the commit happened and the delete did not

        Drafts read = store.load(jan);

        assertFalse(Files.exists(old));
        assertEquals("84", read.forms().get("vermissing").text("leeftijd"), "a draft in the table is never replaced by the file");
        assertEquals(2, storage.drafts().forOfficer(jan.id()).size());
    }

    @Test
    void anUnreadableOldFileStaysWhereItIsAndIsReported() throws Exception {
        store.save(jan, kept("heterdaad", "{\"locatie\":\"Dorpsstraat\"}"));
        Path old = Files.writeString(folder.resolve("drafts.json"), OLD_FILE.substring(0, 80));

        Drafts read = store.load(jan);

        assertTrue(Files.exists(old), "never deleted unread");
        assertEquals("Oude concepten in " + old + " konden niet gelezen worden; het bestand blijft staan.", read.problem());
        assertEquals("Dorpsstraat", read.forms().get("heterdaad").text("locatie"), "the drafts in the table still open");
        assertEquals(1, storage.drafts().forOfficer(jan.id()).size(), "nothing of the file imported");
    }

    @Test
    void aDraftIsStoredAsItsValuesAndLink() {
        store.save(jan, new DraftChanges(Map.of("afloopbericht", FieldValues.fromJson("{\"referentie\":\"ons bericht\"}")),
                Map.of("afloopbericht", new ComposeViewModel.Link(7, "ons bericht")), Set.of()));

        Draft row = storage.drafts().find(jan.id(), "afloopbericht").orElseThrow();
        assertEquals("{\"values\":{\"referentie\":\"ons bericht\"},\"link\":{\"parentId\":7,\"description\":\"ons bericht\"}}",
                row.valuesJson());
    }
}
