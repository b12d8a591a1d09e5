package nl.meldtafel.ui.desk;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.catalog.CatalogView;
import nl.meldtafel.ui.compose.ComposeView;
import nl.meldtafel.ui.followup.CloseReasonDialog;
import nl.meldtafel.ui.log.LogView;
import nl.meldtafel.ui.followup.DueReminderBar;
import nl.meldtafel.ui.followup.FollowUpView;
import nl.meldtafel.ui.groups.GroupsView;
import nl.meldtafel.ui.common.FileChoice;
import nl.meldtafel.ui.officer.OfficerDialog;
import nl.meldtafel.ui.shift.DayOverviewDialog;
import nl.meldtafel.ui.overview.OverviewView;
import nl.meldtafel.ui.settings.SettingsView;

import java.time.ZoneId;
import java.util.List;

/** The main window's content: sidebar, the selected screen, status bar; plus the desk-wide shortcuts. */
public final class DeskView extends BorderPane {

    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);

    private final DeskViewModel model;
    private final ComposeView compose;
    // One instance, so the filter can be removed again: ControlsFX decorations move this view into a new scene root.
    private final EventHandler<KeyEvent> shortcuts = this::onKey;
    private Node log;
    private LogView logView;
    private Node groups;
    private GroupsView groupsView;
    private Node overview;
    private Node settings;
    private Node noContent;
    private Node followUp;
    private final java.util.Map<DeskViewModel.Screen, Runnable> unbuilt = new java.util.EnumMap<>(DeskViewModel.Screen.class);

    /** The desk's stylesheet, for its window and for a notice shown without one. */
    public static String stylesheet() {
        return java.util.Objects.requireNonNull(DeskView.class.getResource("/nl/meldtafel/ui/meldtafel.css")).toExternalForm();
    }

    public DeskView(DeskViewModel model, ZoneId zone) {
        this.model = model;
        getStyleClass().add("desk");
        compose = new ComposeView(model.compose(), zone);
        compose.getStyleClass().add("content");
        followUp = new Placeholder("followUpScreen", Texts.get("desk.followUp.title"), "");
        Node placeholder = new Placeholder("logScreen", Texts.get("desk.log.title"), Texts.get("desk.log.empty"));
        log = placeholder;
        groups = new Placeholder("groupsScreen", Texts.get("groups.title"), Texts.get("groups.waiting"));
        overview = new Placeholder("overviewScreen", Texts.get("overview.title"), Texts.get("desk.overview.empty"));
        
        settings = new Placeholder("settingsPlaceholder", Texts.get("settings.title"), Texts.get("settings.waiting"));
        noContent = new Placeholder("noContentScreen", model.noContentTitleProperty(), model.noContentTextProperty());
        StackPane screens = new StackPane(compose, followUp, placeholder, groups, overview, settings, noContent);
        buildWhenShown(DeskViewModel.Screen.FOLLOW_UP, () -> {
            FollowUpView view = new FollowUpView(model.followUp(), item -> CloseReasonDialog.show(
                    getScene() == null ? null : getScene().getWindow(),
                    getScene() == null ? List.of() : getScene().getStylesheets(), model.followUp(), item));
            screens.getChildren().set(screens.getChildren().indexOf(followUp), view);
            followUp = view;
        });
        show(model.screenProperty().get());
        model.screenProperty().addListener((o, old, screen) -> show(screen));
        model.contentAllowedProperty().addListener((o, was, now) -> show(model.screenProperty().get()));
        // A form opened from Opvolging, a reminder or the sidebar: the cursor goes into it, never to
        // whatever control happens to be next after the button that vanished.
        model.screenProperty().addListener((o, old, screen) -> {
            if (screen == DeskViewModel.Screen.COMPOSE) {
                focusComposeSoon();
            }
        });
        model.compose().formProperty().addListener((o, old, form) -> {
            if (form != null && model.screenProperty().get() == DeskViewModel.Screen.COMPOSE) {
                focusComposeSoon();
            }
        });
        // The screens not shown first are built (and read) when first opened: the desk's first frame and
        // the compose form come sooner, and nothing of the Logboek is read before someone looks at it.
        model.logProperty().addListener((o, old, logModel) -> {
            if (logModel != null) {
                buildWhenShown(DeskViewModel.Screen.LOG, () -> {
                    logView = new LogView(logModel);
                    logView.getStyleClass().add("content");
                    screens.getChildren().set(screens.getChildren().indexOf(log), logView);
                    log = logView;
                });
            }
        });
        model.groupsProperty().addListener((o, old, groupsModel) -> {
            if (groupsModel != null) {
                buildWhenShown(DeskViewModel.Screen.GROUPS, () -> {
                    groupsView = new GroupsView(groupsModel, FileChoice.system());
                    screens.getChildren().set(screens.getChildren().indexOf(groups), groupsView);
                    groups = groupsView;
                });
            }
        });
        model.overviewProperty().addListener((o, old, overviewModel) -> {
            if (overviewModel != null) {
                buildWhenShown(DeskViewModel.Screen.OVERVIEW, () -> {
                    OverviewView view = new OverviewView(overviewModel);
                    screens.getChildren().set(screens.getChildren().indexOf(overview), view);
                    overview = view;
                    overviewModel.load();
                });
            }
        });

        model.settingsProperty().addListener((o, old, settingsModel) -> {
            if (settingsModel != null) {
                buildWhenShown(DeskViewModel.Screen.SETTINGS, () -> {
                    SettingsView view = new SettingsView(settingsModel);
                    view.setVisible(false); // shown next, which reads its settings and accounts
                    screens.getChildren().set(screens.getChildren().indexOf(settings), view);
                    settings = view;
                });
            }
        });

        setLeft(new Sidebar(model));
        setCenter(screens);
        VBox reminders = new VBox(new DueReminderBar(model.followUp(), () -> model.show(DeskViewModel.Screen.FOLLOW_UP),
                DeskViewModel.FOLLOW_UP_KEYS));
        reminders.visibleProperty().bind(model.contentAllowedProperty()); // a reminder names the alert
        reminders.managedProperty().bind(reminders.visibleProperty());
        setBottom(new VBox(reminders, new StatusBar(model, this::showTemplates)));
        new OfficerDialog(model.officers(), this::getScene);
        if (model.dayOverview() != null) {
            new DayOverviewDialog(model.dayOverview(), this::getScene, () -> model.show(DeskViewModel.Screen.FOLLOW_UP));
        }
        model.database().stateProperty().addListener((o, old, state) -> {
            if (state == DatabaseViewModel.State.CORRUPT) {
                askAboutCorruptDatabase();
            }
        });
        // Scene-level so shortcuts work wherever focus is, also when nothing has focus yet.
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
    }

    /** Builds a screen now if it is shown, else the first time it is (a newer model replaces one not built yet). */
    private void buildWhenShown(DeskViewModel.Screen screen, Runnable build) {
        unbuilt.put(screen, build);
        show(model.screenProperty().get());
    }

    private void show(DeskViewModel.Screen screen) {
        // beheer sees no message content: the screens that show it make way for the reason
        boolean content = model.contentAllowedProperty().get();
        boolean mayShow = content || screen == DeskViewModel.Screen.GROUPS || screen == DeskViewModel.Screen.SETTINGS;
        Runnable build = mayShow ? unbuilt.remove(screen) : null;
        if (build != null) {
            build.run();
        }
        compose.setVisible(content && screen == DeskViewModel.Screen.COMPOSE);
        followUp.setVisible(content && screen == DeskViewModel.Screen.FOLLOW_UP);
        log.setVisible(content && screen == DeskViewModel.Screen.LOG);
        groups.setVisible(screen == DeskViewModel.Screen.GROUPS);
        overview.setVisible(content && screen == DeskViewModel.Screen.OVERVIEW);
        settings.setVisible(screen == DeskViewModel.Screen.SETTINGS);
        noContent.setVisible(!mayShow);
    }

    private void onKey(KeyEvent event) {
        int digit = DIGITS.indexOf(event.getCode());
        if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.A) {
            model.switchOfficer();
            event.consume();
        } else if (event.isShortcutDown() && digit >= 0) {
            model.openTemplate(digit);
            focusComposeSoon();
            event.consume();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.G) {
            // Ctrl+G alone picks the target groups in compose; the register is rarer at the desk.
            model.show(DeskViewModel.Screen.GROUPS);
            event.consume();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.O) {
            model.show(DeskViewModel.Screen.OVERVIEW);
            event.consume();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.P) {
            model.show(DeskViewModel.Screen.FOLLOW_UP);
            event.consume();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.L) {
            model.show(DeskViewModel.Screen.LOG);
            event.consume();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.I) {
            model.show(DeskViewModel.Screen.SETTINGS);
            event.consume();
        } else if (event.getCode() == KeyCode.F1) {
            showShortcuts();
            event.consume();
        } else if (model.screenProperty().get() == DeskViewModel.Screen.COMPOSE && compose.handleKey(event)) {
            event.consume();
        } else if (model.screenProperty().get() == DeskViewModel.Screen.LOG && logView != null && logView.handleKey(event)) {
            event.consume();
        } else if (model.screenProperty().get() == DeskViewModel.Screen.GROUPS && groupsView != null && groupsView.handleKey(event)) {
            event.consume();
        }
    }

    private void focusComposeSoon() {
        Platform.runLater(() -> {
            if (model.screenProperty().get() == DeskViewModel.Screen.COMPOSE) {
                compose.focusFirstField();
            }
        });
    }

    /** A damaged database: set it aside (never deleted) and start with a fresh one, or quit. */
    private void askAboutCorruptDatabase() {
        ButtonType moveAside = new ButtonType(Texts.get("db.corrupt.moveAside"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Texts.get("db.corrupt.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = new Alert(Alert.AlertType.ERROR, model.database().problemProperty().get(), moveAside, quit);
        dialog.setTitle(Texts.get("db.corrupt.title"));
        dialog.setHeaderText(Texts.get("db.corrupt.title"));
        dialog.getDialogPane().setPrefWidth(560);
        Scene scene = getScene();
        if (scene != null && scene.getWindow() instanceof Stage owner) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        }
        dialog.resultProperty().addListener((o, old, answer) -> {
            if (answer == moveAside) {
                model.database().moveAsideAndStartFresh();
            } else if (answer == quit) {
                Platform.exit();
            }
        });
        dialog.show();
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setId("shortcutList");
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (DeskViewModel.Shortcut shortcut : model.shortcuts()) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(shortcut.action()));
        }
        Alert dialog = dialog(Texts.get("desk.shortcuts.title"));
        dialog.setHeaderText(Texts.get("desk.shortcuts.title"));
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(16, grid, aboutPart()));
        dialog.show();
    }

    /** "Over Meldtafel": where support finds the data and the log, and which build this is. */
    private javafx.scene.Node aboutPart() {
        GridPane about = new GridPane();
        about.setId("aboutMeldtafel");
        about.setHgap(16);
        about.setVgap(6);
        Label title = new Label(Texts.get("about.title"));
        title.getStyleClass().add("shortcut-keys");
        about.addRow(0, title);
        int row = 1;
        for (DeskViewModel.Shortcut line : model.about()) {
            Label value = new Label(line.action());
            value.setWrapText(true);
            about.addRow(row++, new Label(line.keys()), value);
        }
        Label privacy = new Label(Texts.get("about.logPrivacy"));
        privacy.setWrapText(true);
        about.add(privacy, 0, row, 2, 1);
        return about;
    }

    private void showTemplates() {
        Alert dialog = dialog(Texts.get("catalog.title"));
        CatalogView view = new CatalogView(model.catalogViewModel());
        view.setPrefSize(720, 420);
        dialog.getDialogPane().setContent(view);
        dialog.setResizable(true);
        dialog.show();
    }

    private Alert dialog(String title) {
        // Own button type: the built-in CLOSE is labelled in the JVM's locale ("Close").
        Alert dialog = new Alert(Alert.AlertType.NONE, "", new ButtonType(Texts.get("desk.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setTitle(title);
        dialog.initModality(Modality.NONE);
        Scene scene = getScene();
        if (scene != null && scene.getWindow() instanceof Stage owner) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        }
        return dialog;
    }
}
