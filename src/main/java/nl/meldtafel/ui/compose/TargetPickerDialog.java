package nl.meldtafel.ui.compose;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * "Naar welke groepen?": per gemeente a box that ticks all its groups, per wijk of two or more groups
 * one that ticks the wijk, and one per group. Tab and Space work through it, Enter confirms, Esc cancels.
 */
final class TargetPickerDialog {

    private static final double INDENT = 22;

    private final TargetPickerModel model;
    private final List<Runnable> syncs = new ArrayList<>();
    private final Label count = new Label();

    private TargetPickerDialog(TargetPickerModel model) {
        this.model = model;
    }

    static void show(Scene owner, TargetPickerModel model, Consumer<List<Long>> chosen) {
        new TargetPickerDialog(model).open(owner, chosen);
    }

    private void open(Scene owner, Consumer<List<Long>> chosen) {
        ButtonType ok = new ButtonType(Texts.get("compose.targets.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("compose.targets.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<List<Long>> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("compose.targets.title"));
        dialog.setHeaderText(Texts.get("compose.targets.title"));
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("targetOk");
        if (owner != null && owner.getWindow() != null) {
            dialog.initOwner(owner.getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getStylesheets());
        }
        VBox list = new VBox(4);
        list.setId("targetList");
        list.getStyleClass().add("target-list");
        for (String gemeente : model.gemeenten()) {
            list.getChildren().add(gemeenteBox(gemeente));
            for (String wijk : model.wijken(gemeente)) {
                List<GroupRef> groups = model.groups(gemeente, wijk);
                double indent = INDENT;
                if (!wijk.isEmpty() && groups.size() > 1) {
                    list.getChildren().add(wijkBox(gemeente, wijk, groups.size()));
                    indent += INDENT;
                }
                for (GroupRef g : groups) {
                    list.getChildren().add(groupBox(g, indent));
                }
            }
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 28 * list.getChildren().size() + 8));
        scroll.getStyleClass().add("form-scroll");
        Label explain = new Label(Texts.get("compose.targets.explain"));
        explain.setWrapText(true);
        count.setId("targetCount");
        count.getStyleClass().add("muted");
        dialog.getDialogPane().setContent(new VBox(8, explain, scroll, count));
        dialog.getDialogPane().setPrefWidth(480);
        sync();
        dialog.setResultConverter(button -> button == ok ? model.chosenIds() : null);
        // Enter confirms wherever focus is; on a check box it would toggle it instead.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                ((Button) dialog.getDialogPane().lookupButton(ok)).fire();
            }
        });
        dialog.setOnShown(e -> list.getChildren().stream().findFirst().ifPresent(Node::requestFocus));
        dialog.resultProperty().addListener((o, old, ids) -> {
            if (ids != null) {
                chosen.accept(ids);
            }
        });
        dialog.show();
    }

    private CheckBox gemeenteBox(String gemeente) {
        int size = model.options().inGemeente(gemeente).size();
        CheckBox box = box("target-gemeente-" + key(gemeente), Texts.get("compose.targets.gemeenteBox",
                gemeente.isEmpty() ? Texts.get("compose.targets.noGemeente") : gemeente, size), 0);
        box.getStyleClass().add("target-gemeente");
        box.setOnAction(e -> {
            model.setGemeente(gemeente, model.gemeente(gemeente) != TargetPickerModel.Mark.ALL);
            sync();
        });
        syncs.add(() -> show(box, model.gemeente(gemeente)));
        return box;
    }

    private CheckBox wijkBox(String gemeente, String wijk, int size) {
        CheckBox box = box("target-wijk-" + key(gemeente) + "-" + key(wijk), Texts.get("compose.targets.wijkBox", wijk, size), INDENT);
        box.getStyleClass().add("target-wijk");
        box.setOnAction(e -> {
            model.setWijk(gemeente, wijk, model.wijk(gemeente, wijk) != TargetPickerModel.Mark.ALL);
            sync();
        });
        syncs.add(() -> show(box, model.wijk(gemeente, wijk)));
        return box;
    }

    private CheckBox groupBox(GroupRef group, double indent) {
        String label = group.wijk().isEmpty() ? Texts.get("compose.targets.gemeenteWide", group.name()) : group.name();
        CheckBox box = box("target-group-" + group.id(), label, indent);
        box.setOnAction(e -> {
            model.setGroup(group.id(), !model.isChosen(group.id()));
            sync();
        });
        syncs.add(() -> show(box, model.isChosen(group.id()) ? TargetPickerModel.Mark.ALL : TargetPickerModel.Mark.NONE));
        return box;
    }

    private static CheckBox box(String id, String text, double indent) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setAllowIndeterminate(false);
        VBox.setMargin(box, new Insets(0, 0, 0, indent));
        return box;
    }

    private static void show(CheckBox box, TargetPickerModel.Mark mark) {
        box.setIndeterminate(mark == TargetPickerModel.Mark.SOME);
        box.setSelected(mark == TargetPickerModel.Mark.ALL);
    }

    private void sync() {
        syncs.forEach(Runnable::run);
        count.setText(model.countText());
    }

    /** A CSS-safe id part: "Den Haag" becomes "den_haag". */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
