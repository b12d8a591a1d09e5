package nl.meldtafel.ui.compose;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.i18n.Texts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * After copying, inline so Enter and Esc answer it without a modal dialog: "Geplaatst in WhatsApp?"
 * for a message without groups, or the paste checklist "Plak in: ..." with one tick per group.
 */
final class ConfirmationBar extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final ComposeViewModel model;
    private final ZoneId zone;
    private final BooleanBinding asking;
    private final BooleanBinding plain;
    private final BooleanBinding listing;
    private final StringBinding pasteIn;
    private final Button yes = new Button(Texts.get("compose.confirm.yes"));
    private final VBox rows = new VBox(4);
    private final Label progress = new Label();

    ConfirmationBar(ComposeViewModel model, ZoneId zone) {
        super(6);
        this.model = model;
        this.zone = zone;
        setId("confirmationBar");
        getStyleClass().add("confirmation-bar");
        asking = model.awaitingConfirmationProperty().isNotNull();
        listing = model.checklistProperty().isNotNull();
        plain = asking.and(listing.not());
        pasteIn = Bindings.createStringBinding(() -> model.checklistProperty().get() == null ? ""
                : model.checklistProperty().get().pasteInText().orElse(""), model.checklistProperty());

        Label question = new Label(Texts.get("compose.confirm.question"));
        question.getStyleClass().add("question");
        Label explain = new Label(Texts.get("compose.confirm.explain"));
        explain.setWrapText(true);
        yes.setId("confirmYes");
        yes.getStyleClass().add("primary");
        yes.setOnAction(e -> model.confirmSent());
        Button later = new Button(Texts.get("compose.confirm.later"));
        later.setId("confirmLater");
        later.setOnAction(e -> model.later());
        HBox buttons = new HBox(8, yes, later);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox plainBox = new VBox(6, question, explain, buttons);
        plainBox.visibleProperty().bind(plain);
        plainBox.managedProperty().bind(plain);

        getChildren().addAll(plainBox, checklistBox());
        visibleProperty().bind(asking);
        managedProperty().bind(asking);
        // Focus on "Ja" (or the next group) gives the keyboard a home while the form is locked.
        asking.addListener((o, was, now) -> {
            if (now && !listing.get()) {
                yes.requestFocus();
            }
        });
        model.checklistProperty().addListener((o, old, list) -> showChecklist(list));
    }

    private VBox checklistBox() {
        Label next = new Label();
        next.setId("checklistNext");
        next.getStyleClass().add("question");
        next.textProperty().bind(pasteIn);
        Label explain = new Label(Texts.get("compose.checklist.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        rows.setId("checklistRows");
        progress.setId("checklistProgress");
        progress.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button later = new Button(Texts.get("compose.checklist.later"));
        later.setId("checklistLater");
        later.setOnAction(e -> model.later());
        HBox footer = new HBox(8, progress, spacer, later);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, next, explain, rows, footer);
        box.setId("checklist");
        box.visibleProperty().bind(listing);
        box.managedProperty().bind(listing);
        return box;
    }

    private void showChecklist(Checklist list) {
        if (list == null) {
            rows.getChildren().clear();
            return;
        }
        Node focus = null;
        rows.getChildren().clear();
        long done = list.items().stream().filter(i -> i.state() != Checklist.State.OPEN).count();
        for (Checklist.Item item : list.items()) {
            CheckBox tick = new CheckBox(item.group().name());
            tick.setId("tick-" + item.group().id());
            tick.setSelected(item.state() != Checklist.State.OPEN);
            tick.setDisable(item.state() != Checklist.State.OPEN);
            tick.setMaxWidth(Double.MAX_VALUE);
            tick.setMinWidth(0);
            HBox.setHgrow(tick, Priority.ALWAYS);
            // The box shows what is stored: it is ticked once the tick is recorded, not on the click.
            tick.setOnAction(e -> {
                tick.setSelected(false);
                model.tick(item.group().id());
            });
            Label when = new Label(whenText(item));
            when.getStyleClass().add(item.state() == Checklist.State.POSTED ? "ok-text" : "muted");
            when.setMinWidth(Region.USE_PREF_SIZE);
            when.setId("tickTime-" + item.group().id());
            HBox row = new HBox(8, tick, when);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("checklist-row");
            rows.getChildren().add(row);
            if (focus == null && item.state() == Checklist.State.OPEN) {
                focus = tick;
            }
        }
        progress.setText(Texts.get("compose.checklist.progress", done, list.items().size()));
        if (focus != null) {
            focus.requestFocus();
        }
    }

    private String whenText(Checklist.Item item) {
        return switch (item.state()) {
            case OPEN -> "";
            case POSTED -> Texts.get("compose.checklist.postedAt", TIME.format(item.at().atZone(zone)));
            case DISMISSED -> Texts.get("compose.checklist.dismissed");
        };
    }
}
