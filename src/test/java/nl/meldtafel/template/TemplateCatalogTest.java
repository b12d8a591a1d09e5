package nl.meldtafel.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateCatalogTest {

    @TempDir
    Path dir;

    private void copyShippedTemplates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void shippedTemplatesAllLoadInTheDeskOrder() {
        TemplateCatalog catalog = TemplateSource.fromDirectory(Path.of("templates"));

        assertEquals(List.of(), catalog.problems());
        assertEquals(List.of("heterdaad", "vermissing", "afloopbericht", "getuigenoproep", "waarschuwing", "weekoverzicht"),
                catalog.templates().stream().map(TemplateDefinition::id).toList());
    }

    @Test
    void brokenFileIsNamedAndTheOthersStayUsable() throws IOException {
        copyShippedTemplates();
        Files.writeString(dir.resolve("kapot.json"), "{\"id\": \"kapot\", ");

        TemplateCatalog catalog = TemplateSource.fromDirectory(dir);

        assertEquals(6, catalog.templates().size());
        assertEquals(1, catalog.problems().size());
        assertEquals("kapot.json", catalog.problems().get(0).file());
        assertTrue(catalog.problems().get(0).message().startsWith("ongeldige JSON"));
    }

    @Test
    void secondFileWithTheSameIdIsAProblemOfThatFile() throws IOException {
        copyShippedTemplates();
        Files.copy(dir.resolve("heterdaad.json"), dir.resolve("zz-heterdaad-kopie.json"));

        TemplateCatalog catalog = TemplateSource.fromDirectory(dir);

        assertEquals("zz-heterdaad-kopie.json: id 'heterdaad' wordt al gebruikt door heterdaad.json",
                catalog.problems().get(0).toString());
    }

    @Test
    void missingFolderIsAProblemNotACrash() {
        TemplateCatalog catalog = TemplateSource.fromDirectory(dir.resolve("bestaat-niet"));

        assertTrue(catalog.templates().isEmpty());
        assertEquals("map met sjablonen bestaat niet", catalog.problems().get(0).message());
    }

    @Test
    void optionBeatsEnvironmentBeatsWorkingFolderBeatsBundled() throws IOException {
        Path option = Files.createDirectories(dir.resolve("option"));
        Path env = Files.createDirectories(dir.resolve("env"));
        Path work = Files.createDirectories(dir.resolve("work/templates")).getParent();

        assertEquals(option.toAbsolutePath().toString(),
                TemplateSource.load(Optional.of(option), Map.of(TemplateSource.ENV, env.toString()), work).origin());
        assertEquals(env.toAbsolutePath().toString(),
                TemplateSource.load(Optional.empty(), Map.of(TemplateSource.ENV, env.toString()), work).origin());
        assertEquals(work.resolve("templates").toAbsolutePath().toString(),
                TemplateSource.load(Optional.empty(), Map.of(), work).origin());
        TemplateCatalog bundled = TemplateSource.load(Optional.empty(), Map.of(), dir);
        assertEquals("meegeleverde sjablonen", bundled.origin());
        assertEquals(6, bundled.templates().size());
    }
}
