package nl.meldtafel.ui.common;

import javafx.scene.text.Text;
import nl.meldtafel.whatsapp.Span;
import nl.meldtafel.whatsapp.WhatsAppBlocks;
import nl.meldtafel.whatsapp.WhatsAppFormatting;

import java.util.ArrayList;
import java.util.List;

/**
 * Message text as styled Text nodes, so the compose preview and the Logboek render it alike: inline styles,
 * and WhatsApp's lists ("- ", "1. ") and quotes ("> ") as WhatsApp shows them.
 */
public final class WhatsAppTextNodes {

    private WhatsAppTextNodes() {
    }

    public static List<Text> of(String message) {
        if (message.contains("```")) {
            return spans(message, null); // a mono block may span lines; WhatsApp shows it without list formatting
        }
        List<Text> out = new ArrayList<>();
        List<WhatsAppBlocks.Line> lines = WhatsAppBlocks.lines(message);
        for (int i = 0; i < lines.size(); i++) {
            WhatsAppBlocks.Line line = lines.get(i);
            switch (line.kind()) {
                case BULLET, NUMBERED -> {
                    // the marker as WhatsApp shows it ("•" for "- "), in the list colour; a number stays as typed
                    out.add(styled(line.marker() + " ", "wa-list"));
                    out.addAll(spans(line.text(), null));
                }
                case QUOTE -> {
                    out.add(styled("\u258E ", "wa-quote-bar"));
                    out.addAll(spans(line.text(), "wa-quote"));
                }
                default -> out.addAll(spans(line.text(), null));
            }
            if (i < lines.size() - 1) {
                out.add(styled("\n", null));
            }
        }
        return out;
    }

    private static List<Text> spans(String text, String extraClass) {
        List<Text> out = new ArrayList<>();
        for (Span span : WhatsAppFormatting.parse(text)) {
            Text node = text(span);
            if (extraClass != null) {
                node.getStyleClass().add(extraClass);
            }
            out.add(node);
        }
        return out;
    }

    private static Text styled(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add("wa-text");
        if (styleClass != null) {
            text.getStyleClass().add(styleClass);
        }
        return text;
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
