package nl.meldtafel.ui.groups;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.meldtafel.groups.Administrator;
import nl.meldtafel.groups.GroupDetail;
import nl.meldtafel.groups.NeighbourhoodGroup;
import nl.meldtafel.groups.RegisterGroup;
import nl.meldtafel.i18n.Texts;

/**
 * The selected beheerdersgroep: its fields, its buurtgroepen with their administrators (the only
 * place their phone numbers and email addresses show) and the alerts it received.
 */
final class GroupDetailView extends ScrollPane {

    private final GroupsViewModel model;
    private final Dialogs dialogs;
    private final VBox body = new VBox(12);
    private final VBox alertLines = new VBox(2);
    private final Button moreAlerts = new Button(Texts.get("groups.button.moreAlerts"));

    GroupDetailView(GroupsViewModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        setId("groupDetail");
        getStyleClass().add("group-detail");
        setFitToWidth(true);
        setContent(body);
        body.getStyleClass().add("group-detail-body");
        alertLines.setId("groupAlerts");
        moreAlerts.setId("groupMoreAlerts");
        moreAlerts.visibleProperty().bind(model.alertsHaveMoreProperty());
        moreAlerts.managedProperty().bind(moreAlerts.visibleProperty());
        moreAlerts.setOnAction(e -> model.loadMoreAlerts());
        model.detailProperty().addListener((o, old, detail) -> rebuild(detail));
        model.canDeleteProperty().addListener((o, old, can) -> rebuild(model.detailProperty().get()));
        model.alerts().addListener((ListChangeListener<GroupsViewModel.AlertLine>) c -> rebuildAlerts());
        rebuild(null);
    }

    private void rebuild(GroupDetail detail) {
        if (detail == null) {
            Label none = new Label(Texts.get("groups.detail.none"));
            none.setId("groupDetailNone");
            none.setWrapText(true);
            none.getStyleClass().add("empty-state");
            body.getChildren().setAll(none);
            return;
        }
        RegisterGroup g = detail.group();
        Label name = new Label(g.name());
        name.setId("groupDetailName");
        name.setWrapText(true);
        name.getStyleClass().add("section-title");
        HBox heading = new HBox(8, name);
        heading.setAlignment(Pos.CENTER_LEFT);
        if (!g.active()) {
            Label inactive = new Label(Texts.get("groups.detail.inactiveMark"));
            inactive.setId("groupInactiveMark");
            inactive.getStyleClass().add("inactive-mark");
            inactive.setMinWidth(Region.USE_PREF_SIZE);
            heading.getChildren().add(inactive);
        }
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        facts.getStyleClass().add("group-facts");
        int row = 0;
        row = fact(facts, row, "groups.detail.wijk", g.wijk());
        row = fact(facts, row, "groups.detail.gemeente", g.gemeente());
        row = fact(facts, row, "groups.detail.status", Texts.get(g.active() ? "groups.detail.active" : "groups.detail.inactive"));
        fact(facts, row, "groups.detail.notes", g.notes());

        body.getChildren().setAll(heading, facts, actions(g), neighbourhoods(detail), alertsSection());
    }

    private static int fact(GridPane grid, int row, String key, String value) {
        Label label = new Label(Texts.get(key));
        label.getStyleClass().add("muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value == null || value.isEmpty() ? Texts.get("log.none") : value);
        text.setWrapText(true);
        grid.addRow(row, label, text);
        return row + 1;
    }

    private Node actions(RegisterGroup g) {
        Button edit = button("groupEdit", "groups.button.edit", () -> dialogs.edit(model, model.editGroupForm()));
        Button toggle = g.active()
                ? button("groupDeactivate", "groups.button.deactivate", () -> model.setActive(false))
                : button("groupActivate", "groups.button.activate", () -> model.setActive(true));
        HBox buttons = new HBox(8, edit, toggle);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, buttons);
        if (model.canDeleteProperty().get()) {
            Button delete = button("groupDelete", "groups.button.delete", () -> dialogs.confirm(
                    Texts.get("groups.confirm.delete.title", g.name()), Texts.get("groups.confirm.delete.text"),
                    Texts.get("groups.button.deleteYes"), model::delete));
            delete.getStyleClass().add("danger");
            buttons.getChildren().add(delete);
        } else {
            Label why = new Label(Texts.get("groups.detail.cannotDelete"));
            why.setId("groupCannotDelete");
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            box.getChildren().add(why);
        }
        return box;
    }

    private Node neighbourhoods(GroupDetail detail) {
        Label title = new Label(Texts.get("groups.detail.neighbourhoods"));
        title.getStyleClass().add("section-title");
        Button add = button("groupAddNeighbourhood", "groups.button.addNeighbourhood",
                () -> dialogs.edit(model, model.newNeighbourhoodForm()));
        HBox heading = new HBox(8, title, Dialogs.spacer(), add);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label privacy = new Label(Texts.get("groups.detail.contactNote"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("muted");
        VBox box = new VBox(8, heading, privacy);
        if (detail.neighbourhoodGroups().isEmpty()) {
            Label none = new Label(Texts.get("groups.detail.noNeighbourhoods"));
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        for (NeighbourhoodGroup n : detail.neighbourhoodGroups()) {
            box.getChildren().add(neighbourhood(n));
        }
        return box;
    }

    private Node neighbourhood(NeighbourhoodGroup n) {
        Label name = new Label(n.name());
        name.getStyleClass().add("neighbourhood-name");
        name.setWrapText(true);
        String area = n.wijk().isEmpty() ? n.gemeente() : n.gemeente().isEmpty() ? n.wijk() : n.wijk() + ", " + n.gemeente();
        Label where = new Label(area);
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        HBox.setHgrow(where, Priority.ALWAYS);
        where.setMaxWidth(Double.MAX_VALUE);
        Button edit = small("groups.button.edit", () -> dialogs.edit(model, model.editNeighbourhoodForm(n)));
        Button addPerson = small("groups.button.addAdministrator", () -> dialogs.edit(model, model.newAdministratorForm(n)));
        Button remove = small("groups.button.remove", () -> dialogs.confirm(
                Texts.get("groups.confirm.removeNeighbourhood.title", n.name()),
                Texts.get("groups.confirm.removeNeighbourhood.text"), Texts.get("groups.button.removeYes"),
                () -> model.removeNeighbourhood(n)));
        // the name gets the whole width; the buttons share the line with the wijk
        HBox actions = new HBox(4, where, edit, addPerson, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox heading = new VBox(2, name, actions);
        VBox box = new VBox(4, heading);
        box.getStyleClass().add("neighbourhood");
        if (n.administrators().isEmpty()) {
            Label none = new Label(Texts.get("groups.detail.noAdministrators"));
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
            return box;
        }
        VBox people = new VBox(4);
        people.getStyleClass().add("administrators");
        for (Administrator a : n.administrators()) {
            Label person = new Label(a.name().isEmpty() ? Texts.get("log.none") : a.name());
            person.getStyleClass().add("administrator-name");
            Label phone = new Label(a.phone());
            phone.getStyleClass().add("administrator-phone");
            phone.setMinWidth(Region.USE_PREF_SIZE);
            Label email = new Label(a.email());
            email.getStyleClass().add("administrator-email");
            HBox contact = new HBox(12, phone, email);
            Button change = small("groups.button.edit", () -> dialogs.edit(model, model.editAdministratorForm(a)));
            Button off = small("groups.button.takeOff", () -> dialogs.confirm(
                    Texts.get("groups.confirm.removeAdministrator.title", a.displayName()),
                    Texts.get("groups.confirm.removeAdministrator.text", a.displayName(), n.name()),
                    Texts.get("groups.button.removeYes"), () -> model.removeAdministrator(n, a)));
            person.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(person, Priority.ALWAYS);
            // buttons beside the name, so phone and email get the whole width below it
            HBox top = new HBox(4, person, change, off);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox line = new VBox(1, top, contact);
            people.getChildren().add(line);
        }
        box.getChildren().add(people);
        return box;
    }

    private Node alertsSection() {
        Label title = new Label(Texts.get("groups.detail.alerts"));
        title.getStyleClass().add("section-title");
        rebuildAlerts();
        return new VBox(6, title, alertLines, moreAlerts);
    }

    private void rebuildAlerts() {
        if (model.alerts().isEmpty()) {
            Label none = new Label(Texts.get("groups.detail.noAlerts"));
            none.setId("groupNoAlerts");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            alertLines.getChildren().setAll(none);
            return;
        }
        VBox list = new VBox(6);
        for (GroupsViewModel.AlertLine line : model.alerts()) {
            Label time = new Label(line.time());
            time.setMinWidth(Region.USE_PREF_SIZE);
            Label kind = new Label(line.kind());
            kind.getStyleClass().add("row-kind");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label status = new Label(line.status());
            status.getStyleClass().add("muted");
            status.setMinWidth(Region.USE_PREF_SIZE);
            Label summary = new Label(line.summary());
            summary.setWrapText(true);
            summary.getStyleClass().add("group-alert-summary");
            HBox facts = new HBox(10, time, kind, status);
            // the summary gets a line of its own: it is what the officer reads
            list.getChildren().add(new VBox(1, facts, summary));
        }
        alertLines.getChildren().setAll(list);
    }

    /** An edit of the register: disabled, with the reason above the list, for a role that may not edit it. */
    private Button button(String id, String key, Runnable action) {
        Button button = new Button(Texts.get(key));
        button.disableProperty().bind(model.editAllowedProperty().not());
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(Texts.get(key));
        button.disableProperty().bind(model.editAllowedProperty().not());
        button.getStyleClass().add("small-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
