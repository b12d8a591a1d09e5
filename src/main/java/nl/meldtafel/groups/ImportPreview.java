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

    /** How many groups of one gemeente the import adds, changes, leaves and merges as duplicates. */
    public record GemeenteCount(String gemeente, long added, long changed, long unchanged, long duplicate) {

        /** "Leiden: 12 nieuw, 3 gewijzigd, 20 ongewijzigd, 1 dubbel". */
        public String line() {
            return Texts.get("groups.import.perGemeente", gemeente, added, changed, unchanged, duplicate);
        }
    }

    /** Per gemeente, alphabetically, what the import does; rows without a gemeente are in {@link #notPlaced()}. */
    public List<GemeenteCount> perGemeente() {
        java.util.Map<String, List<ImportRow>> byKey = new java.util.TreeMap<>();
        for (ImportRow r : rows) {
            byKey.computeIfAbsent(Names.key(r.gemeente()), k -> new ArrayList<>()).add(r);
        }
        return byKey.values().stream().map(list -> new GemeenteCount(list.get(0).gemeente(),
                list.stream().filter(r -> r.action() == ImportRow.Action.ADD).count(),
                list.stream().filter(r -> r.action() == ImportRow.Action.CHANGE).count(),
                list.stream().filter(r -> r.action() == ImportRow.Action.UNCHANGED).count(),
                list.stream().filter(r -> r.action() == ImportRow.Action.DUPLICATE).count())).toList();
    }

    /** Rows that could not be placed in a gemeente and are not imported. */
    public long notPlaced() {
        return problems.stream().filter(p -> p.kind().equals("notPlaced")).count();
    }

    /** The problems by kind: one line each with count and line numbers, skipped kinds first. */
    public List<ProblemGroup> problemGroups() {
        return ProblemGroup.of(problems);
    }

    /** The per-gemeente lines and, when some rows have no gemeente, a line saying how many. */
    public List<String> gemeenteLines() {
        List<String> lines = new ArrayList<>(perGemeente().stream().map(GemeenteCount::line).toList());
        if (notPlaced() > 0) {
            lines.add(Texts.get("groups.import.notPlaced", notPlaced()));
        }
        return lines;
    }

    /** "UTF-8", "UTF-8 (BOM)", "UTF-16 LE", "UTF-16 BE" or "Windows-1252". */
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
            lines.add(newGroupLine(g));
        }
        for (ImportRow r : rows) {
            String wijk = wijkText(r);
            lines.add(Texts.get("groups.import.row", r.line(), actionName(r.action()),
                    r.name(), wijk, r.gemeente(), r.targetGroup(), r.administrators().size())
                    + (r.changes().isEmpty() ? "" : ": " + String.join("; ", r.changes())));
        }
        // the same per-gemeente counts and grouped problems as the dialog shows
        lines.add(Texts.get("groups.import.perGemeente.heading"));
        gemeenteLines().forEach(l -> lines.add("  " + l));
        List<ProblemGroup> groups = problemGroups();
        if (!groups.isEmpty()) {
            lines.add(Texts.get("groups.import.problems.heading"));
            groups.forEach(g -> lines.add("  " + g.line()));
        }
        lines.add(summary());
        return lines;
    }

    // one key per enum constant; ImportPreviewTextsTest checks they all exist
    public static String columnName(Column column) {
        String key = "groups.import.column." + (column == null ? "IGNORED" : column.name());
        return Texts.get(key);
    }

    /** "Nieuwe beheerdersgroep: Beheerders Leiden (gemeente Leiden, zonder wijk); controleer ...". */
    public static String newGroupLine(GroupInput g) {
        return g.wijk().isEmpty() ? Texts.get("groups.import.newGroup.noWijk", g.name(), g.gemeente())
                : Texts.get("groups.import.newGroup", g.name(), g.wijk(), g.gemeente());
    }

    /** The wijk as the preview shows it: "(uit de naam)" when taken from the name, "(geen wijk)" when none. */
    public static String wijkText(ImportRow r) {
        if (r.wijk().isEmpty()) {
            return Texts.get("groups.import.noWijk");
        }
        return r.wijkFromName() ? Texts.get("groups.import.wijkFromName", r.wijk()) : r.wijk();
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
