package nl.meldtafel.ui;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk's stylesheet parses cleanly: JavaFX only logs a parse error and silently drops the rules around it. */
class StylesheetTest {

    @Test
    void stylesheetHasNoParseErrors() throws Exception {
        URL css = Objects.requireNonNull(getClass().getResource("/nl/meldtafel/ui/meldtafel.css"));
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        CssParser.errorsProperty().clear();

        assertEquals(List.of(), errors);
        assertTrue(sheet.getRules().stream().anyMatch(r -> r.getSelectors().stream()
                .anyMatch(s -> s.toString().contains("log-filters"))), "the rules after .prompt-icon are kept");
    }
}
