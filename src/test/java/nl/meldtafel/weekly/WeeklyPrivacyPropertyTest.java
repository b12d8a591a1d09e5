package nl.meldtafel.weekly;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import nl.meldtafel.template.MessageKind;

/**
 * Whatever the log holds, the overview shows counts only: no value an officer typed into any alert,
 * afloopbericht or closing reason appears in what the program fills in.
 */
@PropertyDefaults(tries = 300, edgeCases = EdgeCasesMode.NONE)
class WeeklyPrivacyPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Personal data as it shows up in alerts: names, plates, streets, descriptions. */
    private static final List<String> MARKERS = List.of("Jan Jansen", "Truus de Boer", "Mohammed El Amrani", "XK-123-B",
            "D-123-BC", "Dorpsstraat", "Stationsplein 12", "rode jas met capuchon", "1.85 m", "witte Golf",
            "Leiden-Zuid", "dementie", "06-12345678");
    private static final List<String> UITKOMSTEN = List.of("Aangehouden", "Persoon aangetroffen",
            "Actie beëindigd zonder resultaat", "Geen strafbaar feit", "Anders");
    private static final List<String> FIELDS = List.of("naam", "locatie", "kenteken", "kleding", "toelichting",
            "omschrijving", "referentie");

    /** One alert of the generated log and how it ended. */
    record Entry(MessageKind kind, int ending, String value, String otherValue, String uitkomst) {
    }

    @Provide
    Arbitrary<String> personalValue() {
        Arbitrary<String> token = Arbitraries.strings().withCharRange('A', 'Z').ofLength(8).map(s -> "Q" + s);
        return Arbitraries.oneOf(Arbitraries.of(MARKERS), token);
    }

    @Provide
    Arbitrary<List<Entry>> logs() {
        Arbitrary<MessageKind> kinds = Arbitraries.of(MessageKind.values());
        Arbitrary<String> uitkomst = Arbitraries.oneOf(Arbitraries.of(UITKOMSTEN), personalValue());
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 6), personalValue(), personalValue(), uitkomst)
                .as(Entry::new).list().ofMaxSize(40);
    }

    @Property
    void noValueOfAnyAlertAppearsInTheOverview(@ForAll("logs") List<Entry> entries) {
        LogAlerts log = new LogAlerts();
        List<String> typed = new ArrayList<>();
        for (Entry e : entries) {
            typed.add(e.value());
            typed.add(e.otherValue());
            String values = values(e.value(), e.otherValue());
            switch (e.ending()) {
                case 0 -> log.open(e.kind(), values);
                case 1 -> log.sent(e.kind(), values);
                case 2 -> log.pending(e.kind(), values);
                case 3 -> log.closedWithReason(e.kind(), values, e.otherValue());
                case 4 -> log.update(log.open(e.kind(), values), values(e.otherValue(), e.value()));
                case 5 -> log.closedByAfloop(e.kind(), null, null);
                default -> {
                    typed.add(e.uitkomst());
                    log.closedByAfloop(e.kind(), values,
                            "{\"uitkomst\":" + quote(e.uitkomst()) + ",\"toelichting\":" + quote(e.otherValue()) + "}");
                }
            }
        }
        WeeklyOverview overview = WeeklyText.write(log.tally(), Period.previousWeek(TODAY), TODAY);

        String all = (overview.periode() + "\n" + overview.overzicht() + "\n" + overview.dank()).toLowerCase(Locale.ROOT);
        for (String value : typed) {
            if (!UITKOMSTEN.contains(value)) {
                assertFalse(all.contains(value.toLowerCase(Locale.ROOT)), () -> "'" + value + "' leaked into:\n" + all);
            }
        }
    }

    private static String values(String value, String otherValue) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < FIELDS.size(); i++) {
            node.put(FIELDS.get(i), i % 2 == 0 ? value : otherValue);
        }
        node.putArray("verdachten").addObject().put("kleding", value).put("kenteken", otherValue);
        return node.toString();
    }

    private static String quote(String s) {
        return JSON.getNodeFactory().textNode(s).toString();
    }
}
