package nl.meldtafel.ui.common;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10.8: the preview shows WhatsApp's lists and quotes as the phone does, and keeps inline styles in them. */
@ExtendWith(FxDeskExtension.class)
class WhatsAppTextNodesUiTest {

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            window.show(new TextFlow(), 300, 200);
        });
    }

    @Test
    void listsAndQuotesLookAsInWhatsApp() throws Exception {
        List<Text> nodes = WaitForAsyncUtils.asyncFx(() -> WhatsAppTextNodes.of(
                "Kijk uit naar twee mannen:\n1. *fors*\n- Zo liep het af\n> citaat\n_Bel 112._")).get();

        String shown = nodes.stream().map(Text::getText).collect(Collectors.joining());
        assertEquals("Kijk uit naar twee mannen:\n1. fors\n• Zo liep het af\n\u258E citaat\nBel 112.", shown);
        assertTrue(nodes.stream().anyMatch(t -> t.getText().equals("fors") && t.getStyleClass().contains("wa-bold")));
        assertTrue(nodes.stream().anyMatch(t -> t.getText().equals("citaat") && t.getStyleClass().contains("wa-quote")));
        assertTrue(nodes.stream().anyMatch(t -> t.getText().equals("• ") && t.getStyleClass().contains("wa-list")));
    }

    @Test
    void aMonoBlockOverSeveralLinesIsShownAsBefore() throws Exception {
        List<Text> nodes = WaitForAsyncUtils.asyncFx(() -> WhatsAppTextNodes.of("```\n- niet als lijst\n```")).get();

        assertEquals("\n- niet als lijst\n", nodes.stream().map(Text::getText).collect(Collectors.joining()));
    }
}
