package nl.meldtafel.ui.followup;

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

import java.util.ArrayList;
import java.util.List;

/**
 * Due reminders as lines inside the main window, above the status bar. Not a popup: a popup window
 * gets the keys typed in the main window redirected to it, so Space in a form pressed its buttons.
 * Nothing here can take focus; its buttons act on a click, and Opvolging has its own shortcut.
 */
public final class DueReminderBar extends VBox {

    /** From this many on the reminders fold into one line. */
    static final int FOLD_AT = 4;

    private final FollowUpViewModel model;
    private final Runnable openFollowUp;
    private final String followUpKeys;

    public DueReminderBar(FollowUpViewModel model, Runnable openFollowUp, String followUpKeys) {
        super(4);
        this.model = model;
        this.openFollowUp = openFollowUp;
        this.followUpKeys = followUpKeys;
        setId("dueReminders");
        getStyleClass().add("due-reminders");
        setFocusTraversable(false);
        model.prompts().addListener((ListChangeListener<FollowUpItem>) c -> refill());
        refill();
    }

    private void refill() {
        List<FollowUpItem> due = List.copyOf(model.prompts());
        List<Node> lines = new ArrayList<>();
        if (due.size() >= FOLD_AT) {
            lines.add(folded(due.size()));
        } else {
            // the shortcut once, on the first line: repeated on each it is noise
            for (int i = 0; i < due.size(); i++) {
                lines.add(line(due.get(i), i == 0));
            }
        }
        getChildren().setAll(lines);
        setVisible(!lines.isEmpty());
        setManaged(!lines.isEmpty());
    }

    private HBox line(FollowUpItem item, boolean withKeys) {
        Label icon = icon();
        Label title = new Label(Texts.get("prompt.title", item.kindText()));
        title.getStyleClass().add("due-reminder-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label(item.row().summary());
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Label due = new Label(item.dueText());
        due.getStyleClass().add("overdue-text");
        due.setMinWidth(Region.USE_PREF_SIZE);
        Button afloop = button("duePrompt-afloop-" + item.id(), Texts.get("prompt.afloop"), () -> model.writeAfloop(item));
        afloop.getStyleClass().add("primary");
        Button later = button("duePrompt-later-" + item.id(), item.laterText(), () -> model.snooze(item));
        HBox line = new HBox(8, icon, title, summary, due, afloop, later);
        Label keys = keysHint();
        if (!withKeys) {
            keys.setVisible(false); // keeps the buttons of all lines aligned
        }
        line.getChildren().add(keys);
        line.setId("duePrompt-" + item.id());
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("due-reminder");
        return line;
    }

    private HBox folded(int count) {
        Label text = new Label(Texts.get("prompt.folded", count));
        text.getStyleClass().add("due-reminder-title");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = button("duePrompt-open", Texts.get("prompt.openFollowUp"), openFollowUp);
        open.getStyleClass().add("primary");
        HBox line = new HBox(8, icon(), text, open, keysHint());
        line.setId("duePrompt-folded");
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("due-reminder");
        return line;
    }

    private static Label icon() {
        Label icon = new Label("\u26a0");
        icon.getStyleClass().add("prompt-icon");
        icon.setMinWidth(Region.USE_PREF_SIZE);
        return icon;
    }

    private Label keysHint() {
        Label keys = new Label(Texts.get("prompt.keys", followUpKeys));
        keys.getStyleClass().add("shortcut-hint");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        return keys;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        // Never focused, so Space or Enter typed in a form can never press it.
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
