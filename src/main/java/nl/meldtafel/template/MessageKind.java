package nl.meldtafel.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.meldtafel.i18n.Texts;

/** What a message is for; drives follow-up and closing rules, independent of a template's wording. */
public enum MessageKind {
    HETERDAAD,
    VERMISSING,
    AFLOOPBERICHT,
    GETUIGENOPROEP,
    WAARSCHUWING,
    WEEKOVERZICHT;

    /** The Dutch name the desk shows, e.g. "Heterdaad". */
    public String label() {
        return switch (this) {
            case HETERDAAD -> Texts.get("log.kind.heterdaad");
            case VERMISSING -> Texts.get("log.kind.vermissing");
            case AFLOOPBERICHT -> Texts.get("log.kind.afloopbericht");
            case GETUIGENOPROEP -> Texts.get("log.kind.getuigenoproep");
            case WAARSCHUWING -> Texts.get("log.kind.waarschuwing");
            case WEEKOVERZICHT -> Texts.get("log.kind.weekoverzicht");
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Sending a message of this kind closes the alert it refers to. */
    public boolean closesParent() {
        return this == AFLOOPBERICHT;
    }

    public static Optional<MessageKind> fromJson(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName().equals(name)).findFirst();
    }
}
