package nl.meldtafel.groups;

import nl.meldtafel.i18n.Texts;

/**
 * Something the import noticed on a line (line 1 is usually the header).
 *
 * @param kind   what kind of problem, for grouping many alike lines into one ("missingName", "phone", ...)
 * @param reason Dutch, for the officer
 */
public record ImportProblem(int line, Severity severity, String kind, String reason) {

    public ImportProblem(int line, Severity severity, String reason) {
        this(line, severity, reason, reason);
    }

    /** A problem whose reason is the text {@code groups.import.problem.<kind>}. */
    static ImportProblem of(int line, Severity severity, String kind, Object... args) {
        String key = "groups.import.problem." + kind;
        return new ImportProblem(line, severity, kind, Texts.get(key, args));
    }

    public enum Severity {
        /** The row is not imported. */
        SKIPPED,
        /** The row is imported as understood; the officer should check it. */
        WARNING
    }
}
