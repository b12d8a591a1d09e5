package nl.meldtafel.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a message is for; drives follow-up and closing rules, independent of a template's wording. */
public enum MessageKind {
    HETERDAAD,
    VERMISSING,
    AFLOOPBERICHT,
    GETUIGENOPROEP,
    WAARSCHUWING,
    WEEKOVERZICHT;

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
