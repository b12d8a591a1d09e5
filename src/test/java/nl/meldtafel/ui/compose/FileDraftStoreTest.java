package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FileDraftStoreTest {

    @TempDir
    Path folder;

    @Test
    void missingFileMeansNoDrafts() throws Exception {
        assertEquals(Drafts.NONE, new FileDraftStore(folder).load());
    }

    @Test
    void draftsSurviveARoundTripWithoutLeavingATempFile() throws Exception {
        FieldValues values = FieldValues.fromJson("{\"locatie\":\"Dorpsstraat\",\"verdachten\":[{\"geslacht\":\"man\"}],\"wapen\":true}");
        Drafts drafts = new Drafts("heterdaad", Map.of("heterdaad", values));

        new FileDraftStore(folder.resolve("nieuw")).save(drafts);

        assertEquals(drafts, new FileDraftStore(folder.resolve("nieuw")).load());
        assertFalse(Files.exists(folder.resolve("nieuw").resolve("drafts.json.tmp")));
    }

    @Test
    void aLinkedFormKeepsTheAlertItAnswers() throws Exception {
        Drafts drafts = new Drafts("afloopbericht",
                Map.of("afloopbericht", FieldValues.fromJson("{\"referentie\":\"ons bericht van 14.32 uur\"}")),
                Map.of("afloopbericht", new ComposeViewModel.Link(7, "ons bericht van 14.32 uur")));

        new FileDraftStore(folder).save(drafts);

        assertEquals(drafts, new FileDraftStore(folder).load());
    }
}
