package nl.meldtafel.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.export.LogCsvExport;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Exporteren (CSV)…" in the Logboek writes what the current filters select, every page of it. */
class LogExportTest {

    @TempDir
    Path dir;
    private LogFixture log;
    private LogViewModel model;

    @BeforeEach
    void logWithMoreThanAPage() {
        log = new LogFixture(dir.resolve("data"));
        for (int i = 0; i < LogViewModel.PAGE_SIZE + 30; i++) {
            log.sent(LogFixture.getuigenoproep("Oproep " + i + LogFixture.NOTICE), log.jan);
        }
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.piet);
        model = log.model(TaskRunner.sameThread(), new ArrayList<>());
        model.load();
    }

    @AfterEach
    void close() {
        log.close();
    }

    @Test
    void exportWritesEveryAlertOfTheCurrentFiltersNotOnlyTheLoadedPage() throws Exception {
        model.useExporter((query, out) -> LogCsvExport.of(log.storage, LogFixture.ZONE).write(query, out));
        model.kindProperty().set(model.kindChoices().stream().filter(c -> c.value() == MessageKind.GETUIGENOPROEP).findFirst().orElseThrow());
        assertEquals(LogViewModel.PAGE_SIZE, model.rows().size());
        Path file = dir.resolve("logboek.csv");

        model.exportTo(file);

        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> l.matches("^\\d+;.*")).toList();
        assertEquals(LogViewModel.PAGE_SIZE + 30, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.contains(";Getuigenoproep;")), lines.get(0));
        assertEquals(List.of(MessageKind.GETUIGENOPROEP), List.copyOf(model.currentQuery().kinds()));
        assertTrue(model.exportNoticeProperty().get().startsWith("90 berichten met de huidige filters opgeslagen"),
                model.exportNoticeProperty().get());
    }

    @Test
    void aFailedExportIsShownWithTheFileName() {
        model.useExporter((query, out) -> LogCsvExport.of(log.storage, LogFixture.ZONE).write(query, out));
        Path file = dir.resolve("bestaat-niet").resolve("logboek.csv");

        model.exportTo(file);

        assertTrue(model.errorProperty().get().startsWith("Exporteren naar " + file + " mislukt"), model.errorProperty().get());
        assertEquals("", model.exportNoticeProperty().get());
    }

    @Test
    void withoutAnExporterThereIsNothingToExport() {
        assertFalse(model.canExport());
    }
}
