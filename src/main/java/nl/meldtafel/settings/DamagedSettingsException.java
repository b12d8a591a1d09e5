package nl.meldtafel.settings;

import java.io.IOException;

/** A settings file that exists but is not in our format: cut off by a crash, or edited by hand. */
public final class DamagedSettingsException extends IOException {

    public DamagedSettingsException(String message) {
        super(message);
    }
}
