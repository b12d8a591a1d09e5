package nl.meldtafel.alert;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import nl.meldtafel.message.FieldValues;

/**
 * How an alert ended, as its afloopbericht's {@code uitkomst} said, reduced to the template's fixed
 * options. Kept on the original alert after its content is redacted: it names no one, so overviews
 * can still count arrests. Anything typed freely counts as {@link #ANDERS}; the typed words are not kept.
 */
public enum AlertOutcome {
    AANGEHOUDEN("aangehouden"),
    PERSOON_AANGETROFFEN("persoon aangetroffen"),
    ZONDER_RESULTAAT("actie beëindigd zonder resultaat"),
    GEEN_STRAFBAAR_FEIT("geen strafbaar feit"),
    ANDERS("anders");

    /** The afloopbericht template's field that holds the outcome. */
    public static final String UITKOMST = "uitkomst";

    private final String option;

    AlertOutcome(String option) {
        this.option = option;
    }

    /** The text key of its Dutch label. */
    public String textKey() {
        return "alertOutcome." + name();
    }

    /** The outcome an officer chose or typed; empty when nothing was given. */
    public static Optional<AlertOutcome> normalize(String uitkomst) {
        if (uitkomst == null || uitkomst.isBlank()) {
            return Optional.empty();
        }
        String choice = Normalizer.normalize(uitkomst, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        for (AlertOutcome o : values()) {
            if (o.option.equals(choice)) {
                return Optional.of(o);
            }
        }
        return Optional.of(ANDERS);
    }

    /** The outcome in an afloopbericht's values JSON; empty when absent or unreadable. */
    public static Optional<AlertOutcome> ofValues(String valuesJson) {
        if (valuesJson == null) {
            return Optional.empty();
        }
        try {
            FieldValues values = FieldValues.fromJson(valuesJson);
            return values.has(UITKOMST) && !values.isList(UITKOMST) ? normalize(values.text(UITKOMST)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
