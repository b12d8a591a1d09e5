package nl.meldtafel.ui.desk;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen that arrives with storage: says what it will show and why it is empty now. */
final class Placeholder extends VBox {

    Placeholder(String id, String title, String explanation) {
        super(12);
        setId(id);
        getStyleClass().addAll("content", "placeholder");
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.getStyleClass().add("empty-state");
        getChildren().addAll(heading, text);
    }
}
