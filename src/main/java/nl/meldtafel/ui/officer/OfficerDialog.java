package nl.meldtafel.ui.officer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.i18n.Texts;

import java.util.function.Supplier;

/** "Wie zit er aan de meldtafel?": shown while the view model asks, closed when it stops asking. */
public final class OfficerDialog {

    private final OfficerViewModel model;
    private final Supplier<Scene> ownerScene;
    private Dialog<Void> dialog;

    public OfficerDialog(OfficerViewModel model, Supplier<Scene> ownerScene) {
        this.model = model;
        this.ownerScene = ownerScene;
        model.askingProperty().addListener((o, was, asking) -> {
            if (asking) {
                open();
            } else if (dialog != null) {
                Dialog<Void> closing = dialog;
                dialog = null;
                closing.close();
            }
        });
    }

    private void open() {
        if (dialog != null) {
            return;
        }
        ButtonType cancel = new ButtonType(Texts.get("officer.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Void> shown = new Dialog<>();
        boolean signIn = model.signInRequiredProperty().get();
        shown.setTitle(Texts.get(signIn ? "signin.title" : "officer.title"));
        shown.setHeaderText(Texts.get(signIn ? "signin.question" : "officer.question"));
        shown.getDialogPane().getButtonTypes().setAll(cancel);
        shown.getDialogPane().setContent(signIn ? signInContent(model.signIn()) : content());
        shown.getDialogPane().setPrefWidth(480);
        Scene scene = ownerScene.get();
        if (scene != null && scene.getWindow() != null) {
            Window owner = scene.getWindow();
            shown.initOwner(owner);
            shown.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        }
        shown.setOnHidden(e -> {
            if (dialog == shown) {
                dialog = null;
                model.cancel();
            }
        });
        dialog = shown;
        shown.show();
    }

    private VBox content() {
        Label knownTitle = new Label(Texts.get("officer.known"));
        knownTitle.getStyleClass().add("section-title");
        ListView<Officer> list = new ListView<>(model.officers());
        list.setId("officerList");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Officer officer, boolean empty) {
                super.updateItem(officer, empty);
                setText(empty || officer == null ? null : OfficerViewModel.display(officer));
            }
        });
        list.setPlaceholder(new Label(Texts.get("officer.none")));
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, officer) -> model.selectedProperty().set(officer));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.choose();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.choose();
                e.consume();
            }
        });
        Button choose = new Button(Texts.get("officer.choose"));
        choose.setId("chooseOfficer");
        choose.getStyleClass().add("primary");
        choose.disableProperty().bind(model.canChooseProperty().not());
        choose.setOnAction(e -> model.choose());

        Label newTitle = new Label(Texts.get("officer.new"));
        newTitle.getStyleClass().add("section-title");
        TextField name = new TextField();
        name.setId("officerName");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField number = new TextField();
        number.setId("officerNumber");
        number.textProperty().bindBidirectional(model.numberProperty());
        number.setOnAction(e -> model.add());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        form.addRow(0, new Label(Texts.get("officer.name")), name);
        form.add(problem("officerNameProblem", model.nameProblemProperty(), name), 1, 1);
        form.addRow(2, new Label(Texts.get("officer.number")), number);
        form.add(problem("officerNumberProblem", model.numberProblemProperty(), number), 1, 3);
        Button add = new Button(Texts.get("officer.add"));
        add.setId("addOfficer");
        add.disableProperty().bind(model.canAddProperty().not());
        add.setOnAction(e -> model.add());

        Label error = new Label();
        error.setId("officerError");
        error.getStyleClass().add("problem-line");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label why = new Label(Texts.get("officer.why"));
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        if (model.officers().isEmpty()) {
            Platform.runLater(name::requestFocus);
        } else {
            Platform.runLater(list::requestFocus);
        }
        return new VBox(8, why, error, knownTitle, list, new HBox(choose), newTitle, form, new HBox(add));
    }

    private static VBox signInContent(SignInViewModel signIn) {
        TextField number = new TextField();
        number.setId("signInNumber");
        number.textProperty().bindBidirectional(signIn.numberProperty());
        PasswordField password = new PasswordField();
        password.setId("signInPassword");
        password.textProperty().bindBidirectional(signIn.passwordProperty());
        number.setOnAction(e -> password.requestFocus());
        password.setOnAction(e -> signIn.signIn());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(Texts.get("officer.number")), number);
        form.addRow(1, new Label(Texts.get("signin.password")), password);
        Button go = new Button(Texts.get("signin.button"));
        go.setId("signIn");
        go.getStyleClass().add("primary");
        go.disableProperty().bind(signIn.canSignInProperty().not());
        go.setOnAction(e -> signIn.signIn());
        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().add("problem-line");
        error.setWrapText(true);
        error.textProperty().bind(signIn.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, not cut off with "..."
        // the dialog grows with the message instead of squeezing it
        error.textProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            if (error.getScene() != null && error.getScene().getWindow() != null) {
                error.getScene().getWindow().sizeToScene();
            }
        }));
        Label busy = new Label(Texts.get("signin.busy"));
        busy.getStyleClass().add("muted");
        busy.visibleProperty().bind(signIn.busyProperty());
        Label why = new Label(Texts.get("signin.why"));
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.getStyleClass().add("muted");
        // the last number offered, selected: the same officer presses Enter, another types his own over it,
        // never into the password field (where his number would count as a wrong try on the other's account)
        Platform.runLater(() -> {
            number.requestFocus();
            number.selectAll();
        });
        return new VBox(8, why, form, error, new HBox(8, go, busy));
    }

    /** The problem shows once something was typed: an empty form does not open in red. */
    private static Label problem(String id, StringBinding problem, TextField field) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("problem-line");
        label.textProperty().bind(Bindings.when(field.textProperty().isEmpty())
                .then("").otherwise(problem));
        return label;
    }
}
