package nl.meldtafel.ui.compose;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;
import org.controlsfx.validation.ValidationSupport;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/** A repeating group: a sub-form per entry, "+ verdachte" to add, "Verwijder" per entry. */
final class GroupView extends VBox {

    private final GroupModel group;
    private final ValidationSupport validation;
    private final VBox entriesBox = new VBox(8);
    private final Label empty;
    private final Map<GroupEntryModel, EntryView> views = new IdentityHashMap<>();

    /** @param altKey the letter that adds an entry with Alt ("V"), or null */
    GroupView(GroupModel group, ValidationSupport validation, String altKey) {
        super(6);
        this.group = group;
        this.validation = validation;
        getStyleClass().add("group");
        String key = group.definition().key();
        String label = group.definition().label();
        String lower = label.toLowerCase(Locale.forLanguageTag("nl-NL"));

        Label title = new Label(label);
        title.getStyleClass().add("group-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(altKey == null ? Texts.get("compose.group.add", lower)
                : Texts.get("compose.group.addKey", lower, altKey));
        add.setId("add-" + key);
        add.disableProperty().bind(group.canAddProperty().not());
        add.setOnAction(e -> addAndFocus());
        // Tab goes from field to field; the Alt key printed on the button adds an entry.
        add.setFocusTraversable(false);
        Button copy = new Button(altKey == null ? Texts.get("compose.group.copy")
                : Texts.get("compose.group.copyKey", altKey));
        copy.setId("copy-" + key);
        copy.getStyleClass().add("link-button");
        copy.setFocusTraversable(false);
        copy.visibleProperty().bind(group.canAddProperty().and(Bindings.isNotEmpty(group.entries())));
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> addCopyAndFocus());
        HBox header = new HBox(8, title, spacer, copy, add);
        header.setAlignment(Pos.CENTER_LEFT);
        if (group.definition().maxEntries() > 1) {
            Label max = new Label(Texts.get("compose.group.max", group.definition().maxEntries()));
            max.getStyleClass().add("muted");
            header.getChildren().add(1, max);
        }

        empty = new Label(Texts.get("compose.group.empty", lower));
        empty.getStyleClass().add("muted");
        getChildren().addAll(header, empty, entriesBox);
        group.entries().addListener((ListChangeListener<GroupEntryModel>) c -> showEntries());
        showEntries();
    }

    /** Keeps the nodes of surviving entries, so typing focus and caret are never disturbed. */
    private void showEntries() {
        views.keySet().retainAll(group.entries());
        entriesBox.getChildren().clear();
        for (int i = 0; i < group.entries().size(); i++) {
            GroupEntryModel entry = group.entries().get(i);
            EntryView view = views.computeIfAbsent(entry, e -> new EntryView(group, e, validation));
            view.number(i + 1);
            entriesBox.getChildren().add(view);
        }
        empty.setVisible(group.entries().isEmpty());
        empty.setManaged(group.entries().isEmpty());
    }

    /** "+ verdachte" or its Alt key: a new entry with the cursor in its first field. False when the group is full. */
    boolean addAndFocus() {
        if (!group.canAddProperty().get()) {
            return false;
        }
        group.add();
        focusFirst(group.entries().get(group.entries().size() - 1));
        return true;
    }

    /** "Zelfde als vorige" or Alt+Shift+letter: a copy of the last entry, the cursor in its first field. */
    boolean addCopyAndFocus() {
        if (!group.canAddProperty().get()) {
            return false;
        }
        group.addCopyOfLast();
        focusFirst(group.entries().get(group.entries().size() - 1));
        return true;
    }

    private void focusFirst(GroupEntryModel entry) {
        EntryView view = views.get(entry);
        if (view != null) {
            // Skins now, not at the next pulse: a choice field without its skin drops the keys typed
            // right after Alt+V ("m" for man was lost when typed fast).
            view.applyCss();
            view.focusFirst();
        }
    }

    /** Test and style hook: the view of entry {@code index} (0-based). */
    Node entryView(int index) {
        return entriesBox.getChildren().get(index);
    }
}
