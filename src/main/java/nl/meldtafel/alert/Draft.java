package nl.meldtafel.alert;

import java.time.Instant;

/** A compose form's content, kept so it survives a crash or a closed window. */
public record Draft(long officerId, String templateId, String valuesJson, Instant savedAt) {
}
