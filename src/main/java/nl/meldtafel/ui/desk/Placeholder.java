package nl.meldtafel.ui.desk;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen that arrives with storage: says what it will show and why it is empty now. */
final class Placeholder extends VBox {

    Placeholder(String id, String title, String explanation) {
        this(id, new javafx.beans.property.SimpleStringProperty(title), new javafx.beans.property.SimpleStringProperty(explanation));
    }

    /** One whose words change with the desk's state. */
    Placeholder(String id, javafx.beans.value.ObservableStringValue title, javafx.beans.value.ObservableStringValue explanation) {
        super(12);
        setId(id);
        getStyleClass().addAll("content", "placeholder");
        Label heading = new Label();
        heading.textProperty().bind(title);
        heading.getStyleClass().add("title");
        Label text = new Label();
        text.textProperty().bind(explanation);
        text.setWrapText(true);
        text.getStyleClass().add("empty-state");
        getChildren().addAll(heading, text);
    }
}
