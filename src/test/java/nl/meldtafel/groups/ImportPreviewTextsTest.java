package nl.meldtafel.groups;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ImportPreviewTextsTest {

    @Test
    void everyColumnActionAndSeverityHasADutchText() {
        assertFalse(ImportPreview.columnName(null).isBlank());
        for (Column c : Column.values()) {
            assertFalse(ImportPreview.columnName(c).isBlank());
        }
        for (ImportRow.Action a : ImportRow.Action.values()) {
            assertFalse(ImportPreview.actionName(a).isBlank());
        }
        for (ImportProblem.Severity s : ImportProblem.Severity.values()) {
            assertFalse(ImportPreview.problemLine(new ImportProblem(3, s, "x")).isBlank());
        }
    }

    /** Kinds whose reason names a value get a general text for their grouped line; each must exist. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"wijkUnknown", "phone", "email", "countMismatch", "duplicate",
            "ambiguousGroup", "duplicateHeader"})
    void aKindWhoseLinesDifferIsGroupedUnderOneDutchText(String kind) {
        ProblemGroup group = new ProblemGroup(ImportProblem.Severity.WARNING, kind,
                java.util.List.of(new ImportProblem(4, ImportProblem.Severity.WARNING, kind, "a"),
                        new ImportProblem(5, ImportProblem.Severity.WARNING, kind, "b")));
        org.junit.jupiter.api.Assertions.assertTrue(group.line().startsWith("let op (2\u00d7): ") && group.line().endsWith(" \u2013 regel 4, 5"),
                group.line());
    }

    @Test
    void lineNumbersAreShortenedToRuns() {
        ProblemGroup group = new ProblemGroup(ImportProblem.Severity.SKIPPED, "x", java.util.stream.Stream.of(2, 3, 4, 5, 7, 9, 10)
                .map(l -> new ImportProblem(l, ImportProblem.Severity.SKIPPED, "x")).toList());
        org.junit.jupiter.api.Assertions.assertEquals("2-5, 7, 9, 10", group.lines());
    }
}
