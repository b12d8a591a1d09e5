package nl.meldtafel.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldtafel.i18n.Texts;

/**
 * Problems of one kind, so sixty alike warnings read as one line with their count and line numbers;
 * {@code problems} keeps each one for whoever wants the detail.
 */
public record ProblemGroup(ImportProblem.Severity severity, String kind, List<ImportProblem> problems) {

    public ProblemGroup {
        problems = List.copyOf(problems);
    }

    /** Skipped kinds first (they cost rows), then warnings; within each the order of first appearance. */
    static List<ProblemGroup> of(List<ImportProblem> problems) {
        Map<String, List<ImportProblem>> byKind = new LinkedHashMap<>();
        for (ImportProblem.Severity severity : ImportProblem.Severity.values()) {
            problems.stream().filter(p -> p.severity() == severity)
                    .forEach(p -> byKind.computeIfAbsent(severity + "|" + p.kind(), k -> new ArrayList<>()).add(p));
        }
        return byKind.values().stream().map(list -> new ProblemGroup(list.get(0).severity(), list.get(0).kind(), list)).toList();
    }

    public int count() {
        return problems.size();
    }

    /**
     * "overgeslagen (3×): groepsnaam ontbreekt – regels 4-6, 9". A kind whose reasons differ per line
     * (a phone number, a line it repeats) is named by its general text; the lines keep the details.
     */
    public String line() {
        boolean alike = problems.stream().map(ImportProblem::reason).distinct().count() == 1;
        String kindKey = "groups.import.kind." + kind;
        String what = alike ? problems.get(0).reason() : Texts.get(kindKey);
        String lineKey = "groups.import.group." + severity.name();
        return Texts.get(lineKey, count(), what, lines());
    }

    /** "4-6, 9": runs of consecutive lines shortened, so hundreds of lines stay one readable line. */
    public String lines() {
        List<Integer> lines = problems.stream().map(ImportProblem::line).distinct().sorted().toList();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1) == lines.get(j) + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(lines.get(i));
            if (j > i) {
                out.append(j == i + 1 ? ", " : "-").append(lines.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
