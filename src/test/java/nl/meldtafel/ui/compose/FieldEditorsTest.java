package nl.meldtafel.ui.compose;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldEditorsTest {

    private static final List<String> OPTIONS = List.of("Woninginbraak", "Poging woninginbraak", "Overval");

    @Test
    void suggestsOptionsContainingTheText() {
        assertEquals(List.of("Woninginbraak", "Poging woninginbraak"), FieldEditors.suggestions(OPTIONS, "inbr"));
    }

    @Test
    void noSuggestionsOnceTheTextIsAnOption() {
        assertEquals(List.of(), FieldEditors.suggestions(OPTIONS, "woninginbraak "));
    }

    @Test
    void noSuggestionsForEmptyText() {
        assertEquals(List.of(), FieldEditors.suggestions(OPTIONS, " "));
    }
}
