package nl.meldtafel.ui.desk;

import nl.meldtafel.store.Storage;

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

/** A desk view model over a real database in {@code folder}, around a compose form a test made itself. */
public final class TestDesk {

    private TestDesk() {
    }

    public static DeskViewModel create(TaskRunner runner, Callable<TemplateCatalog> loader, ComposeViewModel compose,
                                       DatabaseViewModel database, Storage storage, Path folder, Clock clock) {
        OfficerViewModel officers = new OfficerViewModel(runner, storage.officers(), new LastOfficerSetting(SettingsSaver.open(folder)));
        FollowUpViewModel followUp = new FollowUpViewModel(runner, storage.alertService(), storage.pasteChecklist(), clock,
                officers.currentProperty());
        return new DeskViewModel(runner, loader, compose, database, officers, followUp, folder.toString());
    }

    /** Registers an officer through the question the desk asks once the database is open. */
    public static void signIn(DeskViewModel desk, String name, String number) {
        desk.officers().nameProperty().set(name);
        desk.officers().numberProperty().set(number);
        desk.officers().add();
    }
}
