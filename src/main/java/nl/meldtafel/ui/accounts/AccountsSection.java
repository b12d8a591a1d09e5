package nl.meldtafel.ui.accounts;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import nl.meldtafel.account.Role;
import nl.meldtafel.i18n.Texts;

/** Instellingen, "Accounts": the list, a form for a new one, and a new password or on/off for the chosen one. */
public final class AccountsSection extends VBox {

    public AccountsSection(AccountsViewModel model) {
        super(8);
        setId("accountsSection");
        visibleProperty().bind(model.allowedProperty());
        managedProperty().bind(visibleProperty());

        Label heading = new Label(Texts.get("accounts.title"));
        heading.getStyleClass().add("section-title");
        Label explain = new Label();
        explain.setWrapText(true);
        explain.getStyleClass().add("settings-explain");
        explain.textProperty().bind(Bindings.when(model.firstProperty())
                .then(Texts.get("accounts.explainFirst")).otherwise(Texts.get("accounts.explain")));

        TableView<AccountsViewModel.Item> table = new TableView<>(model.items());
        table.setId("accountsTable");
        table.getColumns().add(column("accounts.column.name", 180, AccountsViewModel.Item::name));
        table.getColumns().add(column("accounts.column.number", 140, AccountsViewModel.Item::number));
        table.getColumns().add(column("accounts.column.roles", 140, AccountsViewModel.Item::roles));
        table.getColumns().add(column("accounts.column.wijken", 160, AccountsViewModel.Item::wijken));
        table.getColumns().add(column("accounts.column.state", 100, AccountsViewModel.Item::state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Texts.get("accounts.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setPrefHeight(170);

        PasswordField newPassword = new PasswordField();
        newPassword.setId("accountNewPassword");
        newPassword.setPromptText(Texts.get("accounts.newPasswordPrompt"));
        newPassword.textProperty().bindBidirectional(model.newPasswordProperty());
        Button reset = new Button(Texts.get("accounts.reset"));
        reset.setId("accountReset");
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(e -> model.resetPassword(table.getSelectionModel().getSelectedItem()));
        newPassword.setOnAction(e -> model.resetPassword(table.getSelectionModel().getSelectedItem()));
        Button toggle = new Button();
        toggle.setId("accountToggle");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            AccountsViewModel.Item item = table.getSelectionModel().getSelectedItem();
            return Texts.get(item != null && !item.account().active() ? "accounts.activate" : "accounts.deactivate");
        }, table.getSelectionModel().selectedItemProperty()));
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(e -> model.toggleActive(table.getSelectionModel().getSelectedItem()));
        HBox chosen = new HBox(8, newPassword, reset, toggle);
        chosen.setAlignment(Pos.CENTER_LEFT);
        chosen.visibleProperty().bind(model.firstProperty().not());
        chosen.managedProperty().bind(chosen.visibleProperty());

        getChildren().addAll(heading, explain, table, chosen, form(model), idle(model), messages(model));
    }

    /** How long an idle desk stays signed in, for every desk of the log; once there are accounts. */
    private static VBox idle(AccountsViewModel model) {
        Spinner<Integer> hours = new Spinner<>(1, 24, model.idleHoursProperty().get());
        hours.setId("idleHours");
        hours.setEditable(true);
        hours.setPrefWidth(80);
        hours.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.idleHoursProperty().set(now);
            }
        });
        model.idleHoursProperty().addListener((o, was, now) -> hours.getValueFactory().setValue(now.intValue()));
        Button save = new Button(Texts.get("accounts.idleSave"));
        save.setId("idleSave");
        save.setOnAction(e -> model.saveIdle());
        HBox row = new HBox(8, new Label(Texts.get("accounts.idleBefore")), hours, new Label(Texts.get("accounts.idleAfter")), save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Texts.get("accounts.idleTitle"));
        title.getStyleClass().add("section-title");
        VBox section = new VBox(6, title, row);
        section.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        section.visibleProperty().bind(model.firstProperty().not());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private static VBox form(AccountsViewModel model) {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.when(model.firstProperty())
                .then(Texts.get("accounts.formFirst")).otherwise(Texts.get("accounts.form")));
        TextField name = field("accountName", 24);
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField number = field("accountNumber", 10);
        number.textProperty().bindBidirectional(model.numberProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("accountRole");
        role.getItems().setAll(Role.values());
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.disableProperty().bind(model.firstProperty());
        role.setButtonCell(roleCell());
        role.setCellFactory(v -> roleCell());
        TextField wijken = field("accountWijken", 24);
        wijken.setPromptText(Texts.get("accounts.wijkenPrompt"));
        wijken.textProperty().bindBidirectional(model.wijkenProperty());
        PasswordField password = new PasswordField();
        password.setId("accountPassword");
        password.setPrefColumnCount(16);
        password.setMaxWidth(Region.USE_PREF_SIZE);
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(e -> model.add());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Texts.get("officer.name")), name);
        grid.addRow(1, new Label(Texts.get("officer.number")), number);
        grid.addRow(2, new Label(Texts.get("accounts.role")), role);
        grid.addRow(3, new Label(Texts.get("accounts.wijken")), wijken);
        grid.addRow(4, new Label(Texts.get("signin.password")), password);
        Button add = new Button(Texts.get("accounts.add"));
        add.setId("accountAdd");
        add.getStyleClass().add("primary");
        add.setOnAction(e -> model.add());
        return new VBox(6, title, grid, add);
    }

    private static VBox messages(AccountsViewModel model) {
        Label notice = new Label();
        notice.setId("accountsNotice");
        notice.getStyleClass().add("ok-text");
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        Label error = new Label();
        error.setId("accountsError");
        error.setWrapText(true);
        error.getStyleClass().add("problem-line");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return new VBox(4, notice, error);
    }

    private static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return field;
    }

    private static ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role role, boolean empty) {
                super.updateItem(role, empty);
                setText(empty || role == null ? null : AccountsViewModel.roleName(role));
            }
        };
    }

    private static TableColumn<AccountsViewModel.Item, String> column(String key, double width,
                                                                     Function<AccountsViewModel.Item, String> value) {
        TableColumn<AccountsViewModel.Item, String> c = new TableColumn<>(Texts.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
