package nl.meldtafel.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "--templates sjablonen", "--templates=sjablonen", "--data-dir /srv/meldtafel",
            "--data-dir=/srv/meldtafel --templates sjablonen", "--templates render",
            "--database postgresql://balie1@politie-db/meldtafel", "--data-dir /srv/m --database=postgresql://b@h/m"})
    void onlyDeskOptionsStartTheDesk(String args) {
        assertTrue(StartOptions.isDeskStart(split(args)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"render heterdaad --values w.json", "templates check", "--templates sjablonen templates check",
            "help", "--help", "--templatesX", "--data-dir=/srv/meldtafel log verify"})
    void anythingElseIsAnAdminCommand(String args) {
        assertFalse(StartOptions.isDeskStart(split(args)));
    }

    @Test
    void parseReadsEveryOptionInEitherSpelling() {
        assertEquals(new StartOptions(Optional.of(Path.of("sjablonen")), Optional.of(Path.of("/srv/meldtafel")), Optional.empty()),
                StartOptions.parse(List.of("--templates", "sjablonen", "--data-dir=/srv/meldtafel")));
        assertEquals(new StartOptions(Optional.of(Path.of("sjablonen")), Optional.of(Path.of("/srv/meldtafel")),
                        Optional.of("postgresql://balie1@politie-db/meldtafel")),
                StartOptions.parse(List.of("--data-dir", "/srv/meldtafel", "--templates=sjablonen",
                        "--database", "postgresql://balie1@politie-db/meldtafel")));
        assertEquals(Optional.of("postgresql://b@h/m"), StartOptions.parse(List.of("--database=postgresql://b@h/m")).database());
        assertEquals(new StartOptions(Optional.empty(), Optional.empty(), Optional.of("postgresql://b@h/m"),
                Optional.of("Leiden Noord"), true), StartOptions.parse(List.of("--database", "postgresql://b@h/m", "--unit",
                "--team", "Leiden Noord")));
        assertTrue(StartOptions.isDeskStart(List.of("--database", "postgresql://b@h/m", "--unit", "--team=Noord")));
        assertFalse(StartOptions.parse(List.of("--team", "Noord")).unit());
    }

    @Test
    void theDeskNamesWhatIsWrongWithATypedServerAddressInDutch() {
        assertEquals(Optional.empty(), DeskAssembly.addressProblem("postgresql://balie1@politie-db/meldtafel"));
        assertEquals(Optional.of("Zet geen wachtwoord in het adres. Het wachtwoord komt uit PGPASSWORD of het bestand .pgpass."),
                DeskAssembly.addressProblem("postgresql://balie1:geheim@politie-db/meldtafel"));
        assertEquals(Optional.of("Dit is geen serveradres. Schrijf het als postgresql://gebruiker@server:5432/database."),
                DeskAssembly.addressProblem("politie-db"));
    }

    @Test
    void absentOptionsAreEmpty() {
        assertEquals(new StartOptions(Optional.empty(), Optional.empty(), Optional.empty()), StartOptions.parse(List.of()));
    }

    @Test
    void aServerTheDeskCannotReadStopsTheStartWithTheReasonAndAGoodOneOrNoneDoesNot() {
        StartOptions withPassword = StartOptions.parse(List.of("--database", "postgresql://balie1:geheim@politie-db/meldtafel"));
        assertTrue(Main.serverProblem(withPassword, Map.of()).orElseThrow().startsWith("--database: the address holds a password"));

        StartOptions none = StartOptions.parse(List.of());
        assertTrue(Main.serverProblem(none, Map.of("MELDTAFEL_DATABASE", "politie-db")).orElseThrow()
                .startsWith("MELDTAFEL_DATABASE: "));
        assertEquals(Optional.empty(), Main.serverProblem(none, Map.of("MELDTAFEL_DATABASE", "postgresql://b@politie-db/m")));
        assertEquals(Optional.empty(), Main.serverProblem(none, Map.of()));
    }

    @Test
    void optionWithoutItsValueIsIgnored() {
        assertEquals(Optional.empty(), StartOptions.parse(List.of("--templates")).templatesDir());
    }

    @Test
    void namedParametersFromJavaFxFillWhatTheRawListLacks() {
        StartOptions options = StartOptions.fromRaw(List.of("--templates", "uit-lijst"), Map.of("templates", "genegeerd",
                "data-dir", "/srv/meldtafel"));

        assertEquals(Optional.of(Path.of("uit-lijst")), options.templatesDir());
        assertEquals(Optional.of(Path.of("/srv/meldtafel")), options.dataDir());
    }

    private static List<String> split(String args) {
        return args.isEmpty() ? List.of() : List.of(args.split(" "));
    }
}
