package nl.meldtafel.ui.log;

import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import nl.meldtafel.alert.ResponseResult;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.settings.HoldDialog;

import java.util.List;

/** The selected alert: rendered and raw text, values, chain and closure, and "Opnieuw kopiëren". */
final class LogDetailView extends StackPane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final LogViewModel model;
    private final Label heading = new Label();
    private final Label meta = new Label();
    private final MessageBubble rendered = new MessageBubble();
    private final TextArea raw = new TextArea();
    private final TitledPane rawPane = new TitledPane();
    private final VBox values = new VBox(2);
    private final VBox chain = new VBox(2);
    private final VBox groups = new VBox(2);
    private final Label closure = new Label();
    private final Label retention = new Label();
    // Held in a field so it lives as long as the view.
    private final BooleanBinding noDetail;

    LogDetailView(LogViewModel model) {
        this.model = model;
        getStyleClass().add("log-detail");
        noDetail = model.detailProperty().isNull();

        heading.setId("logDetailHeading");
        heading.getStyleClass().add("section-title");
        meta.setId("logDetailMeta");
        meta.getStyleClass().add("muted");
        meta.setMinWidth(0);
        meta.setWrapText(true); // who sent it is the point of the line: wrapped, never cut
        Button copy = new Button(Texts.get("log.detail.copy"));
        copy.setId("logCopyAgain");
        copy.getStyleClass().add("primary");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.disableProperty().bind(model.detailProperty().map(d -> !d.hasText()).orElse(true));
        copy.setOnAction(e -> model.copyAgain());
        Label notice = new Label();
        notice.setId("logNotice");
        notice.getStyleClass().add("ok-text");
        notice.textProperty().bind(model.noticeProperty());
        notice.setMinWidth(Region.USE_PREF_SIZE); // a confirmation cut to "Bewaarverzoek vast..." says nothing
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        retention.setId("logRetention");
        retention.setWrapText(true);
        retention.getStyleClass().add("log-retention");
        retention.managedProperty().bind(retention.textProperty().isNotEmpty());
        retention.visibleProperty().bind(retention.managedProperty());
        Button hold = new Button(Texts.get("log.detail.hold"));
        hold.setId("logHold");
        hold.setMinWidth(Region.USE_PREF_SIZE);
        // absent for a role that may not hold (the Instellingen say why); the service refuses it too
        hold.visibleProperty().bind(model.detailProperty().map(LogDetail::canHold).orElse(false)
                .flatMap(can -> model.holdAllowedProperty().map(allowed -> can && allowed)));
        hold.managedProperty().bind(hold.visibleProperty());
        hold.setOnAction(e -> HoldDialog.show(getScene() == null ? null : getScene().getWindow(),
                getScene() == null ? List.of() : getScene().getStylesheets(), heading.getText(), model.holdToday(),
                model::placeHold));
        VBox titles = new VBox(2, heading, meta);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        HBox header = new HBox(12, titles, spacer, notice, hold, copy);
        header.setAlignment(Pos.CENTER_LEFT);

        raw.setId("logRawText");
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.getStyleClass().add("log-raw");
        closure.setId("logClosure");
        closure.setWrapText(true);
        values.setId("logValues");
        chain.setId("logChain");
        groups.setId("logGroups");
        VBox facts = new VBox(6, section("log.detail.closure"), closure, responseSection(), section("log.detail.groups"), groups,
                section("log.detail.chain"), chain, section("log.detail.values"), values);
        facts.getStyleClass().add("log-facts");

        // The marked-up text is for checking what was pasted; folded, so the message and its facts get the room.
        raw.setPrefRowCount(10);
        rawPane.setId("logRawPane");
        rawPane.setText(Texts.get("log.detail.raw"));
        rawPane.setContent(raw);
        rawPane.setExpanded(false);
        rawPane.setAnimated(false);
        VBox message = new VBox(6, section("log.detail.text"), rendered, rawPane);
        // One scroll for the whole detail: two columns that use the width, not three narrow ones each scrolling.
        HBox body = new HBox(16, message, facts);
        for (Node column : body.getChildren()) {
            HBox.setHgrow(column, Priority.ALWAYS);
            ((Region) column).setPrefWidth(420);
            ((Region) column).setMinWidth(260);
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setId("logDetailScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("log-facts-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox content = new VBox(8, header, retention, scroll);
        content.visibleProperty().bind(noDetail.not());

        Label empty = new Label(Texts.get("log.detail.none"));
        empty.setId("logDetailEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(noDetail);
        setAlignment(empty, Pos.TOP_LEFT);

        getChildren().addAll(content, empty);
        model.detailProperty().addListener((o, old, detail) -> show(detail));
        show(model.detailProperty().get());
    }

    /** "Reactie": calls and result, only for an alert that can take one. */
    private VBox responseSection() {
        ResponseViewModel r = model.response();
        TextField calls112 = callsField("responseCalls112", r.calls112Property());
        TextField calls0900 = callsField("responseCalls0900", r.calls0900Property());
        ComboBox<Choice<ResponseResult>> result = new ComboBox<>();
        result.setId("responseResult");
        result.getItems().setAll(r.resultChoices());
        result.valueProperty().bindBidirectional(r.resultProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, fieldLabel("response.calls112"), calls112);
        grid.addRow(1, fieldLabel("response.calls0900"), calls0900);
        grid.addRow(2, fieldLabel("response.result"), result);
        Button save = new Button(Texts.get("response.save"));
        save.setId("responseSave");
        save.setOnAction(e -> r.save());
        Label notice = new Label();
        notice.setId("responseNotice");
        notice.getStyleClass().add("ok-text");
        notice.textProperty().bind(r.noticeProperty());
        Button reload = new Button(Texts.get("conflict.reload"));
        reload.setId("responseReload");
        reload.setOnAction(e -> r.reload());
        reload.visibleProperty().bind(r.changedMeanwhileProperty());
        reload.managedProperty().bind(reload.visibleProperty());
        HBox actions = new HBox(8, save, reload, notice);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label recorded = new Label();
        recorded.setId("responseRecorded");
        recorded.setWrapText(true);
        recorded.getStyleClass().add("muted");
        recorded.textProperty().bind(r.recordedProperty());
        Label error = new Label();
        error.setId("responseError");
        error.setWrapText(true);
        error.getStyleClass().add("log-error");
        error.textProperty().bind(r.errorProperty());
        error.visibleProperty().bind(r.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(6, section("response.title"), grid, actions, recorded, error);
        box.setId("responseSection");
        box.visibleProperty().bind(r.availableProperty().or(r.errorProperty().isNotEmpty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Never cut off: "Meldingen via 0900-8844" is the point of the field. */
    private static Label fieldLabel(String key) {
        Label label = new Label(Texts.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField callsField(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setMaxWidth(90);
        field.setId(id);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label section(String key) {
        Label label = new Label(Texts.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private void show(LogDetail detail) {
        if (detail == null) {
            rendered.show(null);
            raw.clear();
            return;
        }
        heading.setText(detail.heading());
        meta.setText(detail.meta());
        String removed = detail.retention() != null ? detail.retention() : Texts.get("log.detail.redacted");
        rendered.show(detail.hasText() ? detail.text() : removed);
        raw.setText(detail.hasText() ? detail.text() : removed);
        retention.setText(detail.retention() == null ? "" : detail.retention());
        closure.setText(detail.closure());
        values.getChildren().setAll(detail.values().stream().map(LogDetailView::valueLine).toList());
        groups.getChildren().setAll(detail.groups().isEmpty() ? List.of(valueLine(Texts.get("log.group.none")))
                : detail.groups().stream().map(LogDetailView::groupLine).toList());
        chain.getChildren().setAll(detail.chain().stream().map(this::chainLink).toList());
    }

    private static Label valueLine(String line) {
        Label label = new Label(line);
        label.setWrapText(true);
        label.getStyleClass().add("log-value");
        return label;
    }

    private static Label groupLine(String line) {
        Label label = new Label(line);
        label.setWrapText(true);
        label.getStyleClass().add("log-group");
        return label;
    }

    private Hyperlink chainLink(LogDetail.Link link) {
        Hyperlink h = new Hyperlink(link.label());
        h.setWrapText(true);
        h.getStyleClass().add("log-chain-link");
        h.pseudoClassStateChanged(CURRENT, link.current());
        h.setOnAction(e -> {
            h.setVisited(false);
            model.select(link.id());
        });
        return h;
    }

    /** Moves focus into the raw text, so the officer can read and select it by keyboard. */
    void focusText() {
        rawPane.setExpanded(true);
        raw.requestFocus();
    }

    String renderedText() {
        return rendered.shownText();
    }
}
