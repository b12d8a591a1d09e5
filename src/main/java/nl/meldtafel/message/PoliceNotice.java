package nl.meldtafel.message;

/**
 * The notice every message ends with. It lives in code, not in a template file, so no template
 * edit can drop or change it (handreiking: every police message says "bel 112 of 0900-8844").
 */
public final class PoliceNotice {

    public static final String TEXT = "_Bel 112 bij spoed, anders 0900-8844. "
            + "Niet alleen via WhatsApp: de politie leest niet mee._";

    /** Residents read it on a phone: short enough for two lines (issue 10, point 8). */
    public static final int MAX_LENGTH = 110;

    private PoliceNotice() {
    }
}
