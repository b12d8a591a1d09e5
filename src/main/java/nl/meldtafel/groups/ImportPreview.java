package nl.meldtafel.groups;

import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.i18n.Texts;

/**
 * What an import would do, shown before anything is written: the columns as understood, each row
 * with its action, the problems by line and the beheerdersgroepen it would create. A pure data object;
 * {@link GroupRegister#applyImport} writes it in one transaction.
 */
public final class ImportPreview {

    private final String encoding;
    private final char separator;
    private final List<ColumnUse> columns;
    private final List<ImportRow> rows;
    private final List<ImportProblem> problems;
    private final ImportPlan plan;
    private final RegisterSnapshot basis;

    ImportPreview(String encoding, char separator, List<ColumnUse> columns, List<ImportRow> rows,
                  List<ImportProblem> problems, ImportPlan plan, RegisterSnapshot basis) {
        this.encoding = encoding;
        this.separator = separator;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        this.plan = plan;
        this.basis = basis;
    }

    /** "UTF-8", "UTF-8 (BOM)" or "Windows-1252". */
    public String encoding() {
        return encoding;
    }

    public char separator() {
        return separator;
    }

    public List<ColumnUse> columns() {
        return columns;
    }

    public List<ImportRow> rows() {
        return rows;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** Beheerdersgroepen the import creates; their names should be checked against the team phone. */
    public List<GroupInput> newGroups() {
        return List.copyOf(plan.newGroups);
    }

    public long count(ImportRow.Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public long skipped() {
        return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.SKIPPED).count();
    }

    /** Whether confirming would write anything. */
    public boolean hasChanges() {
        return count(ImportRow.Action.ADD) + count(ImportRow.Action.CHANGE) > 0;
    }

    public String summary() {
        return Texts.get("groups.import.summary", count(ImportRow.Action.ADD), count(ImportRow.Action.CHANGE),
                count(ImportRow.Action.UNCHANGED) + count(ImportRow.Action.DUPLICATE), skipped(), plan.newGroups.size());
    }

    /** The preview as text lines, for the command line. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get("groups.import.file", encoding, String.valueOf(separator)));
        for (ColumnUse c : columns) {
            lines.add("  " + Texts.get("groups.import.columnUse", c.header(),
                    columnName(c.column())));
        }
        for (GroupInput g : plan.newGroups) {
            lines.add(Texts.get("groups.import.newGroup", g.name(), g.wijk(), g.gemeente()));
        }
        for (ImportRow r : rows) {
            String wijk = r.wijkFromName() ? Texts.get("groups.import.wijkFromName", r.wijk()) : r.wijk();
            lines.add(Texts.get("groups.import.row", r.line(), actionName(r.action()),
                    r.name(), wijk, r.gemeente(), r.targetGroup(), r.administrators().size())
                    + (r.changes().isEmpty() ? "" : ": " + String.join("; ", r.changes())));
        }
        for (ImportProblem p : problems) {
            lines.add(problemLine(p));
        }
        lines.add(summary());
        return lines;
    }

    // one key per enum constant; ImportPreviewTextsTest checks they all exist
    public static String columnName(Column column) {
        String key = "groups.import.column." + (column == null ? "IGNORED" : column.name());
        return Texts.get(key);
    }

    public static String actionName(ImportRow.Action action) {
        String key = "groups.import.action." + action.name();
        return Texts.get(key);
    }

    /** "regel 4: overgeslagen: groepsnaam ontbreekt". */
    public static String problemLine(ImportProblem problem) {
        String key = "groups.import.problem." + problem.severity().name();
        return Texts.get(key, problem.line(), problem.reason());
    }

    ImportPlan plan() {
        return plan;
    }

    RegisterSnapshot basis() {
        return basis;
    }
}
