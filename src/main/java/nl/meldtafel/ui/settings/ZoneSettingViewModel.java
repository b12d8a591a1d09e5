package nl.meldtafel.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

import java.time.ZoneId;
import java.util.List;

/**
 * "Tijdzone van de meldtafel": Dutch time unless chosen otherwise (a desk in Caribisch Nederland).
 * Every time in a message and in the log is written in it; a change applies from the next start.
 */
public final class ZoneSettingViewModel {

    /** The zones a Dutch police desk may be in; Europe/Amsterdam first, the default. */
    public static final List<ZoneId> CHOICES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/Kralendijk"),
            ZoneId.of("America/Curacao"), ZoneId.of("America/Aruba"), ZoneId.of("America/Lower_Princes"), ZoneId.of("UTC"));

    /** One label per choice, by position: "settings.zone.choice.0" is Nederland. */
    private static final String CHOICE_KEY = "settings.zone.choice";

    private final TaskRunner runner;
    private final SettingsSaver settings;
    private final ZoneId inUse;
    private final ObjectProperty<ZoneId> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ZoneSettingViewModel(TaskRunner runner, SettingsSaver settings, ZoneId inUse) {
        this.runner = runner;
        this.settings = settings;
        this.inUse = inUse;
        chosen.set(inUse);
    }

    /** Saves the choice; the clock of a running desk is not changed under its open forms. */
    public void save() {
        ZoneId zone = chosen.get();
        if (zone == null) {
            return;
        }
        runner.run(() -> {
            settings.saveNow(s -> s.withZone(zone)); // at once: the notice says it was saved
            return zone;
        }, saved -> notice.set(saved.equals(inUse) ? Texts.get("settings.zone.saved")
                : Texts.get("settings.zone.savedRestart", label(saved))),
                e -> notice.set(Texts.get("settings.zone.failed", StorageErrors.describe(e))));
    }

    /** "Europe/Amsterdam (Nederland)" */
    public static String label(ZoneId zone) {
        return Texts.get(CHOICE_KEY + "." + CHOICES.indexOf(zone), zone.getId());
    }

    public ObjectProperty<ZoneId> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
