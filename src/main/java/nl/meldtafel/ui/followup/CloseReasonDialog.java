package nl.meldtafel.ui.followup;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.i18n.Texts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Sluiten zonder bericht": asks a category from a fixed list and the reason, both required, then hands
 * them to the view model. By keyboard: Alt+letter picks a category, Alt+T goes to the toelichting,
 * Ctrl+Enter closes.
 */
public final class CloseReasonDialog {

    private CloseReasonDialog() {
    }

    public static void show(Window owner, List<String> stylesheets, FollowUpViewModel model, FollowUpItem item) {
        ToggleGroup categories = new ToggleGroup();
        VBox choices = new VBox(4);
        choices.setId("closeCategories");
        for (CloseCategory c : CloseCategory.values()) {
            RadioButton radio = new RadioButton(Texts.get(c.textKey() + ".choice"));
            radio.setId("closeCategory-" + c.name());
            radio.setMnemonicParsing(true);
            radio.setUserData(c);
            radio.setToggleGroup(categories);
            choices.getChildren().add(radio);
        }
        Label categoryLabel = new Label(Texts.get("followUp.close.category"));
        categoryLabel.setMnemonicParsing(true);
        categoryLabel.setLabelFor(choices.getChildren().get(0));
        ask(owner, stylesheets, "followUp.close", Texts.get("followUp.close.header", item.kindText(), item.row().summary()),
                new VBox(4, categoryLabel, choices),
                reason -> FollowUpViewModel.closeProblem(category(categories), reason),
                reason -> model.close(item, category(categories), reason), categories);
    }

    private static CloseCategory category(ToggleGroup group) {
        return group.getSelectedToggle() == null ? null : (CloseCategory) group.getSelectedToggle().getUserData();
    }

    /** "Overslaan…": why the alert is not posted in this group; the reason is required too. */
    public static void showSkip(Window owner, List<String> stylesheets, FollowUpViewModel model, NotPostedItem item) {
        ask(owner, stylesheets, "followUp.skip", Texts.get("followUp.skip.header", item.groupName(), item.alertText()),
                null, FollowUpViewModel::closeReasonProblem, reason -> model.skip(item, reason), null);
    }

    /**
     * The texts come from {@code keys}.title, .ok, .cancel, .explain and .prompt. {@code extra} goes above
     * the reason and gets the focus; {@code changes} (may be null) is watched for the problem line.
     */
    private static void ask(Window owner, List<String> stylesheets, String keys, String header, VBox extra,
                            Function<String, String> problemOf, Consumer<String> then,
                            ToggleGroup changes) {
        ButtonType close = new ButtonType(Texts.get(keys + ".ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get(keys + ".cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Texts.get(keys + ".title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(close, cancel);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        }
        TextArea reason = new TextArea();
        reason.setId("closeReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(Texts.get(keys + ".prompt"));
        StringBinding problem = changes == null
                ? Bindings.createStringBinding(() -> problemOf.apply(reason.getText()), reason.textProperty())
                : Bindings.createStringBinding(() -> problemOf.apply(reason.getText()), reason.textProperty(),
                        changes.selectedToggleProperty());
        Label problemLabel = new Label();
        problemLabel.setId("closeReasonProblem");
        problemLabel.getStyleClass().add("problem-line");
        problemLabel.textProperty().bind(problem);
        Label explain = new Label(Texts.get(keys + ".explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE); // else the dialog cuts the text to one line with "…"
        VBox content = new VBox(8, explain);
        if (extra != null) {
            content.getChildren().add(extra);
            Label reasonLabel = new Label(Texts.get(keys + ".reasonLabel"));
            reasonLabel.setMnemonicParsing(true);
            reasonLabel.setLabelFor(reason);
            content.getChildren().add(reasonLabel);
        }
        content.getChildren().addAll(reason, problemLabel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(520);
        Node ok = dialog.getDialogPane().lookupButton(close);
        ok.setId("closeConfirm");
        ok.disableProperty().bind(problem.isNotNull());
        dialog.setResultConverter(button -> button == close ? reason.getText() : null);
        // Enter belongs to the reason (several lines); Ctrl+Enter confirms from anywhere, as it sends elsewhere
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                if (!ok.isDisabled()) {
                    ((Button) ok).fire();
                }
            } else if (e.isAltDown() && extra != null && altKey(extra, reason, e.getCode())) {
                e.consume();
            }
        });
        Node first = extra == null ? reason : firstChoice(extra);
        dialog.setOnShown(e -> first.requestFocus());
        dialog.resultProperty().addListener((o, old, text) -> {
            if (text != null) {
                then.accept(text);
            }
        });
        dialog.show();
    }

    /**
     * Alt and the underlined letter of a category picks it and moves on to the reason; Alt+T goes to the
     * reason. Handled here rather than left to mnemonics, which need the Alt key released in between.
     */
    private static boolean altKey(VBox extra, TextArea reason, KeyCode code) {
        if (code == KeyCode.T) {
            reason.requestFocus();
            return true;
        }
        Node choices = extra.lookup("#closeCategories");
        if (choices instanceof VBox box) {
            for (Node n : box.getChildren()) {
                if (n instanceof RadioButton radio && code == KeyCode.getKeyCode(mnemonic(radio.getText()))) {
                    radio.setSelected(true);
                    reason.requestFocus();
                    return true;
                }
            }
        }
        return false;
    }

    private static String mnemonic(String text) {
        int i = text.indexOf('_');
        return i < 0 || i + 1 >= text.length() ? "" : text.substring(i + 1, i + 2).toUpperCase(java.util.Locale.ROOT);
    }

    private static Node firstChoice(VBox extra) {
        Node choices = extra.lookup("#closeCategories");
        return choices instanceof VBox box && !box.getChildren().isEmpty() ? box.getChildren().get(0) : extra;
    }
}
