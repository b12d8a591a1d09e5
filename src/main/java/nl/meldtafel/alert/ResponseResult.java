package nl.meldtafel.alert;

/** What an alert contributed to, as the desk heard it from the meldkamer or the unit on the street. */
public enum ResponseResult {
    GEEN,
    AANHOUDING,
    PERSOON_AANGETROFFEN,
    ANDERS;

    /** Whether the alert helped bring about a result. */
    public boolean contributed() {
        return this != GEEN;
    }
}
