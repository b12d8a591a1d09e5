package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 10.8: an afloopbericht offers the outcomes that fit the kind of the alert it closes. */
class AfloopOutcomesTest {

    private final ComposeFixture fixture = new ComposeFixture();

    @Test
    void afterAHeterdaadNoPersonIsFoundAndAfterAVermissingNoSuspectIsArrested() {
        FormModel form = fixture.open("afloopbericht");
        FieldModel over = form.field("over").orElseThrow();
        FieldModel uitkomst = form.field("uitkomst").orElseThrow();
        assertEquals(ComposeFixture.template("afloopbericht").field("uitkomst").orElseThrow().options(), uitkomst.options(),
                "a standalone afloopbericht offers every outcome");

        over.textProperty().set("heterdaad");
        assertEquals(List.of("verdachte aangehouden", "verdachten aangehouden", "verdachte niet gevonden, zoekactie gestopt",
                "geen strafbaar feit"), uitkomst.options());

        over.textProperty().set("vermissing");
        assertEquals(List.of("persoon is terecht", "zoekactie gestopt, (nog) niet gevonden"), uitkomst.options());
        assertEquals(List.of("persoon is terecht"), FieldEditors.suggestions(uitkomst.fittingOptions(), "terecht"));
    }

    @Test
    void anAfloopOpenedFromAHeterdaadStartsWithItsKind() {
        fixture.model.openLinked("afloopbericht", FieldValues.fromJson("{\"referentie\": \"overval, Kerkplein (14.32 uur)\", "
                + "\"over\": \"heterdaad\"}"), new ComposeViewModel.Link(7, "overval"));
        FormModel form = fixture.model.formProperty().get();

        assertEquals("heterdaad", form.field("over").orElseThrow().textProperty().get());
        assertEquals(4, form.field("uitkomst").orElseThrow().options().size());
    }
}
