package nl.meldtafel.ui.settings;

import nl.meldtafel.ui.common.RightsNote;
import nl.meldtafel.ui.accounts.AccountsSection;
import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.retention.RetentionPolicy;

import java.util.function.Function;

/** "Instellingen": retention periods per kind, and the alerts kept on request with "Opheffen". */
public final class SettingsView extends ScrollPane {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final SettingsViewModel model;
    private final TableView<SettingsViewModel.HoldItem> holds = new TableView<>();

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        setId("settingsScreen");
        getStyleClass().addAll("content", "settings");
        setFitToWidth(true);

        Label title = new Label(Texts.get("settings.title"));
        title.getStyleClass().add("title");
        Label notice = new Label();
        notice.setId("settingsNotice");
        notice.getStyleClass().add("ok-text");
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        Label error = new Label();
        error.setId("settingsError");
        error.setWrapText(true);
        error.getStyleClass().add("problem-line");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        VBox content = new VBox(12, title, periodsSection(), notice, error, holdsSection());
        if (model.zone() != null) {
            content.getChildren().add(zoneSection(model.zone()));
        }
        if (model.anchorPlace() != null) {
            content.getChildren().add(anchorSection(model.anchorPlace()));
        }
        if (model.server() != null) {
            content.getChildren().add(serverSection(model.server()));
        }
        if (model.accounts() != null) {
            content.getChildren().add(new AccountsSection(model.accounts()));
        }
        content.getStyleClass().add("settings-body");
        setContent(content);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                model.save();
                e.consume();
            }
        });
        visibleProperty().addListener((o, was, visible) -> {
            if (visible) {
                model.load();
                if (model.anchorPlace() != null) {
                    model.anchorPlace().load();
                }
                if (model.accounts() != null) {
                    model.accounts().load();
                }
            }
        });
    }

    private VBox periodsSection() {
        Label heading = heading("settings.retention.title");
        Label explain = explanation("settings.retention.explain");

        GridPane grid = new GridPane();
        grid.setId("retentionPeriods");
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (SettingsViewModel.PeriodRow period : model.periods()) {
            Label kind = new Label(period.label());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            TextField days = new TextField();
            days.setId("retentionDays-" + period.kind().jsonName());
            days.setPrefColumnCount(4);
            days.setMaxWidth(72);
            days.textProperty().bindBidirectional(period.daysProperty());
            days.setOnAction(e -> model.save());
            days.disableProperty().bind(model.retentionAllowedProperty().not());
            kind.setLabelFor(days);
            Label unit = new Label(period.unit());
            unit.getStyleClass().add("muted");
            unit.setMinWidth(Region.USE_PREF_SIZE);
            Label problem = new Label();
            problem.setId("retentionProblem-" + period.kind().jsonName());
            problem.getStyleClass().add("problem-line");
            problem.textProperty().bind(period.problemProperty());
            grid.addRow(row++, kind, days, unit, problem);
        }
        Label afloop = new Label(Texts.get("settings.retention.afloop"));
        afloop.setWrapText(true);
        afloop.getStyleClass().add("muted");

        Button save = new Button(Texts.get("settings.save"));
        save.setId("settingsSave");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.retentionAllowedProperty().not());
        Button defaults = new Button(Texts.get("settings.defaults"));
        defaults.setId("settingsDefaults");
        defaults.disableProperty().bind(model.retentionAllowedProperty().not());
        defaults.setOnAction(e -> model.periods().forEach(p ->
                p.daysProperty().set(Integer.toString(RetentionPolicy.defaultDays(p.kind())))));
        Label shortcut = new Label(Texts.get("settings.saveShortcut"));
        shortcut.getStyleClass().add("muted");
        HBox buttons = new HBox(8, save, defaults, shortcut);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading, explain, RightsNote.of("retentionRights", model.retentionRefusal(),
                model.retentionAllowedProperty()), grid, afloop, buttons);
    }

    private static Label heading(String key) {
        Label heading = new Label(Texts.get(key));
        heading.getStyleClass().add("section-title");
        return heading;
    }

    private static Label explanation(String key) {
        Label explain = new Label(Texts.get(key));
        explain.setWrapText(true);
        explain.getStyleClass().add("settings-explain");
        return explain;
    }

    private VBox serverSection(ServerSettingViewModel server) {
        Label heading = heading("settings.server.title");
        Label explain = explanation("settings.server.explain");
        Label inUse = new Label(Texts.get("settings.server.inUse", server.inUse()));
        inUse.setId("serverInUse");
        TextField address = new TextField();
        address.setId("serverAddress");
        address.setPromptText(Texts.get("settings.server.prompt"));
        address.setPrefColumnCount(40);
        address.setMaxWidth(Region.USE_PREF_SIZE);
        address.textProperty().bindBidirectional(server.addressProperty());
        address.setOnAction(e -> server.save());
        Button save = new Button(Texts.get("settings.server.save"));
        save.setId("serverSave");
        save.setOnAction(e -> server.save());
        Label notice = new Label();
        notice.setId("serverNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(server.noticeProperty());
        Label teamLabel = new Label(Texts.get("settings.server.team"));
        TextField team = new TextField();
        team.setId("serverTeam");
        team.setPromptText(Texts.get("settings.server.teamPrompt"));
        team.setPrefColumnCount(20);
        team.textProperty().bindBidirectional(server.teamProperty());
        team.setOnAction(e -> server.save());
        teamLabel.setLabelFor(team);
        HBox teamRow = new HBox(8, teamLabel, team, save);
        teamRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, explain, inUse, address, teamRow, notice);
    }

    private VBox zoneSection(ZoneSettingViewModel zone) {
        Label heading = heading("settings.zone.title");
        Label explain = explanation("settings.zone.explain");
        ComboBox<ZoneId> choice = new ComboBox<>();
        choice.setId("zoneChoice");
        choice.getItems().setAll(ZoneSettingViewModel.CHOICES);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId z) {
                return z == null ? "" : ZoneSettingViewModel.label(z);
            }

            @Override
            public ZoneId fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(zone.chosenProperty());
        Button save = new Button(Texts.get("settings.zone.save"));
        save.setId("zoneSave");
        save.setOnAction(e -> zone.save());
        Label notice = new Label();
        notice.setId("zoneNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("ok-text");
        notice.textProperty().bind(zone.noticeProperty());
        HBox row = new HBox(8, choice, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, explain, row, notice);
    }

    private VBox anchorSection(AnchorPlaceViewModel place) {
        Label heading = heading("settings.anchor.title");
        Label explain = explanation("settings.anchor.explain");
        Label label = new Label(Texts.get("settings.anchor.folder"));
        TextField folder = new TextField();
        folder.setId("anchorPlaceField");
        folder.setPrefColumnCount(36);
        folder.setPromptText(Texts.get("settings.anchor.none"));
        label.setLabelFor(folder);
        folder.textProperty().bindBidirectional(place.folderProperty());
        Button choose = new Button(Texts.get("settings.anchor.choose"));
        choose.setId("anchorPlaceChoose");
        choose.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(Texts.get("settings.anchor.chooseTitle"));
            java.io.File picked = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (picked != null) {
                place.folderProperty().set(picked.getAbsolutePath());
            }
        });
        Button save = new Button(Texts.get("settings.anchor.save"));
        save.setId("anchorPlaceSave");
        save.setOnAction(e -> place.save());
        folder.setOnAction(e -> place.save());
        Label notice = new Label();
        notice.setId("anchorPlaceNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(place.noticeProperty());
        place.failedProperty().addListener((o, was, failed) -> notice.getStyleClass().setAll(failed ? "problem-line" : "ok-text"));
        notice.getStyleClass().add("ok-text");
        HBox row = new HBox(8, label, folder, choose, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, explain, row, notice);
    }

    private VBox holdsSection() {
        Label heading = heading("settings.holds.title");
        Label explain = explanation("settings.holds.explain");

        holds.setId("holdsTable");
        holds.setItems(model.holds());
        holds.getColumns().add(column("settings.holds.alert", 90, h -> "#" + h.alertId()));
        holds.getColumns().add(column("settings.holds.reason", 320, SettingsViewModel.HoldItem::reason));
        holds.getColumns().add(column("settings.holds.until", 140, SettingsViewModel.HoldItem::until));
        holds.getColumns().add(column("settings.holds.by", 160, SettingsViewModel.HoldItem::placedBy));
        holds.getColumns().add(column("settings.holds.state", 110, SettingsViewModel.HoldItem::state));
        holds.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Texts.get("settings.holds.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        holds.setPlaceholder(empty);
        holds.setPrefHeight(220);
        holds.setMinHeight(160);
        VBox.setVgrow(holds, Priority.ALWAYS);

        Button lift = new Button(Texts.get("settings.holds.lift"));
        lift.setId("holdLift");
        lift.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SettingsViewModel.HoldItem h = holds.getSelectionModel().getSelectedItem();
            return h == null || !h.active() || !model.retentionAllowedProperty().get();
        }, holds.getSelectionModel().selectedItemProperty(), model.retentionAllowedProperty()));
        lift.setOnAction(e -> model.liftHold(holds.getSelectionModel().getSelectedItem()));
        return new VBox(8, heading, explain, holds, lift);
    }

    private static TableColumn<SettingsViewModel.HoldItem, String> column(String key, double width,
                                                                         Function<SettingsViewModel.HoldItem, String> value) {
        TableColumn<SettingsViewModel.HoldItem, String> c = new TableColumn<>(Texts.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
