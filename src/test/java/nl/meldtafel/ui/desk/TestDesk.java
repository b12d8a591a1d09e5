package nl.meldtafel.ui.desk;

import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;
import nl.meldtafel.ui.followup.FollowUpViewModel;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.ui.officer.LastOfficerSetting;
import nl.meldtafel.ui.officer.OfficerViewModel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** A complete desk view model as the app wires it, over a real database in {@code folder}. */
public final class TestDesk {

    private TestDesk() {
    }

    public static DeskViewModel create(TaskRunner runner, Callable<TemplateCatalog> loader, ComposeViewModel compose,
                                       DatabaseViewModel database, Path folder, Clock clock) {
        OfficerViewModel officers = new OfficerViewModel(runner, database, new LastOfficerSetting(SettingsSaver.open(folder)));
        FollowUpViewModel followUp = new FollowUpViewModel(runner, database, clock, officers.currentProperty());
        return new DeskViewModel(runner, loader, compose, database, officers, followUp, folder.toString());
    }

    /** Registers an officer through the question the desk asks once the database is open. */
    public static void signIn(DeskViewModel desk, String name, String number) {
        desk.officers().nameProperty().set(name);
        desk.officers().numberProperty().set(number);
        desk.officers().add();
    }
}
