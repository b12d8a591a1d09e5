package nl.meldtafel.groups;

/**
 * Something the import noticed on a line (line 1 is usually the header).
 *
 * @param reason Dutch, for the officer
 */
public record ImportProblem(int line, Severity severity, String reason) {

    public enum Severity {
        /** The row is not imported. */
        SKIPPED,
        /** The row is imported as understood; the officer should check it. */
        WARNING
    }
}
