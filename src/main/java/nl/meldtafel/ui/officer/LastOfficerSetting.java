package nl.meldtafel.ui.officer;

import nl.meldtafel.alert.Officer;
import nl.meldtafel.settings.LastOfficer;
import nl.meldtafel.settings.SettingsSaver;

import java.io.IOException;
import java.util.Optional;

/** Who sat at this desk last, in the desk settings, so the question starts with that officer selected. */
public final class LastOfficerSetting {

    private final SettingsSaver settings;

    public LastOfficerSetting(SettingsSaver settings) {
        this.settings = settings;
    }

    /** The personnel number, also from a file of an older version that kept only that. */
    public Optional<String> number() {
        return settings.current().lastOfficer().map(LastOfficer::personnelNumber);
    }

    /** The last officer in full, so the desk can send before its database is open; empty for a number only. */
    public Optional<Officer> officer() {
        return settings.current().lastOfficer().filter(LastOfficer::complete)
                .map(last -> new Officer(last.id(), last.name(), last.personnelNumber()));
    }

    /** Written at once, not debounced: the officer is told when the next start will not know them. */
    public void save(Officer officer) throws IOException {
        settings.saveNow(s -> s.withLastOfficer(new LastOfficer(officer.personnelNumber(), officer.id(), officer.name())));
    }
}
