package nl.meldtafel.ui.compose;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.FieldType;
import org.controlsfx.validation.ValidationSupport;

import java.util.ArrayList;
import java.util.List;

/** One entry of a group: a numbered header with "Verwijder", and its fields two to a row. */
final class EntryView extends VBox {

    private final GroupModel group;
    private final GroupEntryModel entry;
    private final Label heading = new Label();
    private final Button remove = new Button(Texts.get("compose.button.remove"));
    private final List<Region> editors = new ArrayList<>();

    EntryView(GroupModel group, GroupEntryModel entry, ValidationSupport validation) {
        super(4);
        this.group = group;
        this.entry = entry;
        getStyleClass().add("group-entry");
        heading.getStyleClass().add("entry-title");
        remove.getStyleClass().add("link-button");
        remove.setOnAction(e -> group.remove(entry));
        // Tab goes from field to field: text typed after a Tab never lands on a button.
        remove.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints input = new ColumnConstraints();
        input.setHgrow(Priority.ALWAYS);
        input.setMinWidth(120);
        grid.getColumnConstraints().addAll(label, input, label, input);
        int index = 0;
        for (FieldModel field : entry.fields()) {
            Region editor = FieldEditors.create(field, validation, "");
            editors.add(editor);
            int row = index / 2;
            int column = (index % 2) * 2;
            if (field.type() == FieldType.YES_NO) {
                grid.add(editor, column, row, 2, 1);
            } else {
                grid.add(new Label(field.definition().label()), column, row);
                grid.add(editor, column + 1, row);
            }
            index++;
        }
        getChildren().addAll(header, grid);
    }

    /** Numbers the entry and its input ids ("field-verdachten-2-kleding"), which shift when one is removed. */
    void number(int nr) {
        String key = group.definition().key();
        heading.setText(Texts.get("compose.group.entry", group.definition().label(), nr));
        remove.setId("remove-" + key + "-" + nr);
        for (int i = 0; i < editors.size(); i++) {
            input(editors.get(i)).setId("field-" + key + "-" + nr + "-" + entry.fields().get(i).definition().key());
        }
    }

    void focusFirst() {
        if (!editors.isEmpty()) {
            input(editors.get(0)).requestFocus();
        }
    }

    private static Node input(Region editor) {
        return editor instanceof HBox box ? box.getChildren().get(0) : editor;
    }
}
