package nl.meldtafel.ui.followup;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.ConfirmPostedDialog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The Opvolging screen: one row per open alert (overdue first and marked), then the unconfirmed ones. Binds and forwards. */
public final class FollowUpView extends VBox {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    /** Open rows built in one turn of the FX thread. */
    static final int ROWS_AT_ONCE = 20;

    private final FollowUpViewModel model;
    private final Consumer<FollowUpItem> askCloseReason;
    private final VBox openRows = new VBox(6);
    // which fill of the open rows is current: a newer list stops an older one's batches
    private long openFill;
    private final VBox unconfirmedRows = new VBox(4);
    private final VBox notPostedRows = new VBox(4);
    // Held in fields so they live as long as the view.
    private final BooleanBinding noOpen;
    private final BooleanBinding anyUnconfirmed;
    private final BooleanBinding anyNotPosted;
    private final StringBinding subtitle;

    public FollowUpView(FollowUpViewModel model, Consumer<FollowUpItem> askCloseReason) {
        super(12);
        this.model = model;
        this.askCloseReason = askCloseReason;
        setId("followUpScreen");
        getStyleClass().addAll("content", "follow-up");
        Label title = new Label(Texts.get("desk.followUp.title"));
        title.getStyleClass().add("title");
        Label counts = new Label();
        counts.setId("followUpCounts");
        counts.getStyleClass().add("muted");
        subtitle = Bindings.createStringBinding(() -> Texts.get("followUp.counts", model.openCountProperty().get(),
                model.overdueCountProperty().get()), model.openCountProperty(), model.overdueCountProperty());
        counts.textProperty().bind(subtitle);
        HBox header = new HBox(12, title, counts);
        header.setAlignment(Pos.BASELINE_LEFT);

        Label error = new Label();
        error.setId("followUpError");
        error.getStyleClass().add("problem-line");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label empty = new Label(Texts.get("followUp.empty"));
        empty.setId("followUpEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        // a wijkagent's list may be empty while alerts of other wijken are open: the wijk bar says so instead
        noOpen = Bindings.isEmpty(model.open()).and(model.elsewhereProperty().isEqualTo(0));
        empty.visibleProperty().bind(noOpen);
        empty.managedProperty().bind(noOpen);

        Label unconfirmedTitle = new Label(Texts.get("followUp.unconfirmed.title"));
        unconfirmedTitle.getStyleClass().add("warning-line-heading");
        Label unconfirmedHint = new Label(Texts.get("followUp.unconfirmed.hint"));
        unconfirmedHint.setWrapText(true);
        unconfirmedHint.getStyleClass().add("muted");
        VBox unconfirmed = new VBox(4, unconfirmedTitle, unconfirmedHint, unconfirmedRows);
        unconfirmed.setId("followUpUnconfirmed");
        unconfirmed.getStyleClass().add("unconfirmed");
        anyUnconfirmed = Bindings.isNotEmpty(model.unconfirmed());
        unconfirmed.visibleProperty().bind(anyUnconfirmed);
        unconfirmed.managedProperty().bind(anyUnconfirmed);

        Label notPostedTitle = new Label(Texts.get("followUp.notPosted.title"));
        notPostedTitle.getStyleClass().add("problem-line-heading");
        Label notPostedHint = new Label(Texts.get("followUp.notPosted.hint"));
        notPostedHint.setWrapText(true);
        notPostedHint.getStyleClass().add("muted");
        VBox notPosted = new VBox(4, notPostedTitle, notPostedHint, notPostedRows);
        notPosted.setId("followUpNotPosted");
        notPosted.getStyleClass().add("not-posted");
        anyNotPosted = Bindings.isNotEmpty(model.notPosted());
        notPosted.visibleProperty().bind(anyNotPosted);
        notPosted.managedProperty().bind(anyNotPosted);

        VBox body = new VBox(12, notPosted, wijkBar(model), empty, openRows, unconfirmed);
        body.getStyleClass().add("follow-up-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, error, scroll);

        model.open().addListener((ListChangeListener<FollowUpItem>) c -> refillOpen());
        model.unconfirmed().addListener((ListChangeListener<FollowUpItem>) c -> refillUnconfirmed());
        model.notPosted().addListener((ListChangeListener<NotPostedItem>) c -> refillNotPosted());
        refillOpen();
        refillUnconfirmed();
        refillNotPosted();
    }

    /** "Mijn wijken (Centrum) · 2 open in andere wijken" with the switch to all wijken and back; only for a wijkagent. */
    private static HBox wijkBar(FollowUpViewModel model) {
        Label which = new Label();
        which.setId("followUpWijken");
        which.setWrapText(true);
        which.textProperty().bind(Bindings.createStringBinding(() -> model.allWijkenProperty().get()
                        ? Texts.get("followUp.wijken.all")
                        : Texts.get("followUp.wijken.mine", String.join(", ", model.myWijkenProperty().get()),
                                model.elsewhereProperty().get()),
                model.allWijkenProperty(), model.myWijkenProperty(), model.elsewhereProperty()));
        Button toggle = new Button();
        toggle.setId("followUpWijkenToggle");
        toggle.textProperty().bind(Bindings.when(model.allWijkenProperty())
                .then(Texts.get("followUp.wijken.showMine")).otherwise(Texts.get("followUp.wijken.showAll")));
        toggle.setOnAction(e -> model.showAllWijken(!model.allWijkenProperty().get()));
        HBox bar = new HBox(12, which, toggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("muted");
        bar.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.myWijkenProperty().get().isEmpty(),
                model.myWijkenProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * The first rows at once, the rest a batch per turn of the FX thread: on a bad day (143 overdue on the
     * million-alert demo log) building every row at once held the desk for about a second, keys included.
     */
    private void refillOpen() {
        List<FollowUpItem> items = List.copyOf(model.open());
        long fill = ++openFill;
        int first = Math.min(ROWS_AT_ONCE, items.size());
        openRows.getChildren().setAll(items.subList(0, first).stream().map(this::openRow).toList());
        appendOpenLater(items, first, fill);
    }

    private void appendOpenLater(List<FollowUpItem> items, int from, long fill) {
        if (from >= items.size()) {
            return;
        }
        Platform.runLater(() -> {
            if (fill != openFill) {
                return; // a newer list replaced this one
            }
            int to = Math.min(from + ROWS_AT_ONCE, items.size());
            openRows.getChildren().addAll(items.subList(from, to).stream().map(this::openRow).toList());
            appendOpenLater(items, to, fill);
        });
    }

    private void refillUnconfirmed() {
        unconfirmedRows.getChildren().setAll(model.unconfirmed().stream().map(item -> {
            String whatText = Texts.get("followUp.unconfirmed.row", item.kindText(), item.whenText());
            Label what = new Label(whatText);
            Label summary = new Label(item.row().summary());
            summary.getStyleClass().add("muted");
            Label sender = new Label(Texts.get("followUp.unconfirmed.sender", item.row().officerName()));
            sender.getStyleClass().add("muted");
            VBox text = new VBox(what, summary, sender);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button confirm = button("confirmPosted-" + item.id(), Texts.get("followUp.button.confirm"), () -> {
                if (ConfirmPostedDialog.ask(getScene() == null ? null : getScene().getWindow(),
                        getScene() == null ? null : getScene().getStylesheets(), whatText, item.row().summary(),
                        item.row().officerName())) {
                    model.confirmPosted(item);
                }
            });
            HBox row = new HBox(12, text, confirm);
            row.setId("unconfirmed-" + item.id());
            row.setAlignment(Pos.CENTER_LEFT);
            return (Node) row;
        }).toList());
    }

    /** Per alert its text once, then one row per group still to post in. */
    private void refillNotPosted() {
        List<Node> nodes = new ArrayList<>();
        long shownAlert = -1;
        for (NotPostedItem item : model.notPosted()) {
            if (item.alertId() != shownAlert) {
                shownAlert = item.alertId();
                Label alert = new Label(item.alertText());
                alert.setWrapText(true);
                alert.getStyleClass().add("row-kind");
                alert.setMinWidth(0);
                alert.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(alert, Priority.ALWAYS);
                HBox head = new HBox(8, alert);
                head.setAlignment(Pos.CENTER_LEFT);
                if (model.canCopy()) {
                    head.getChildren().add(button("copyNotPosted-" + item.alertId(), Texts.get("followUp.button.copy"),
                            () -> model.copyText(item)));
                }
                nodes.add(head);
            }
            Label where = new Label(Texts.get("followUp.notPosted.row", item.groupName()));
            where.setWrapText(true);
            where.setMinWidth(0);
            HBox.setHgrow(where, Priority.ALWAYS);
            where.setMaxWidth(Double.MAX_VALUE);
            String suffix = item.alertId() + "-" + item.groupId();
            Button posted = button("posted-" + suffix, Texts.get("followUp.button.posted"), () -> model.posted(item));
            posted.getStyleClass().add("primary");
            Button skip = button("skip-" + suffix, Texts.get("followUp.button.skip"), () -> CloseReasonDialog.showSkip(
                    getScene() == null ? null : getScene().getWindow(),
                    getScene() == null ? List.of() : getScene().getStylesheets(), model, item));
            HBox row = new HBox(8, where, posted, skip);
            row.setId("notPosted-" + suffix);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("not-posted-row");
            nodes.add(row);
        }
        notPostedRows.getChildren().setAll(nodes);
    }

    private HBox openRow(FollowUpItem item) {
        Label kind = new Label(item.kindText());
        kind.getStyleClass().add("row-kind");
        HBox top = new HBox(8, kind);
        top.setAlignment(Pos.CENTER_LEFT);
        if (item.overdue()) {
            Label late = new Label(Texts.get("followUp.overdueMark"));
            late.getStyleClass().add("overdue-mark");
            top.getChildren().add(late);
        }
        Label summary = new Label(item.row().summary());
        summary.setWrapText(true);
        summary.getStyleClass().add("row-summary");
        Label times = new Label(item.dueText().isEmpty() ? item.whenText()
                : Texts.get("followUp.times", item.whenText(), item.dueText()));
        times.getStyleClass().add(item.overdue() ? "overdue-text" : "muted");
        VBox text = new VBox(2, top, summary, times);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button update = button("update-" + item.id(), Texts.get("followUp.button.update"), () -> model.writeUpdate(item));
        Button afloop = button("afloop-" + item.id(), Texts.get("followUp.button.afloop"), () -> model.writeAfloop(item));
        afloop.getStyleClass().add("primary");
        Button close = button("close-" + item.id(), Texts.get("followUp.button.close"), () -> askCloseReason.accept(item));
        HBox buttons = new HBox(6, update, afloop, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);

        HBox row = new HBox(12, text, buttons);
        row.setId("followUp-" + item.id());
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("follow-up-row");
        row.pseudoClassStateChanged(OVERDUE, item.overdue());
        return row;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
