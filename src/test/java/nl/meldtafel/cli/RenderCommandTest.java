package nl.meldtafel.cli;

import nl.meldtafel.message.PoliceNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderCommandTest {

    /** Monday 23 November 2026, 14.40 in the Netherlands. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:40:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final String HETERDAAD = """
            {"delict": "Woninginbraak", "tijd": "14.32", "locatie": "Dorpsstraat", "plaats": "Leiden-Zuid",
             "verdachten": [{"geslacht": "man", "leeftijd": "20", "kleding": "donkere jas"}],
             "vlucht": "te voet", "vluchtrichting": "station"}
            """;

    @TempDir
    Path dir;

    private final RenderCommand command = new RenderCommand(Map.of(), CLOCK);

    @Test
    void rendersHeterdaadFromAValuesFileOnStdout() throws IOException {
        CommandRun run = CommandRun.run(command, "heterdaad", "--values", write("waarden.json", HETERDAAD).toString());

        assertEquals(0, run.exit(), run::toString);
        // Leeftijd gets "ca. " and " jaar"; one suspect follows its heading on one line; empty toelichting,
        // voertuig and wapen lines vanish; the police notice follows a blank line.
        assertEquals("""
                *Politiebericht – Kijk uit*
                *Woninginbraak – Dorpsstraat, Leiden-Zuid (14.32 uur)*
                Kijk uit naar een man: ca. 20 jaar, donkere jas.
                Gevlucht te voet richting station.

                Ziet u de verdachte? Spreek hem niet aan en bel direct 112.

                """ + PoliceNotice.TEXT + "\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void warningsGoToStderrAndTheMessageStillToStdout() throws IOException {
        String late = HETERDAAD.replace("14.32", "13.50"); // 50 minutes before the clock; heterdaad warns after 30

        CommandRun run = CommandRun.run(command, "heterdaad", "--values", write("laat.json", late).toString());

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("*Woninginbraak – Dorpsstraat, Leiden-Zuid (13.50 uur)*"), run::toString);
        assertEquals(List.of("warning: Tijd (13.50 uur) is 50 minuten geleden; alleen acute berichten "
                + "(minder dan 30 minuten oud) helpen bewoners nu"), run.errLines());
    }

    @Test
    void aDashReadsTheValuesFromStdin() {
        CommandRun run = CommandRun.withStdin(command, HETERDAAD, "heterdaad", "--values", "-");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("*Politiebericht – Kijk uit*\n*Woninginbraak – Dorpsstraat"), run::toString);
    }

    @Test
    void optionsMayComeBeforeTheTemplateId() throws IOException {
        CommandRun run = CommandRun.run(command, "--values", write("w.json", HETERDAAD).toString(), "heterdaad");

        assertEquals(0, run.exit(), run::toString);
    }

    @Test
    void missingRequiredFieldIsNamedByItsDutchLabelAndNothingIsPrinted() throws IOException {
        String withoutLocation = HETERDAAD.replace("\"locatie\": \"Dorpsstraat\", ", "");

        CommandRun run = CommandRun.run(command, "heterdaad", "--values", write("w.json", withoutLocation).toString());

        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("error: Locatie: vul dit in"), run.errLines());
    }

    @Test
    void unknownKeyIsAProblem() throws IOException {
        String withTypo = HETERDAAD.replace("\"plaats\"", "\"plaatz\"");

        CommandRun run = CommandRun.run(command, "heterdaad", "--values", write("w.json", withTypo).toString());

        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("error: onbekend veld 'plaatz'"), run.errLines());
    }

    @Test
    void nameWithoutTheFamilysConsentIsRefusedAndNeverPrinted() throws IOException {
        Path values = write("vermissing.json", """
                {"toestemming": false, "naam": "Kees van Dijk", "geslacht": "man", "leeftijd": "84",
                 "laatst_gezien_plaats": "Winkelcentrum Stevenshof", "aanspreken": "ja, rustig aanspreken"}
                """);

        CommandRun run = CommandRun.run(command, "vermissing", "--values", values.toString());

        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("error: Naam mag alleen ingevuld worden als "
                + "'Familie geeft toestemming om de naam te noemen' is aangevinkt"), run.errLines());
        assertFalse(run.err().contains("Kees"));
    }

    @Test
    void nameWithConsentIsPrinted() throws IOException {
        Path values = write("vermissing.json", """
                {"toestemming": true, "naam": "Kees van Dijk", "geslacht": "man", "leeftijd": "84",
                 "laatst_gezien_plaats": "Winkelcentrum Stevenshof", "aanspreken": "ja, rustig aanspreken"}
                """);

        CommandRun run = CommandRun.run(command, "vermissing", "--values", values.toString());

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.outLines().contains("Naam: Kees van Dijk"), run::toString);
    }

    @Test
    void unknownTemplateExitsWith2AndListsTheAvailableOnes() throws IOException {
        CommandRun run = CommandRun.run(command, "inbraak", "--values", write("w.json", HETERDAAD).toString());

        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("unknown template 'inbraak'; available: heterdaad, vermissing, afloopbericht, "
                + "getuigenoproep, waarschuwing, weekoverzicht"), run.errLines());
    }

    @Test
    void valuesThatAreNotJsonExitWith2() throws IOException {
        CommandRun run = CommandRun.run(command, "heterdaad", "--values", write("w.json", "{\"delict\": ").toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: cannot read values: "), run::toString);
    }

    @Test
    void missingValuesOptionPrintsTheUsage() {
        CommandRun run = CommandRun.run(command, "heterdaad");

        assertEquals(2, run.exit(), run::toString);
        assertEquals(List.of("--values FILE is missing", "usage: " + command.usage()), run.errLines());
    }

    @Test
    void templatesOptionPicksTheFolder() throws IOException {
        Path own = ownTemplates("eigen");

        CommandRun run = CommandRun.run(command, "--templates", own.toString(), "eigen", "--values", write("w.json", "{}").toString());

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Eigen sjabloon\n"), run::toString);
    }

    @Test
    void environmentVariablePicksTheFolderWhenNoOptionIsGiven() throws IOException {
        RenderCommand withEnv = new RenderCommand(Map.of("MELDTAFEL_TEMPLATES", ownTemplates("uit_env").toString()), CLOCK);

        CommandRun run = CommandRun.run(withEnv, "uit_env", "--values", write("w.json", "{}").toString());

        assertEquals(0, run.exit(), run::toString);
    }

    @Test
    void templatesOptionWinsOverTheEnvironmentVariable() throws IOException {
        RenderCommand withEnv = new RenderCommand(Map.of("MELDTAFEL_TEMPLATES", ownTemplates("uit_env").toString()), CLOCK);
        Path option = ownTemplates("uit_optie");
        Path values = write("w.json", "{}");

        CommandRun fromOption = CommandRun.run(withEnv, "--templates=" + option, "uit_optie", "--values", values.toString());
        CommandRun fromEnv = CommandRun.run(withEnv, "--templates=" + option, "uit_env", "--values", values.toString());

        assertEquals(0, fromOption.exit(), fromOption::toString);
        assertEquals(2, fromEnv.exit(), fromEnv::toString);
        assertEquals(List.of("unknown template 'uit_env'; available: uit_optie"), fromEnv.errLines());
    }

    @Test
    void withoutOptionOrEnvironmentTheTemplatesFolderOfTheWorkingDirectoryIsUsed() throws IOException {
        // Maven runs tests in the project folder, which holds templates/ with the five shipped ones.
        CommandRun run = CommandRun.run(command, "heterdaad", "--values", write("w.json", HETERDAAD).toString());

        assertEquals(0, run.exit(), run::toString);
    }

    /** A folder with one minimal template whose id is {@code id}. */
    private Path ownTemplates(String id) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("sjablonen-" + id));
        Files.writeString(folder.resolve(id + ".json"), """
                {"id": "%s", "title": "Eigen", "kind": "waarschuwing",
                 "fields": [{"key": "extra", "label": "Extra", "type": "text"}],
                 "body": ["Eigen sjabloon", "${extra}"]}
                """.formatted(id), StandardCharsets.UTF_8);
        return folder;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
