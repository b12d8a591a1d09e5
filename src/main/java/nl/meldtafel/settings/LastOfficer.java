package nl.meldtafel.settings;

import java.util.Objects;

/**
 * Who sat at this desk last. An officer.json of an older version held the personnel number only; then
 * {@code id} and {@code name} are null and the desk preselects the officer but cannot send before its
 * database is open.
 */
public record LastOfficer(String personnelNumber, Long id, String name) {

    public LastOfficer {
        Objects.requireNonNull(personnelNumber, "personnelNumber");
    }

    public static LastOfficer numberOnly(String personnelNumber) {
        return new LastOfficer(personnelNumber, null, null);
    }

    /** True when the whole officer is known, not only the number. */
    public boolean complete() {
        return id != null && name != null;
    }
}
