package nl.meldtafel.alert;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.MessageKind;

/**
 * How an alert ended, as its afloopbericht's {@code uitkomst} said, reduced to the template's fixed
 * options. Kept on the original alert after its content is redacted: it names no one, so overviews
 * can still count arrests. Anything typed freely counts as {@link #ANDERS}; the typed words are not kept.
 */
public enum AlertOutcome {
    // The first option is the old template's; the others are the residents' words of issue 17. Both stay, so
    // afloopberichten in the log keep their outcome.
    AANGEHOUDEN("aangehouden", "verdachte aangehouden", "verdachten aangehouden"),
    PERSOON_AANGETROFFEN("persoon aangetroffen", "persoon is terecht"),
    ZONDER_RESULTAAT("actie beëindigd zonder resultaat", "zoekactie gestopt, (nog) niet gevonden",
            "verdachte niet gevonden, zoekactie gestopt"),
    GEEN_STRAFBAAR_FEIT("geen strafbaar feit"),
    ANDERS("anders");

    /** The afloopbericht template's field that holds the outcome. */
    public static final String UITKOMST = "uitkomst";

    private final List<String> options;

    AlertOutcome(String... options) {
        this.options = List.of(options);
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
            if (o.options.contains(choice)) {
                return Optional.of(o);
            }
        }
        return Optional.of(ANDERS);
    }

    /**
     * The outcome for an alert of {@code kind}: a heterdaad is never "persoon aangetroffen" (a suspect is not a
     * missing person), so such a closing counts as {@link #ANDERS} and no overview says it about a heterdaad.
     */
    public static Optional<AlertOutcome> ofValues(String valuesJson, MessageKind kind) {
        return ofValues(valuesJson).map(o -> o.fits(kind) ? o : ANDERS);
    }

    /** Whether this outcome can end an alert of {@code kind}. */
    public boolean fits(MessageKind kind) {
        return this != PERSOON_AANGETROFFEN || kind != MessageKind.HETERDAAD;
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
