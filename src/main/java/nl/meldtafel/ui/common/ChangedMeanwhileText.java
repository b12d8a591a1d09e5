package nl.meldtafel.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import nl.meldtafel.alert.ChangedMeanwhileException;
import nl.meldtafel.i18n.Texts;

/** What the officer reads when a change was refused because someone else changed the row first. */
public final class ChangedMeanwhileText {

    private ChangedMeanwhileText() {
    }

    /** For a form: who changed what and when, and that what was typed is still in the form. */
    public static String inForm(ChangedMeanwhileException e, Clock clock) {
        String key = switch (e.subject()) {
            case GROUP -> "conflict.form.group";
            case NEIGHBOURHOOD_GROUP -> "conflict.form.neighbourhood";
            case ADMINISTRATOR -> "conflict.form.administrator";
            case RESPONSE -> "conflict.form.response";
        };
        return Texts.get(key, who(e), when(e, clock));
    }

    /** For a button without a form (deactivate): nothing was changed here, the new version is shown. */
    public static String withoutForm(ChangedMeanwhileException e, Clock clock) {
        return Texts.get("conflict.button.group", who(e), when(e, clock));
    }

    private static String who(ChangedMeanwhileException e) {
        return e.current().changedBy().orElseGet(() -> Texts.get("conflict.someone"));
    }

    private static String when(ChangedMeanwhileException e, Clock clock) {
        return e.current().changedAt().map(at -> DeskTime.at(at, LocalDate.now(clock), clock.getZone()))
                .orElseGet(() -> Texts.get("conflict.unknownTime"));
    }
}
