package nl.meldtafel.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;

/** Why the controls beside it are disabled, shown only while they are: said before the click, not after. */
public final class RightsNote {

    private RightsNote() {
    }

    public static Label of(String id, String reason, ObservableBooleanValue allowed) {
        Label note = new Label(reason);
        note.setId(id);
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        note.visibleProperty().bind(javafx.beans.binding.Bindings.not(allowed));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
