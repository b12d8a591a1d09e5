package nl.meldtafel.ui.common;

import javafx.scene.text.Text;
import nl.meldtafel.whatsapp.Span;
import nl.meldtafel.whatsapp.WhatsAppFormatting;

import java.util.List;

/** Message text as styled Text nodes, so the compose preview and the Logboek render it alike. */
public final class WhatsAppTextNodes {

    private WhatsAppTextNodes() {
    }

    public static List<Text> of(String message) {
        return WhatsAppFormatting.parse(message).stream().map(WhatsAppTextNodes::text).toList();
    }

    private static Text text(Span span) {
        Text text = new Text(span.text());
        text.getStyleClass().add("wa-text");
        if (span.bold()) {
            text.getStyleClass().add("wa-bold");
        }
        if (span.italic()) {
            text.getStyleClass().add("wa-italic");
        }
        if (span.strike()) {
            text.getStyleClass().add("wa-strike");
        }
        if (span.mono()) {
            text.getStyleClass().add("wa-mono");
        }
        return text;
    }
}
