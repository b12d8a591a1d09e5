package nl.meldtafel.ui.desk;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.ui.compose.FormModel;

import java.util.ArrayList;
import java.util.List;

/** "Nieuw bericht" with a button per template, then "Opvolging" (with its badge) and "Logboek"; "Instellingen" at the foot. */
final class Sidebar extends VBox {

    private final DeskViewModel model;
    private final ToggleGroup group = new ToggleGroup();
    private final VBox templateButtons = new VBox(2);
    private final List<ToggleButton> templateToggles = new ArrayList<>();
    private final ToggleButton followUp;
    private final ToggleButton log;
    private final ToggleButton groups;
    private final ToggleButton overview;
    private final ToggleButton settings;
    private final BooleanBinding hasFollowUps;
    private final BooleanBinding hasOverdue;

    Sidebar(DeskViewModel model) {
        super(4);
        this.model = model;
        setId("sidebar");
        getStyleClass().add("sidebar");
        Label brand = new Label(Texts.get("app.title"));
        brand.getStyleClass().add("brand");
        Label newMessage = new Label(Texts.get("desk.nav.newMessage"));
        newMessage.getStyleClass().add("nav-section");
        Label noTemplates = new Label(Texts.get("desk.nav.noTemplates"));
        noTemplates.setWrapText(true);
        noTemplates.getStyleClass().add("nav-empty");
        noTemplates.visibleProperty().bind(model.noTemplatesProperty());
        noTemplates.managedProperty().bind(noTemplates.visibleProperty());

        Label badge = new Label();
        badge.setId("followUpBadge");
        badge.getStyleClass().add("badge");
        badge.textProperty().bind(model.followUpBadgeProperty());
        hasFollowUps = model.followUpCountProperty().greaterThan(0);
        hasOverdue = model.followUp().overdueCountProperty().greaterThan(0);
        hasFollowUps.addListener((o, was, now) -> badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("active"), now));
        hasOverdue.addListener((o, was, now) -> badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("overdue"), now));
        followUp = navButton("navFollowUp", Texts.get("desk.nav.followUp"), badge);
        followUp.setOnAction(e -> model.show(DeskViewModel.Screen.FOLLOW_UP));
        followUp.setTooltip(new javafx.scene.control.Tooltip(DeskViewModel.FOLLOW_UP_KEYS));
        log = navButton("navLog", Texts.get("desk.nav.log"), keys(DeskViewModel.LOG_KEYS));
        log.setOnAction(e -> model.show(DeskViewModel.Screen.LOG));
        Label groupsKey = new Label(DeskViewModel.GROUPS_KEYS);
        groupsKey.getStyleClass().add("shortcut");
        groups = navButton("navGroups", Texts.get("desk.nav.groups"), groupsKey);
        groups.setOnAction(e -> model.show(DeskViewModel.Screen.GROUPS));
        Label overviewKeys = new Label(DeskViewModel.OVERVIEW_KEYS);
        overviewKeys.getStyleClass().add("shortcut");
        overview = navButton("navOverview", Texts.get("desk.nav.overview"), overviewKeys);
        overview.setOnAction(e -> model.show(DeskViewModel.Screen.OVERVIEW));
        Label other = new Label(Texts.get("desk.nav.other"));
        other.getStyleClass().add("nav-section");

        settings = navButton("navSettings", Texts.get("desk.nav.settings"), keys(DeskViewModel.SETTINGS_KEYS));
        settings.setOnAction(e -> model.show(DeskViewModel.Screen.SETTINGS));
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);

        getChildren().addAll(brand, newMessage, noTemplates, templateButtons, other, followUp, log, groups, overview, push, settings);
        model.templates().addListener((ListChangeListener<TemplateDefinition>) c -> rebuildTemplates());
        model.screenProperty().addListener((o, old, now) -> sync());
        model.compose().formProperty().addListener((o, old, now) -> sync());
        rebuildTemplates();
    }

    private void rebuildTemplates() {
        templateToggles.clear();
        for (int i = 0; i < model.templates().size(); i++) {
            TemplateDefinition template = model.templates().get(i);
            Label keys = new Label(DeskViewModel.shortcutLabel(i));
            keys.getStyleClass().add("shortcut");
            ToggleButton button = navButton("template-" + template.id(), template.title(), keys);
            button.setOnAction(e -> model.openTemplate(template));
            button.setUserData(template);
            templateToggles.add(button);
        }
        templateButtons.getChildren().setAll(templateToggles);
        sync();
    }

    private static Label keys(String text) {
        Label keys = new Label(text);
        keys.getStyleClass().add("shortcut");
        return keys;
    }

    private ToggleButton navButton(String id, String text, Label trailing) {
        Label name = new Label(text);
        name.setMinWidth(Region.USE_PREF_SIZE);
        if (trailing != null) {
            trailing.setMinWidth(Region.USE_PREF_SIZE); // "3 / 1 te laat" must never be cut off
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox content = trailing == null ? new HBox(name) : new HBox(6, name, spacer, trailing);
        content.setAlignment(Pos.CENTER_LEFT);
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.setGraphic(content);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-button");
        button.setToggleGroup(group);
        content.prefWidthProperty().bind(button.widthProperty().subtract(24));
        return button;
    }

    /** The selection always shows the screen in view, also when a click would only have deselected it. */
    private void sync() {
        DeskViewModel.Screen screen = model.screenProperty().get();
        FormModel form = model.compose().formProperty().get();
        for (ToggleButton button : templateToggles) {
            button.setSelected(screen == DeskViewModel.Screen.COMPOSE && form != null && form.template() == button.getUserData());
        }
        followUp.setSelected(screen == DeskViewModel.Screen.FOLLOW_UP);
        log.setSelected(screen == DeskViewModel.Screen.LOG);
        groups.setSelected(screen == DeskViewModel.Screen.GROUPS);
        overview.setSelected(screen == DeskViewModel.Screen.OVERVIEW);
        settings.setSelected(screen == DeskViewModel.Screen.SETTINGS);
    }
}
