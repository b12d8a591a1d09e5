package nl.meldtafel.ui.settings;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * "Server": the shared PostgreSQL server this desk works on, kept in settings.json (never a password).
 * {@code --database} and MELDTAFEL_DATABASE go before it; a change applies from the next start, so the
 * log is never switched under an open form.
 */
public final class ServerSettingViewModel {

    private final TaskRunner runner;
    private final SettingsSaver settings;
    private final Function<String, Optional<String>> problem;
    private final String inUse;
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty team = new SimpleStringProperty(this, "team", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    /**
     * @param problem what is wrong with an address, in Dutch; empty when it can be used
     * @param inUse   where this desk's log is now, as the status bar names it
     */
    public ServerSettingViewModel(TaskRunner runner, SettingsSaver settings, Function<String, Optional<String>> problem,
                                  String inUse) {
        this.runner = runner;
        this.settings = settings;
        this.problem = problem;
        this.inUse = inUse;
        address.set(settings.current().server().orElse(""));
        team.set(settings.current().team().orElse(""));
    }

    /**
     * Saves the address (blank: back to the log in the data folder) and the desk's team on it (blank: the
     * server's first team), or says what is wrong with the address. A team the server does not have is
     * named at the next start, with the teams it has.
     */
    public void save() {
        String typed = address.get() == null ? "" : address.get().strip();
        String typedTeam = team.get() == null ? "" : team.get().strip();
        Optional<String> wrong = typed.isEmpty() ? Optional.empty() : problem.apply(typed);
        if (wrong.isPresent()) {
            notice.set(wrong.get());
            return;
        }
        runner.run(() -> {
            settings.saveNow(s -> s.withServer(typed).withTeam(typedTeam));
            return typed;
        }, saved -> notice.set(saved.isEmpty() ? Texts.get("settings.server.savedLocal") : Texts.get("settings.server.saved")),
                e -> notice.set(Texts.get("settings.server.failed", StorageErrors.describe(e))));
    }

    /** "Nu: Server politie-db" or "Nu: het logboek in de gegevensmap". */
    public String inUse() {
        return inUse;
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** The desk's basisteam on the server, as typed; names are matched without case. */
    public StringProperty teamProperty() {
        return team;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
