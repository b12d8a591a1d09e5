package nl.meldtafel.weekly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.message.PoliceNotice;
import nl.meldtafel.message.RenderResult;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateSource;
import org.junit.jupiter.api.Test;

class WeekoverzichtTemplateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static TemplateDefinition weekoverzicht(TemplateCatalog catalog) {
        return catalog.find("weekoverzicht").orElseThrow(() -> new AssertionError(catalog.problems().toString()));
    }

    @Test
    void templatePassesTheCheckAndNeedsNoFollowUp() {
        TemplateCatalog catalog = TemplateSource.fromDirectory(Path.of("templates"));
        TemplateDefinition template = weekoverzicht(catalog);

        assertEquals(List.of(), catalog.problems());
        assertEquals(MessageKind.WEEKOVERZICHT, template.kind());
        assertFalse(template.followUp().awaitsClosure());
        assertEquals("Weekoverzicht", weekoverzicht(TemplateSource.bundled()).title());
    }

    @Test
    void filledOverviewRendersAsIssue17AsksWithThePoliceNoticeAppended() {
        LogAlerts log = new LogAlerts();
        log.closedByAfloop(MessageKind.HETERDAAD, "{}", "{\"uitkomst\":\"Aangehouden\"}");
        log.closedByAfloop(MessageKind.VERMISSING, "{}", "{\"uitkomst\":\"Persoon aangetroffen\"}");
        WeeklyOverview overview = WeeklyText.write(log.tally(), Period.previousWeek(TODAY), TODAY);
        FieldValues values = FieldValues.builder().text(WeeklyOverview.PERIODE, overview.periode())
                .text(WeeklyOverview.OVERZICHT, overview.overzicht()).text(WeeklyOverview.DANK, overview.dank()).build();
        TemplateDefinition template = weekoverzicht(TemplateSource.fromDirectory(Path.of("templates")));

        RenderResult result = new MessageRenderer(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), Period.ZONE))
                .render(template, values);

        assertEquals(List.of(), result.problems());
        assertEquals("""
                *Weekoverzicht politie – week 47 (16 t/m 22 november)*

                Er gingen 2 berichten uit: 1 heterdaadbericht en 1 vermissing.
                Zo liep het af:
                - 1 heterdaadbericht leidde tot een aanhouding.
                - 1 vermiste persoon is teruggevonden.

                Dank aan alle beheerders en buurtbewoners voor hun alertheid en voor het doorsturen van onze berichten!

                """ + PoliceNotice.TEXT, result.finalText().orElseThrow());
    }

    @Test
    void withoutAnOverviewNothingCanBeSent() {
        TemplateDefinition template = weekoverzicht(TemplateSource.fromDirectory(Path.of("templates")));

        RenderResult result = new MessageRenderer(Clock.systemUTC()).render(template, FieldValues.empty());

        assertFalse(result.isComplete());
    }
}
