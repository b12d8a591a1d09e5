package nl.meldtafel.ui.compose;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.RenderResult;
import nl.meldtafel.ui.common.WhatsAppTextNodes;

/**
 * The message as WhatsApp will show it: formatting rendered, line breaks kept, the police notice at
 * the bottom, then the character count, the renderer's warnings and what is still missing.
 */
public final class WhatsAppPreview extends VBox {

    private final TextFlow flow = new TextFlow();
    private final Label count = new Label();
    private final Label empty = new Label(Texts.get("compose.preview.empty"));
    private final VBox warnings = new VBox(2);
    private final VBox problems = new VBox(2);
    // Held in fields: a binding only referenced by a node property could be collected.
    private final BooleanBinding hasWarnings;
    private final BooleanBinding hasProblems;

    public WhatsAppPreview(ComposeViewModel model) {
        super(8);
        getStyleClass().add("preview");
        Label title = new Label(Texts.get("compose.preview.title"));
        title.getStyleClass().add("section-title");

        flow.setId("previewText");
        flow.getStyleClass().add("bubble-text");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        StackPane bubble = new StackPane(flow, empty);
        bubble.getStyleClass().add("bubble");
        ScrollPane chat = new ScrollPane(bubble);
        chat.setFitToWidth(true);
        chat.getStyleClass().add("chat");
        VBox.setVgrow(chat, Priority.ALWAYS);

        count.setId("charCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.characterCountProperty());

        warnings.setId("previewWarnings");
        warnings.getStyleClass().add("warnings");
        problems.setId("previewProblems");
        problems.getStyleClass().add("problems-box");
        hasWarnings = Bindings.isNotEmpty(model.warnings());
        hasProblems = Bindings.isNotEmpty(model.problems());
        show(warnings, hasWarnings);
        show(problems, hasProblems);
        fill(warnings, model.warnings(), Texts.get("compose.preview.warnings"), "warning-line");
        fill(problems, model.problems(), Texts.get("compose.preview.problems"), "problem-line");

        getChildren().addAll(title, chat, count, warnings, problems);
        model.resultProperty().addListener((o, old, result) -> render(result));
        render(model.resultProperty().get());
    }

    private static void show(VBox box, BooleanBinding visible) {
        box.visibleProperty().bind(visible);
        box.managedProperty().bind(visible);
    }

    private static void fill(VBox box, ObservableList<String> lines, String heading, String styleClass) {
        Runnable refill = () -> {
            Label head = new Label(heading);
            head.getStyleClass().add(styleClass + "-heading");
            box.getChildren().setAll(head);
            for (String line : lines) {
                Label label = new Label("• " + line);
                label.setWrapText(true);
                label.getStyleClass().add(styleClass);
                box.getChildren().add(label);
            }
        };
        lines.addListener((ListChangeListener<String>) c -> refill.run());
        refill.run();
    }

    /** A few dozen Text nodes per keystroke: cheap, and simpler than patching spans in place. */
    private void render(RenderResult result) {
        empty.setVisible(result == null);
        if (result == null) {
            flow.getChildren().clear();
            return;
        }
        flow.getChildren().setAll(WhatsAppTextNodes.of(result.preview()));
    }


    /** The preview's plain text, as shown (for tests). */
    String shownText() {
        StringBuilder out = new StringBuilder();
        flow.getChildren().forEach(n -> out.append(((Text) n).getText()));
        return out.toString();
    }
}
