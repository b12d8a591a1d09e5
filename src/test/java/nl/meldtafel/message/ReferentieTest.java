package nl.meldtafel.message;

import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferentieTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static String of(Alert a) {
        return Referentie.of(a.kind(), a.sentAt(), a.valuesJson(), ZONE, TODAY);
    }

    static Alert alert(MessageKind kind, String valuesJson, LocalDateTime sent) {
        return new Alert(1, kind, kind.jsonName(), "h", valuesJson, "tekst", new Officer(1, "Jan", "111111"), "os",
                sent.atZone(ZONE).toInstant(), sent.atZone(ZONE).toInstant(), AlertStatus.SENT, FollowUpPolicy.NONE,
                null, null, null, List.of(), null, null);
    }

    private static String referentie(MessageKind kind, String valuesJson) {
        return of(alert(kind, valuesJson, LocalDateTime.of(2026, 11, 23, 14, 32)));
    }

    @Test
    void heterdaadNamesTheCrimeAndTheStreet() {
        assertEquals("woninginbraak, Dorpsstraat (14.32 uur)",
                referentie(MessageKind.HETERDAAD, "{\"delict\":\"Woninginbraak\",\"tijd\":\"14.30\",\"locatie\":\"Dorpsstraat\"}"));
    }

    @Test
    void vermissingNamesWhoIsMissingNotTheName() {
        assertEquals("vermiste man (84)",
                referentie(MessageKind.VERMISSING, "{\"naam\":\"Henk\",\"geslacht\":\"man\",\"leeftijd\":\"84\"}"));
        assertEquals("vermist meisje (7), Korreweg", referentie(MessageKind.VERMISSING,
                "{\"naam\":\"Anna\",\"geslacht\":\"meisje\",\"leeftijd\":\"7\",\"laatst_gezien_plaats\":\"Korreweg\"}"));
        assertEquals("vermiste persoon", referentie(MessageKind.VERMISSING, "{}"));
    }

    @Test
    void anEarlierDaySaysWhichDay() {
        Alert yesterday = alert(MessageKind.HETERDAAD, "{\"delict\":\"Overval\",\"locatie\":\"Kerkplein\"}",
                LocalDateTime.of(2026, 11, 22, 23, 5));
        assertEquals("overval, Kerkplein (22 november, 23.05 uur)",
                of(yesterday));
    }

    @Test
    void placeAndOtherKindsAndRedactedValues() {
        assertEquals("voertuigcriminaliteit, Albert Heijn Kerkplein, Leiden-Zuid (14.32 uur)",
                referentie(MessageKind.HETERDAAD,
                        "{\"delict\":\"Voertuigcriminaliteit\",\"locatie\":\"Albert Heijn Kerkplein\",\"plaats\":\"Leiden-Zuid\"}"));
        assertEquals("ons bericht van 14.32 uur", referentie(MessageKind.WAARSCHUWING, "{\"x\":\"y\"}"));
        assertEquals("ons bericht van 14.32 uur", referentie(MessageKind.HETERDAAD, null));
    }

    @ParameterizedTest
    @CsvSource({
            "Dorpsstraat, aan de Dorpsstraat",
            "Dorpsstraat 12, aan de Dorpsstraat 12",
            "Churchilllaan, aan de Churchilllaan",
            "Stationsplein, op het Stationsplein",
            "het station, bij het station",
            "Albert Heijn Kerkplein, bij Albert Heijn Kerkplein"})
    void placeTakesTheRightPreposition(String locatie, String expected) {
        assertEquals(expected, Referentie.place(locatie));
    }

    @Test
    void neverLongerThanTheFieldAllows() {
        String text = referentie(MessageKind.HETERDAAD, "{\"delict\":\"" + "a".repeat(150) + "\",\"locatie\":\"" + "b".repeat(150) + "\"}");
        assertTrue(text.length() <= Referentie.MAX_LENGTH, text);
        assertTrue(text.endsWith("…"));
    }

    @Test
    void anAfloopStartsWithTheOriginalsKindAndAsksToRemoveAPhotoOnlyWhenOneWasShared() {
        Alert withPhoto = alert(MessageKind.VERMISSING, "{\"geslacht\":\"meisje\",\"foto\":true}", LocalDateTime.of(2026, 11, 23, 14, 32));
        Alert heterdaad = alert(MessageKind.HETERDAAD, "{\"foto\":true}", LocalDateTime.of(2026, 11, 23, 14, 32));

        assertEquals("{\"referentie\":\"r\",\"over\":\"vermissing\",\"foto\":true}",
                Referentie.afloopValues(withPhoto.kind(), withPhoto.valuesJson(), "r").toJsonString());
        assertEquals("{\"referentie\":\"r\",\"over\":\"heterdaad\"}", Referentie.afloopValues(heterdaad.kind(), heterdaad.valuesJson(), "r").toJsonString());
    }
}
