package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.report.PdfText;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-17T09:30:00Z"));

    private Path data() {
        return dir.resolve("data");
    }

    private ReportCommand command() {
        return new ReportCommand(this::data, clock);
    }

    private void seed() {
        try (Storage storage = Storage.open(data(), clock)) {
            Actor jan = new Actor(storage.officers().register("J. de Vries", "123456"), "tester");
            for (String text : List.of("Inbraak Dorpsstraat", "Overval Breestraat")) {
                long id = storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{}",
                        text, null, FollowUpPolicy.NONE, List.of()), jan);
                storage.alertService().confirmSent(id, jan);
            }
        }
    }

    @Test
    void writesTheOverviewOfTheDaysAsAPdf() throws IOException {
        seed();
        Path out = dir.resolve("week47.pdf");

        CommandRun run = CommandRun.run(command(), "--from", "2026-11-16", "--to", "2026-11-22", "--out", out.toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("week 47, 16 t/m 22 november 2026"), run.out());
        PdfText pdf = PdfText.of(out);
        assertTrue(pdf.text().contains("week 47, 16 t/m 22 november 2026"));
        assertTrue(pdf.hasLineStarting("Heterdaad 2"), pdf.text());
    }

    @Test
    void optionsMayBeWrittenWithAnEqualsSign() throws IOException {
        seed();
        Path out = dir.resolve("november.pdf");

        CommandRun run = CommandRun.run(command(), "--from=2026-11-01", "--to=2026-11-30", "--out=" + out);

        assertEquals(0, run.exit(), run.toString());
        assertTrue(PdfText.of(out).text().contains("1 t/m 30 november 2026"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not a date              | --from 16-11-2026 --to 2026-11-22 --out r.pdf | YYYY-MM-DD",
            "no such day             | --from 2026-11-16 --to 2026-11-31 --out r.pdf | YYYY-MM-DD",
            "from after to           | --from 2026-11-22 --to 2026-11-16 --out r.pdf | is after --to",
            "longer than allowed     | --from 2025-01-01 --to 2026-11-16 --out r.pdf | at most",
            "no output file          | --from 2026-11-16 --to 2026-11-22             | Missing --out",
            "no from                 | --to 2026-11-22 --out r.pdf                   | Missing --from",
            "value missing           | --from 2026-11-16 --to 2026-11-22 --out       | --out needs a value",
            "unknown option          | --from 2026-11-16 --to 2026-11-22 --out r.pdf --week 47 | Unknown argument: --week",
            "given twice             | --from 2026-11-16 --from 2026-11-17 --to 2026-11-22 --out r.pdf | given twice"})
    void aWrongCommandLineExitsTwoAndWritesNothing(String why, String args, String message) throws IOException {
        seed();
        List<String> words = List.of(args.replace("r.pdf", dir.resolve("r.pdf").toString()).split(" "));

        CommandRun run = CommandRun.run(command(), words.toArray(String[]::new));

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.err().contains("usage: report --from YYYY-MM-DD"), run.err());
        assertFalse(Files.exists(dir.resolve("r.pdf")));
    }

    @Test
    void aFolderWithoutDatabaseIsAnErrorNotAnEmptyReport() {
        Path out = dir.resolve("r.pdf");

        CommandRun run = CommandRun.run(command(), "--from", "2026-11-16", "--to", "2026-11-22", "--out", out.toString());

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("No Meldtafel database in " + data()), run.err());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(data()), "the command does not create a data folder");
    }

    @Test
    void anUnwritableTargetExitsOneAndLeavesNothing() throws IOException {
        seed();
        Path out = dir.resolve("no-such-folder").resolve("r.pdf");

        CommandRun run = CommandRun.run(command(), "--from", "2026-11-16", "--to", "2026-11-22", "--out", out.toString());

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().startsWith("Could not write " + out), run.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(data()), left.toList());
        }
    }
}
