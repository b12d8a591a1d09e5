package nl.meldtafel.ui.log;

import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import nl.meldtafel.ui.common.WhatsAppTextNodes;

/**
 * A sent message rendered as WhatsApp shows it, in the same chat bubble style as the compose
 * preview (that preview is bound to the compose view model, so it cannot be reused here).
 */
final class MessageBubble extends StackPane {

    private final TextFlow flow = new TextFlow();

    MessageBubble() {
        flow.setId("logRendered");
        flow.getStyleClass().add("bubble-text");
        StackPane bubble = new StackPane(flow);
        bubble.getStyleClass().add("bubble");
        getChildren().add(bubble);
        getStyleClass().addAll("chat", "log-chat");
    }

    void show(String text) {
        if (text == null) {
            flow.getChildren().clear();
            return;
        }
        flow.getChildren().setAll(WhatsAppTextNodes.of(text));
    }


    /** The rendered text without its styling (for tests). */
    String shownText() {
        StringBuilder out = new StringBuilder();
        flow.getChildren().forEach(n -> out.append(((Text) n).getText()));
        return out.toString();
    }
}
