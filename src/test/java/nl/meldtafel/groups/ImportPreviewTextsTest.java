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
}
