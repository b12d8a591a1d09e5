package nl.meldtafel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesCheckCommandTest {

    private static final Path SHIPPED = Path.of("templates");
    private static final List<String> SHIPPED_FILES = List.of("afloopbericht.json", "getuigenoproep.json", "heterdaad.json",
            "vermissing.json", "waarschuwing.json", "weekoverzicht.json");

    @TempDir
    Path dir;

    private final TemplatesCheckCommand command = new TemplatesCheckCommand(Map.of());

    @Test
    void allGoodTemplatesExitWith0AndPrintNoProblem() throws IOException {
        copyShipped(dir);

        CommandRun run = CommandRun.run(command, dir.toString());

        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals("6 ok, 0 with problems, in " + dir.toAbsolutePath().normalize(), lastLine(run.errLines()));
        for (String file : SHIPPED_FILES) {
            assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("ok  " + file + " (")), file + "\n" + run);
        }
    }

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                Arguments.of("bad JSON", (UnaryOperator<String>) s -> s.substring(0, s.indexOf("\"fields\"")),
                        "kapot.json: ongeldige JSON op regel "),
                Arguments.of("unknown placeholder", (UnaryOperator<String>) s -> s.replace("${vluchtrichting}", "${vluchtrichtng}"),
                        "kapot.json: plaatshouder ${vluchtrichtng} in de tekst heeft geen velddefinitie"),
                Arguments.of("unknown field type", (UnaryOperator<String>) s -> s.replace("\"licence_plate\"", "\"kenteken\""),
                        "kapot.json: veld 'kenteken': onbekend type 'kenteken' (mogelijk: text, multiline, choice, time, "
                                + "date, number, measure, day, licence_plate, yes_no, group)"),
                Arguments.of("duplicate field key", (UnaryOperator<String>) s -> s.replace("{ \"key\": \"vluchtrichting\"",
                                "{ \"key\": \"plaats\", \"label\": \"Nog een plaats\", \"type\": \"text\" },\n    { \"key\": \"vluchtrichting\""),
                        "kapot.json: veldsleutel 'plaats' komt twee keer voor"),
                Arguments.of("duplicate attribute", (UnaryOperator<String>) s -> s.replace("\"title\": \"Heterdaad\",",
                                "\"title\": \"Heterdaad\", \"title\": \"Nog eens\","),
                        "kapot.json: ongeldige JSON op regel 3, kolom "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void aBrokenFileIsNamedWithItsProblemAndTheOthersStillLoad(String what, UnaryOperator<String> breakIt, String expected)
            throws IOException {
        copyShipped(dir);
        String heterdaad = Files.readString(SHIPPED.resolve("heterdaad.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"heterdaad\"", "\"id\": \"kapot\"");
        String broken = breakIt.apply(heterdaad);
        assertTrue(!broken.equals(heterdaad), "the change for " + what + " did not apply");
        Files.writeString(dir.resolve("kapot.json"), broken, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.run(command, dir.toString());

        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.outLines().size(), run::toString);
        assertTrue(run.outLines().get(0).startsWith(expected), run::toString);
        assertEquals("6 ok, 1 with problems, in " + dir.toAbsolutePath().normalize(), lastLine(run.errLines()));
    }

    @Test
    void aSecondFileWithAnIdInUseIsTheOneNamed() throws IOException {
        copyShipped(dir);
        Files.copy(SHIPPED.resolve("vermissing.json"), dir.resolve("zz-kopie.json"));

        CommandRun run = CommandRun.run(command, dir.toString());

        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of("zz-kopie.json: id 'vermissing' wordt al gebruikt door vermissing.json"), run.outLines());
    }

    @Test
    void emptyFolderExitsWith1() {
        CommandRun run = CommandRun.run(command, dir.toString());

        assertEquals(1, run.exit(), run::toString);
        assertEquals("0 ok, 0 with problems, in " + dir.toAbsolutePath().normalize(), lastLine(run.errLines()));
    }

    @Test
    void missingFolderIsAProblemNamingIt() {
        Path missing = dir.resolve("bestaat-niet");

        CommandRun run = CommandRun.run(command, missing.toString());

        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(missing.toAbsolutePath().normalize() + ": map met sjablonen bestaat niet"), run.outLines());
    }

    @Test
    void twoFoldersAreAUsageError() {
        CommandRun run = CommandRun.run(command, "a", "b");

        assertEquals(2, run.exit(), run::toString);
        assertEquals("at most one folder", run.errLines().get(0));
    }

    @Test
    void withoutAFolderTheTemplatesOptionIsChecked() throws IOException {
        Path option = Files.createDirectories(dir.resolve("optie"));
        copyShipped(option);

        CommandRun run = CommandRun.run(command, "--templates", option.toString());

        assertEquals(0, run.exit(), run::toString);
        assertEquals("6 ok, 0 with problems, in " + option.toAbsolutePath().normalize(), lastLine(run.errLines()));
    }

    @Test
    void withoutAFolderOrOptionTheEnvironmentVariableIsChecked() throws IOException {
        Path env = Files.createDirectories(dir.resolve("env"));
        copyShipped(env);

        CommandRun run = CommandRun.run(new TemplatesCheckCommand(Map.of("MELDTAFEL_TEMPLATES", env.toString())));

        assertEquals(0, run.exit(), run::toString);
        assertEquals("6 ok, 0 with problems, in " + env.toAbsolutePath().normalize(), lastLine(run.errLines()));
    }

    @Test
    void templatesOptionWinsOverTheEnvironmentVariable() throws IOException {
        Path env = Files.createDirectories(dir.resolve("env")); // empty: would exit 1
        Path option = Files.createDirectories(dir.resolve("optie"));
        copyShipped(option);

        CommandRun run = CommandRun.run(new TemplatesCheckCommand(Map.of("MELDTAFEL_TEMPLATES", env.toString())),
                "--templates=" + option);

        assertEquals(0, run.exit(), run::toString);
        assertEquals("6 ok, 0 with problems, in " + option.toAbsolutePath().normalize(), lastLine(run.errLines()));
    }

    @Test
    void blankEnvironmentVariableFallsBackToTheTemplatesFolderOfTheWorkingDirectory() {
        CommandRun run = CommandRun.run(new TemplatesCheckCommand(Map.of("MELDTAFEL_TEMPLATES", " ")));

        assertEquals(0, run.exit(), run::toString);
        assertEquals("6 ok, 0 with problems, in " + SHIPPED.toAbsolutePath().normalize(), lastLine(run.errLines()));
    }

    private static void copyShipped(Path target) throws IOException {
        for (String file : SHIPPED_FILES) {
            Files.copy(SHIPPED.resolve(file), target.resolve(file));
        }
    }

    private static String lastLine(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
