package nl.meldtafel.ui.followup;

import impl.org.controlsfx.skin.NotificationBar;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.util.Duration;
import nl.meldtafel.i18n.Texts;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Shows each due prompt as a notification at the bottom right that stays until the officer acts on
 * it ("Afloopbericht", "Later (15 min)") or the alert is closed elsewhere.
 */
public final class DuePromptNotifications {

    // A notification fired in the first pulse after the window shows may not appear (toolchain notes).
    private static final Duration DELAY = Duration.millis(800);

    private final FollowUpViewModel model;
    private final Supplier<Scene> scene;
    // Our own graphic in each notification: the handle to find and hide its notification bar again.
    private final Map<Long, Node> shown = new HashMap<>();

    public DuePromptNotifications(FollowUpViewModel model, Supplier<Scene> scene) {
        this.model = model;
        this.scene = scene;
        model.prompts().addListener((ListChangeListener<FollowUpItem>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(item -> hide(item.id()));
                change.getAddedSubList().forEach(this::showSoon);
            }
        });
    }

    private void showSoon(FollowUpItem item) {
        PauseTransition pause = new PauseTransition(DELAY);
        pause.setOnFinished(e -> {
            if (model.prompts().stream().anyMatch(p -> p.id() == item.id())) {
                show(item);
            }
        });
        pause.play();
    }

    private void show(FollowUpItem item) {
        Scene owner = scene.get();
        if (owner == null || owner.getWindow() == null || !owner.getWindow().isShowing()) {
            return;
        }
        hide(item.id());
        Label icon = new Label("\u26a0");
        icon.setId("duePrompt-" + item.id());
        icon.getStyleClass().add("prompt-icon");
        shown.put(item.id(), icon);
        Notifications.create()
                .owner(owner.getWindow())
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.INDEFINITE)
                .title(Texts.get("prompt.title", item.kindText()))
                .text(Texts.get("prompt.text", item.row().summary(), item.dueText()))
                .graphic(icon)
                .action(new Action(Texts.get("prompt.afloop"), e -> {
                    hide(item.id());
                    model.writeAfloop(item);
                }), new Action(Texts.get("prompt.later"), e -> {
                    hide(item.id());
                    model.snooze(item);
                }))
                .show();
    }

    private void hide(long id) {
        Node icon = shown.remove(id);
        for (Parent p = icon == null ? null : icon.getParent(); p != null; p = p.getParent()) {
            if (p instanceof NotificationBar bar) {
                bar.hide();
                return;
            }
        }
    }
}
