package nl.meldtafel.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.meldtafel.i18n.Texts;

/**
 * Compares the rows of a file with the register: which neighbourhood groups are new, changed or
 * unchanged (a group is recognised by the municipality's number within its gemeente, else by its
 * normalised name), which people are already known (by phone, then email, then name), and which
 * beheerdersgroep each neighbourhood group belongs to (the one of its wijk, else of its gemeente,
 * else a new one named after the wijk).
 */
final class ImportPlanner {

    private final RegisterSnapshot register;
    private final RegisterCsvReader.Reading reading;
    private final ImportPlan plan = new ImportPlan();
    private final List<ImportProblem> problems;
    private final Map<String, Integer> byPhone = new HashMap<>();
    private final Map<String, Integer> byEmail = new HashMap<>();
    private final Map<String, List<Integer>> byName = new HashMap<>();
    private final Map<String, Integer> newGroupByArea = new HashMap<>();
    private final Set<Integer> reported = new HashSet<>();

    private ImportPlanner(RegisterSnapshot register, RegisterCsvReader.Reading reading) {
        this.register = register;
        this.reading = reading;
        this.problems = new ArrayList<>(reading.problems());
    }

    static ImportPreview plan(RegisterSnapshot register, RegisterCsvReader.Reading reading) {
        return plan(register, reading, ImportProgress.NONE);
    }

    static ImportPreview plan(RegisterSnapshot register, RegisterCsvReader.Reading reading, ImportProgress progress) {
        ImportPlanner planner = new ImportPlanner(register, reading);
        planner.progress = progress;
        return planner.build();
    }

    private ImportProgress progress = ImportProgress.NONE;

    private ImportPreview build() {
        for (Administrator a : register.administrators()) {
            index(addPerson(new ImportPlan.PlannedPerson(a.id(), new AdministratorInput(a.name(), a.phone(), a.email()))));
        }
        Map<String, NeighbourhoodGroup> existing = register.neighbourhoods().stream()
                .collect(Collectors.toMap(NeighbourhoodGroup::matchKey, n -> n, (a, b) -> a));
        Map<String, NeighbourhoodGroup> numbered = register.neighbourhoods().stream().filter(n -> !n.sourceMatchKey().isEmpty())
                .collect(Collectors.toMap(NeighbourhoodGroup::sourceMatchKey, n -> n, (a, b) -> a));
        // a group the file names by its number belongs to that row, even when another row carries its old name
        Set<Long> claimed = reading.rows().stream().map(r -> numbered.get(Names.sourceKey(r.gemeente(), r.key())))
                .filter(Objects::nonNull).map(NeighbourhoodGroup::id).collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        // first every row, so duplicates further down are merged before anything is compared
        List<Pending> pending = new ArrayList<>();
        Map<ImportPlan.PlannedNeighbourhood, NeighbourhoodGroup> olds = new HashMap<>();
        Map<ImportPlan.PlannedNeighbourhood, List<String>> personChanges = new HashMap<>();
        int done = 0;
        for (ParsedRow row : reading.rows()) {
            ImportProgress.report(progress, done++, reading.rows().size(), 0.8, 1);
            NeighbourhoodInput input = new NeighbourhoodInput(row.name(), row.wijk(), row.gemeente(), row.key());
            String key = input.matchKey();
            // the municipality's own code recognises a group whose name is spelled differently further down
            String number = input.sourceMatchKey();
            String code = number.isEmpty() ? "" : "code|" + number;
            if (!code.isEmpty() && seen.containsKey(code)) {
                key = code;
            }
            NeighbourhoodGroup old = null;
            if (!seen.containsKey(key)) {
                // the register's group with this number first: the municipality may have renamed it since
                old = number.isEmpty() ? null : numbered.get(number);
                if (old == null) {
                    old = existing.get(key);
                    if (old != null && claimed.contains(old.id())) {
                        // adding it would give the gemeente two groups of one name
                        problems.add(ImportProblem.of(row.line(), ImportProblem.Severity.SKIPPED, "nameOfNumbered",
                                row.name(), old.sourceKey()));
                        continue;
                    }
                }
            }
            List<Integer> people = new ArrayList<>();
            List<String> changedPeople = new ArrayList<>();
            for (ParsedRow.Person p : row.administrators()) {
                people.add(resolve(p, changedPeople));
            }
            if (seen.containsKey(key)) {
                ImportPlan.PlannedNeighbourhood first = plan.neighbourhoods.get(seen.get(key));
                people.stream().filter(i -> !first.people.contains(i)).forEach(first.people::add);
                personChanges.get(first).addAll(changedPeople);
                problems.add(ImportProblem.of(row.line(), ImportProblem.Severity.WARNING, "duplicate", firstLine.get(key)));
                pending.add(new Pending(row, first, people, true));
                continue;
            }
            ImportPlan.PlannedNeighbourhood planned = old == null ? added(row, input)
                    : compared(row, input, old, renameBlocked(row, input, old, existing));
            planned.people.addAll(people);
            if (old != null) {
                olds.put(planned, old);
            }
            personChanges.put(planned, changedPeople);
            seen.put(key, plan.neighbourhoods.size());
            firstLine.put(key, row.line());
            if (!code.isEmpty()) {
                seen.put(code, plan.neighbourhoods.size());
                firstLine.put(code, row.line());
            }
            plan.neighbourhoods.add(planned);
            pending.add(new Pending(row, planned, people, false));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (Pending p : pending) {
            if (p.duplicate) {
                rows.add(view(p.row, ImportRow.Action.DUPLICATE, p.planned, p.people, List.of()));
                continue;
            }
            NeighbourhoodGroup old = olds.get(p.planned);
            List<String> changes = new ArrayList<>();
            if (old != null) {
                changes.addAll(changesOf(old, p.planned));
                changes.addAll(personChanges.get(p.planned));
            }
            p.planned.write = old == null || !changes.isEmpty();
            ImportRow.Action action = old == null ? ImportRow.Action.ADD
                    : changes.isEmpty() ? ImportRow.Action.UNCHANGED : ImportRow.Action.CHANGE;
            rows.add(view(p.row, action, p.planned, p.planned.people, changes));
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new ImportPreview(reading.encoding(), reading.separator(), reading.columns(), rows, problems, plan, register);
    }

    private record Pending(ParsedRow row, ImportPlan.PlannedNeighbourhood planned, List<Integer> people, boolean duplicate) {
    }

    private ImportPlan.PlannedNeighbourhood added(ParsedRow row, NeighbourhoodInput input) {
        ImportPlan.PlannedNeighbourhood n = new ImportPlan.PlannedNeighbourhood(null, input);
        target(row, n);
        return n;
    }

    /**
     * A group recognised by its number under a new name keeps its old one when another group of the
     * gemeente has that name: two groups of one name cannot be told apart (nor stored).
     */
    private boolean renameBlocked(ParsedRow row, NeighbourhoodInput input, NeighbourhoodGroup old,
                                  Map<String, NeighbourhoodGroup> existing) {
        NeighbourhoodGroup holder = existing.get(input.matchKey());
        if (holder == null || holder.id() == old.id()) {
            return false;
        }
        problems.add(ImportProblem.of(row.line(), ImportProblem.Severity.WARNING, "nameTaken", input.name(), old.name()));
        return true;
    }

    private ImportPlan.PlannedNeighbourhood compared(ParsedRow row, NeighbourhoodInput input, NeighbourhoodGroup old,
                                                     boolean keepName) {
        // a wijk taken from the name does not overrule one the register already has
        String wijk = row.wijk().isEmpty() || row.wijkFromName() && !old.wijk().isEmpty() ? old.wijk() : row.wijk();
        // a file without numbers (or with the same one, spelled otherwise) leaves the stored number alone
        String number = row.key().isEmpty() || Names.key(row.key()).equals(Names.key(old.sourceKey())) ? old.sourceKey() : row.key();
        ImportPlan.PlannedNeighbourhood n = new ImportPlan.PlannedNeighbourhood(old.id(),
                new NeighbourhoodInput(keepName ? old.name() : input.name(), wijk, input.gemeente(), number));
        n.targetGroupId = old.targetGroupId();
        if (!row.targetGroup().isEmpty()) {
            target(row, n); // the file names the beheerdersgroep (our own export does)
        }
        return n;
    }

    private List<String> changesOf(NeighbourhoodGroup old, ImportPlan.PlannedNeighbourhood n) {
        List<String> changes = new ArrayList<>();
        if (!old.name().equals(n.values.name())) {
            changes.add(Texts.get("groups.import.change.name", old.name(), n.values.name()));
        }
        if (!old.sourceKey().equals(n.values.sourceKey())) {
            changes.add(old.sourceKey().isEmpty() ? Texts.get("groups.import.change.keyAdded", n.values.sourceKey())
                    : Texts.get("groups.import.change.key", old.sourceKey(), n.values.sourceKey()));
        }
        if (!old.wijk().equals(n.values.wijk())) {
            changes.add(Texts.get("groups.import.change.wijk", old.wijk(), n.values.wijk()));
        }
        if (n.newGroupIndex >= 0 || !n.targetGroupId.equals(old.targetGroupId())) {
            String before = register.groups().stream().filter(g -> g.id() == old.targetGroupId()).map(RegisterGroup::name)
                    .findFirst().orElse("");
            changes.add(Texts.get("groups.import.change.group", before, targetName(n)));
        }
        List<Long> before = old.administrators().stream().map(Administrator::id).toList();
        List<Long> after = n.people.stream().map(i -> plan.people.get(i).existingId).toList();
        if (!before.equals(after)) {
            changes.add(Texts.get("groups.import.change.administrators",
                    old.administrators().stream().map(Administrator::displayName).collect(Collectors.joining(", ")),
                    n.people.stream().map(i -> display(plan.people.get(i).values)).collect(Collectors.joining(", "))));
        }
        return changes;
    }

    /** The beheerdersgroep for a row: named in the file, else of its wijk, else of its gemeente, else new. */
    private void target(ParsedRow row, ImportPlan.PlannedNeighbourhood n) {
        Optional<RegisterGroup> found;
        if (!row.targetGroup().isEmpty()) {
            found = register.groups().stream().filter(g -> Names.key(g.name()).equals(Names.key(row.targetGroup()))).findFirst();
        } else {
            List<RegisterGroup> inWijk = row.wijk().isEmpty() ? List.of() : inArea(row.gemeente(), row.wijk());
            if (inWijk.size() > 1) {
                problems.add(ImportProblem.of(row.line(), ImportProblem.Severity.WARNING, "ambiguousGroup", row.wijk(),
                        inWijk.get(0).name()));
            }
            found = inWijk.isEmpty() ? inArea(row.gemeente(), "").stream().findFirst() : Optional.of(inWijk.get(0));
        }
        if (found.isPresent()) {
            n.targetGroupId = found.get().id();
            n.newGroupIndex = -1;
            return;
        }
        String name = !row.targetGroup().isEmpty() ? row.targetGroup()
                : Texts.get("groups.import.newGroupName", row.wijk().isEmpty() ? row.gemeente() : row.wijk());
        String area = Names.key(name) + "|" + Names.key(row.gemeente());
        n.targetGroupId = null;
        n.newGroupIndex = newGroupByArea.computeIfAbsent(area, k -> {
            plan.newGroups.add(new GroupInput(name, row.wijk(), row.gemeente(), true, Texts.get("groups.import.newGroupNote")));
            return plan.newGroups.size() - 1;
        });
    }

    /** Groups of a gemeente and wijk, active ones first. */
    private List<RegisterGroup> inArea(String gemeente, String wijk) {
        List<RegisterGroup> list = new ArrayList<>(register.groups().stream()
                .filter(g -> Names.key(g.gemeente()).equals(Names.key(gemeente)) && Names.key(g.wijk()).equals(Names.key(wijk)))
                .toList());
        list.sort((a, b) -> Boolean.compare(b.active(), a.active()));
        return list;
    }

    private String targetName(ImportPlan.PlannedNeighbourhood n) {
        if (n.newGroupIndex >= 0) {
            return plan.newGroups.get(n.newGroupIndex).name();
        }
        return register.groups().stream().filter(g -> g.id() == n.targetGroupId).map(RegisterGroup::name).findFirst().orElse("");
    }

    /** The person this row means: known by phone, else email, else a name whose details do not contradict. */
    private int resolve(ParsedRow.Person p, List<String> changes) {
        String phone = p.phoneKey();
        String email = p.email().toLowerCase(Locale.ROOT);
        Integer ref = phone.isEmpty() ? null : byPhone.get(phone);
        if (ref == null && !email.isEmpty()) {
            ref = byEmail.get(email);
        }
        if (ref == null && !Names.key(p.name()).isEmpty()) {
            ref = byName.getOrDefault(Names.key(p.name()), List.of()).stream()
                    .filter(i -> compatible(plan.people.get(i).values, phone, email)).findFirst().orElse(null);
        }
        if (ref == null) {
            int i = addPerson(new ImportPlan.PlannedPerson(null, new AdministratorInput(p.name(), p.phone(), p.email())));
            index(i);
            return i;
        }
        ImportPlan.PlannedPerson known = plan.people.get(ref);
        AdministratorInput v = known.values;
        AdministratorInput merged = new AdministratorInput(v.name().isEmpty() ? p.name() : v.name(),
                p.phone().isEmpty() ? v.phone() : p.phone(), p.email().isEmpty() ? v.email() : p.email());
        if (!merged.equals(v)) {
            known.values = merged;
            if (known.existingId != null) {
                known.update = true;
                if (reported.add(ref)) {
                    changes.add(Texts.get("groups.import.change.person", display(merged), details(v), details(merged)));
                }
            }
            index(ref);
        }
        return ref;
    }

    private static boolean compatible(AdministratorInput known, String phoneKey, String email) {
        String knownPhone = PhoneNumbers.matchKey(known.phone());
        return (phoneKey.isEmpty() || knownPhone.isEmpty() || knownPhone.equals(phoneKey))
                && (email.isEmpty() || known.email().isEmpty() || known.email().equals(email));
    }

    private int addPerson(ImportPlan.PlannedPerson p) {
        plan.people.add(p);
        return plan.people.size() - 1;
    }

    private void index(int i) {
        AdministratorInput v = plan.people.get(i).values;
        String phone = PhoneNumbers.matchKey(v.phone());
        if (!phone.isEmpty()) {
            byPhone.putIfAbsent(phone, i);
        }
        if (!v.email().isEmpty()) {
            byEmail.putIfAbsent(v.email(), i);
        }
        if (!Names.key(v.name()).isEmpty()) {
            List<Integer> same = byName.computeIfAbsent(Names.key(v.name()), k -> new ArrayList<>());
            if (!same.contains(i)) {
                same.add(i);
            }
        }
    }

    private ImportRow view(ParsedRow row, ImportRow.Action action, ImportPlan.PlannedNeighbourhood n, List<Integer> people,
                           List<String> changes) {
        List<ImportRow.Person> persons = new LinkedHashSet<>(people).stream().map(i -> {
            ImportPlan.PlannedPerson p = plan.people.get(i);
            return new ImportRow.Person(p.values.name(), p.values.phone(), p.values.email(), p.existingId != null);
        }).toList();
        return new ImportRow(row.line(), action, n.values.name(), n.values.wijk(), row.wijkFromName() && n.values.wijk().equals(row.wijk()),
                n.values.gemeente(), targetName(n), n.newGroupIndex >= 0, persons, changes);
    }

    private static String details(AdministratorInput p) {
        return java.util.stream.Stream.of(p.name(), p.phone(), p.email()).filter(x -> !x.isEmpty())
                .collect(Collectors.joining(", "));
    }

    private static String display(AdministratorInput p) {
        return !p.name().isEmpty() ? p.name() : !p.phone().isEmpty() ? p.phone() : p.email();
    }
}
