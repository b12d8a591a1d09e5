package nl.meldtafel.ui.compose;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;

import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.Map;

/** The compose screen: generated form left, WhatsApp preview and the send actions right. Binds and forwards only. */
public final class ComposeView extends BorderPane {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TARGETS = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);

    private final ComposeViewModel model;
    private final Map<FormModel, FormView> formViews = new IdentityHashMap<>();
    private final ScrollPane formScroll = new ScrollPane();
    private final Label title = new Label();
    private final Label recorded = new Label();
    private final Label error = new Label();
    private final Label sendHint = new Label();
    private final WhatsAppPreview preview;
    private final TargetPicker targets;
    // Held in fields so they live as long as the view.
    private final BooleanBinding noForm;
    private final BooleanBinding awaiting;
    private final BooleanBinding linked;
    private final StringBinding linkText;

    public ComposeView(ComposeViewModel model, ZoneId zone) {
        this.model = model;
        getStyleClass().add("compose");
        noForm = model.formProperty().isNull();
        awaiting = model.awaitingConfirmationProperty().isNotNull();
        linked = model.linkProperty().isNotNull();
        linkText = Bindings.createStringBinding(() -> model.linkProperty().get() == null ? ""
                : Texts.get(model.formProperty().get() != null && model.formProperty().get().template().kind().closesParent()
                ? "compose.link.closes" : "compose.link.updates", model.linkProperty().get().description()),
                model.linkProperty(), model.formProperty());

        title.getStyleClass().add("title");
        title.setId("composeTitle");
        Button clear = new Button(Texts.get("compose.button.clear"));
        clear.setId("clearButton");
        clear.disableProperty().bind(noForm.or(awaiting));
        clear.setOnAction(e -> askAndClear());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, clear);
        header.setAlignment(Pos.CENTER_LEFT);

        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("form-scroll");
        formScroll.disableProperty().bind(awaiting);
        Label emptyForm = new Label(Texts.get("compose.empty"));
        emptyForm.setWrapText(true);
        emptyForm.getStyleClass().add("empty-state");
        emptyForm.visibleProperty().bind(noForm);
        StackPane formHost = new StackPane(formScroll, emptyForm);
        VBox.setVgrow(formHost, Priority.ALWAYS);
        targets = new TargetPicker(model);
        WeeklyFillBar weekly = new WeeklyFillBar(model.weeklyFill());
        weekly.disableProperty().bind(awaiting);
        VBox left = new VBox(10, header, linkBanner(), weekly, targets, formHost);
        left.getStyleClass().add("compose-left");

        preview = new WhatsAppPreview(model);
        VBox.setVgrow(preview, Priority.ALWAYS);
        Button copy = new Button(Texts.get("compose.button.copy"));
        copy.setId("copyButton");
        copy.getStyleClass().add("primary");
        copy.setMaxWidth(Double.MAX_VALUE);
        copy.disableProperty().bind(model.canSendProperty().not());
        copy.setOnAction(e -> model.copy());
        Button whatsApp = new Button(Texts.get("compose.button.whatsApp"));
        whatsApp.setId("whatsAppButton");
        whatsApp.setMaxWidth(Double.MAX_VALUE);
        whatsApp.disableProperty().bind(model.canSendProperty().not());
        whatsApp.setOnAction(e -> model.openInWhatsApp());
        recorded.setId("recordedLabel");
        recorded.getStyleClass().add("ok-text");
        recorded.setWrapText(true);
        recorded.textProperty().bind(model.recordedProperty());
        error.setId("composeError");
        error.getStyleClass().add("problem-line");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        sendHint.setId("sendHint");
        sendHint.getStyleClass().add("hint-line");
        sendHint.setWrapText(true);
        sendHint.textProperty().bind(model.sendHintProperty());
        hideWhenEmpty(recorded);
        hideWhenEmpty(error);
        hideWhenEmpty(sendHint);
        VBox right = new VBox(8, preview, new ConfirmationBar(model, zone), copy, sendHint, whatsApp, recorded, error,
                new UnconfirmedList(model, zone));
        right.getStyleClass().add("compose-right");
        right.setPrefWidth(430);
        right.setMinWidth(340);

        HBox.setHgrow(left, Priority.ALWAYS);
        setCenter(new HBox(16, left, right));

        model.formProperty().addListener((o, old, form) -> showForm(form));
        showForm(model.formProperty().get());
        // A ScrollPane does not follow the focus: Tab or a new entry below the fold must come into view.
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((fo, was, now) -> Platform.runLater(() -> scrollIntoView(now)));
            }
        });
    }

    /** "Vervolg op: ons bericht van 14.32 uur ..." above the form, with a way to make it a new message again. */
    private HBox linkBanner() {
        Label text = new Label();
        text.setId("linkText");
        text.setWrapText(true);
        text.textProperty().bind(linkText);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button unlink = new Button(Texts.get("compose.link.unlink"));
        unlink.setId("unlinkButton");
        unlink.setMinWidth(Region.USE_PREF_SIZE);
        unlink.disableProperty().bind(awaiting);
        unlink.setOnAction(e -> model.unlink());
        HBox banner = new HBox(8, text, unlink);
        banner.setId("linkBanner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("link-banner");
        banner.visibleProperty().bind(linked);
        banner.managedProperty().bind(linked);
        return banner;
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Ctrl+Enter copies; while the question is open, Enter says yes and Esc later. Returns whether it was handled. */
    public boolean handleKey(KeyEvent event) {
        if (model.awaitingConfirmationProperty().get() != null) {
            boolean checklist = model.checklistProperty().get() != null;
            if (checklist && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) && !event.isShortcutDown()) {
                model.tickNext();
                return true;
            }
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                model.confirmSent();
                return true;
            }
            if (event.getCode() == KeyCode.ESCAPE) {
                model.later();
                return true;
            }
            return false;
        }
        if (COPY.match(event)) {
            model.copy();
            return true;
        }
        if (TARGETS.match(event)) {
            targets.open();
            return true;
        }
        if (event.isAltDown() && !event.isShortcutDown() && model.formProperty().get() != null) {
            FormView form = formViews.get(model.formProperty().get());
            if (form != null && form.groupForKey(event.getCode())
                    .map(g -> event.isShiftDown() ? g.addCopyAndFocus() : g.addAndFocus()).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private void scrollIntoView(Node focused) {
        Node content = formScroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        // a just-added entry has neither style nor size yet
        formScroll.applyCss();
        formScroll.layout();
        if (content instanceof Parent parent) {
            parent.applyCss();
            parent.layout();
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double viewport = formScroll.getViewportBounds().getHeight();
        double scrollable = content.getBoundsInLocal().getHeight() - viewport;
        if (node == null || scrollable <= 0) {
            return;
        }
        double top = formScroll.getVvalue() * scrollable;
        double margin = 24;
        if (node.getMinY() - margin < top) {
            formScroll.setVvalue(Math.max(0, (node.getMinY() - margin) / scrollable));
        } else if (node.getMaxY() + margin > top + viewport) {
            formScroll.setVvalue(Math.min(1, (node.getMaxY() + margin - viewport) / scrollable));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keyboard-first: the cursor goes to the first field still empty, the one the officer must fill
     * (the first field of a new form; Uitkomst in an afloopbericht whose referentie is filled in).
     */
    public void focusFirstField() {
        Node content = formScroll.getContent();
        Node target = firstInput(content, true);
        if (target == null) {
            target = firstInput(content, false);
        }
        if (target != null) {
            target.requestFocus();
        }
    }

    /** Depth-first, so "first" is the first field as the officer reads the form. */
    private static Node firstInput(Node node, boolean emptyOnly) {
        if (node == null || node.isDisabled() || !node.isVisible()) {
            return null;
        }
        if (node instanceof TextInputControl text) {
            return !emptyOnly || text.getText() == null || text.getText().isBlank() ? node : null;
        }
        if (node instanceof ComboBox<?> combo && combo.isEditable()) {
            String typed = combo.getEditor().getText();
            return !emptyOnly || typed == null || typed.isBlank() ? node : null;
        }
        if (node instanceof ComboBoxBase<?> || node instanceof CheckBox) {
            return emptyOnly ? null : node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstInput(child, emptyOnly);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void showForm(FormModel form) {
        title.setText(form == null ? "" : form.template().title());
        formScroll.setContent(form == null ? null : formViews.computeIfAbsent(form, FormView::new));
    }

    private void askAndClear() {
        if (!model.hasInput()) {
            clearAndStartAgain();
            return;
        }
        ButtonType ok = new ButtonType(Texts.get("compose.clear.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("compose.clear.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("compose.clear.question"), ok, cancel);
        alert.setHeaderText(Texts.get("compose.clear.title"));
        alert.setTitle(Texts.get("compose.clear.title"));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.showAndWait().filter(ok::equals).ifPresent(b -> clearAndStartAgain());
    }

    /** The cursor then goes to the first field: the officer starts again, typing, not on the button clicked. */
    private void clearAndStartAgain() {
        model.clear();
        focusFirstField();
    }

    /** The preview's text as shown, for tests. */
    String previewText() {
        return preview.shownText();
    }
}
