package nl.meldtafel.alert;

/**
 * Why an alert was closed without an afloopbericht, from a fixed list. Unlike the typed toelichting it
 * names no one, so it is kept after redaction and the overview's reasons do not change.
 */
public enum CloseCategory {
    LOOS_ALARM("falseAlarm"),
    OPGELOST("solved"),
    DUBBEL("duplicate"),
    ANDERS("other");

    private final String key;

    CloseCategory(String key) {
        this.key = key;
    }

    /** The text key of its Dutch label. */
    public String textKey() {
        return "closeCategory." + key;
    }
}
