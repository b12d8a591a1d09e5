package nl.meldtafel.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldtafel.i18n.Texts;

/** Reads a municipal register CSV into rows as understood, with the problems found on the way. */
final class RegisterCsvReader {

    // one cell may hold two or three people: "Jan / Piet", "Jan en Piet", "Jan & Piet", one per line
    private static final String PEOPLE = "\\s*(?:/|;|&|\\R|\\s+en\\s+)\\s*";
    private static final String NUMBERS = "\\s*(?:/|;|&|,|\\R|\\s+en\\s+|\\s+of\\s+)\\s*";
    private static final String ADDRESSES = "[\\s/;&,]+";
    private static final Pattern BRACKETS = Pattern.compile("^(.+?)\\s*[(\\[]\\s*(.+?)\\s*[)\\]]\\s*$");
    private static final Pattern WIJK_WORD = Pattern.compile("(?iu)\\b(\\p{L}[\\p{L}-]*(?:wijk|buurt|kwartier))\\b");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    record Reading(String encoding, char separator, List<ColumnUse> columns, List<ParsedRow> rows,
                   List<ImportProblem> problems) {
    }

    private final List<ImportProblem> problems = new ArrayList<>();

    private RegisterCsvReader() {
    }

    /**
     * @param defaultGemeente for files without a gemeente column (a municipality's own list often has none)
     * @param knownWijken     wijken per gemeente key already in the register, to find them inside group names
     */
    static Reading read(byte[] bytes, String defaultGemeente, Map<String, Set<String>> knownWijken) {
        return new RegisterCsvReader().readAll(bytes, Names.clean(defaultGemeente), knownWijken);
    }

    private Reading readAll(byte[] bytes, String defaultGemeente, Map<String, Set<String>> knownWijken) {
        CsvText csv = CsvText.decode(bytes);
        CsvRecords.Result records = CsvRecords.read(csv.text(), csv.separator());
        records.brokenLines().forEach(line -> skip(line, Texts.get("groups.import.problem.brokenQuoting")));
        if (records.header() == null) {
            skip(1, Texts.get("groups.import.problem.empty"));
            return new Reading(csv.encoding(), csv.separator(), List.of(), List.of(), sorted());
        }
        List<ColumnUse> columns = columns(records.header().fields());
        if (columns.stream().noneMatch(c -> c.column() == Column.NAME)) {
            skip(records.header().line(), Texts.get("groups.import.problem.noNameColumn"));
            return new Reading(csv.encoding(), csv.separator(), columns, List.of(), sorted());
        }
        boolean hasWijk = columns.stream().anyMatch(c -> c.column() == Column.WIJK);
        if (!hasWijk) {
            warn(records.header().line(), Texts.get("groups.import.problem.noWijkColumn"));
        }
        List<Cells> rows = new ArrayList<>();
        for (CsvRecords.Record r : records.records()) {
            Cells cells = new Cells(r, columns);
            if (!cells.blank()) {
                rows.add(cells);
            }
        }
        Map<String, Set<String>> wijken = wijkenByGemeente(rows, defaultGemeente, knownWijken);
        List<ParsedRow> parsed = new ArrayList<>();
        for (Cells cells : rows) {
            ParsedRow row = row(cells, defaultGemeente, wijken);
            if (row != null) {
                parsed.add(row);
            }
        }
        return new Reading(csv.encoding(), csv.separator(), columns, parsed, sorted());
    }

    private static List<ColumnUse> columns(List<String> headers) {
        List<ColumnUse> uses = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            uses.add(new ColumnUse(i, Names.clean(headers.get(i)), Column.of(headers.get(i))));
        }
        // one wijk and one name column: the preferred one is used, the others ignored
        keepOne(uses, Column.WIJK, Comparator.comparingInt(u -> Column.WIJK.wijkRank(u.header())));
        keepOne(uses, Column.NAME, Comparator.comparingInt(ColumnUse::index));
        keepOne(uses, Column.GEMEENTE, Comparator.comparingInt(ColumnUse::index));
        keepOne(uses, Column.TARGET_GROUP, Comparator.comparingInt(ColumnUse::index));
        return uses;
    }

    private static void keepOne(List<ColumnUse> uses, Column column, Comparator<ColumnUse> preference) {
        uses.stream().filter(u -> u.column() == column).min(preference).ifPresent(kept -> uses.replaceAll(u ->
                u.column() == column && u != kept ? new ColumnUse(u.index(), u.header(), null) : u));
    }

    /** The cells of one record by column. */
    private static final class Cells {
        final CsvRecords.Record record;
        final Map<Column, List<String>> values = new HashMap<>();
        boolean extra;

        Cells(CsvRecords.Record record, List<ColumnUse> columns) {
            this.record = record;
            List<String> fields = record.fields();
            for (int i = 0; i < fields.size(); i++) {
                String value = unescape(fields.get(i).strip());
                if (i >= columns.size()) {
                    extra |= !value.isEmpty();
                } else if (columns.get(i).column() != null && !value.isEmpty()) {
                    values.computeIfAbsent(columns.get(i).column(), c -> new ArrayList<>()).add(value);
                }
            }
        }

        /** Several columns of one kind (Beheerder 1, Beheerder 2) read as one cell with a value per line. */
        String get(Column c) {
            return String.join("\n", values.getOrDefault(c, List.of()));
        }

        boolean blank() {
            return values.isEmpty() && !extra;
        }
    }

    /** Our export guards formula-like cells with a quote for Excel; reading strips it again. */
    static String unescape(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    private Map<String, Set<String>> wijkenByGemeente(List<Cells> rows, String defaultGemeente, Map<String, Set<String>> known) {
        Map<String, Set<String>> wijken = new HashMap<>();
        known.forEach((g, set) -> wijken.put(g, new HashSet<>(set)));
        for (Cells c : rows) {
            String wijk = Names.clean(c.get(Column.WIJK));
            if (!wijk.isEmpty()) {
                wijken.computeIfAbsent(Names.key(gemeenteOf(c, defaultGemeente)), g -> new HashSet<>()).add(wijk);
            }
        }
        return wijken;
    }

    private static String gemeenteOf(Cells c, String defaultGemeente) {
        String g = Names.clean(c.get(Column.GEMEENTE));
        return g.isEmpty() ? defaultGemeente : g;
    }

    private ParsedRow row(Cells c, String defaultGemeente, Map<String, Set<String>> wijken) {
        int line = c.record.line();
        String name = Names.clean(c.get(Column.NAME));
        if (name.isEmpty() && !c.get(Column.TARGET_GROUP).isEmpty() && c.get(Column.ADMIN).isEmpty()) {
            return null; // a beheerdersgroep without neighbourhood groups, as our export writes it
        }
        if (name.isEmpty()) {
            skip(line, Texts.get("groups.import.problem.missingName"));
            return null;
        }
        if (c.extra) {
            warn(line, Texts.get("groups.import.problem.extraCells"));
        }
        String gemeente = gemeenteOf(c, defaultGemeente);
        if (gemeente.isEmpty()) {
            warn(line, Texts.get("groups.import.problem.gemeenteUnknown"));
        }
        String wijk = Names.clean(c.get(Column.WIJK));
        boolean fromName = false;
        if (wijk.isEmpty()) {
            wijk = wijkInName(name, wijken.getOrDefault(Names.key(gemeente), Set.of()));
            fromName = !wijk.isEmpty();
            if (!fromName) {
                warn(line, Texts.get("groups.import.problem.wijkUnknown", name));
            }
        }
        return new ParsedRow(line, name, wijk, fromName, gemeente, Names.clean(c.get(Column.TARGET_GROUP)),
                people(line, c.get(Column.ADMIN), c.get(Column.PHONE), c.get(Column.EMAIL)));
    }

    /**
     * "Literatuurwijk (Hildebrandstraat)" -> Literatuurwijk: a wijk already known for the gemeente
     * inside the name (longest first), else a word ending in wijk/buurt/kwartier, else the part
     * before the brackets when that part is a known wijk.
     */
    static String wijkInName(String name, Set<String> known) {
        String key = " " + Names.key(name) + " ";
        String best = known.stream().filter(w -> !Names.key(w).isEmpty() && key.contains(" " + Names.key(w) + " "))
                .max(Comparator.comparingInt(String::length)).orElse("");
        if (!best.isEmpty()) {
            return best;
        }
        Matcher word = WIJK_WORD.matcher(name);
        if (word.find()) {
            return word.group(1);
        }
        Matcher brackets = BRACKETS.matcher(name);
        return brackets.matches() && known.stream().anyMatch(w -> Names.key(w).equals(Names.key(brackets.group(1))))
                ? Names.clean(brackets.group(1)) : "";
    }

    private List<ParsedRow.Person> people(int line, String namesCell, String phonesCell, String emailsCell) {
        List<String> names = split(namesCell, PEOPLE);
        List<String> phones = split(phonesCell, NUMBERS);
        List<String> emails = split(emailsCell, ADDRESSES);
        int n = Math.max(names.size(), Math.max(phones.size(), emails.size()));
        if (n == 0) {
            warn(line, Texts.get("groups.import.problem.noAdministrator"));
            return List.of();
        }
        if (names.size() != n || !phones.isEmpty() && phones.size() != n || !emails.isEmpty() && emails.size() != n) {
            warn(line, Texts.get("groups.import.problem.countMismatch", names.size(), phones.size(), emails.size()));
        }
        List<ParsedRow.Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = i < names.size() ? names.get(i) : "";
            String phone = i < phones.size() ? phones.get(i) : "";
            String email = i < emails.size() ? emails.get(i).toLowerCase(java.util.Locale.ROOT) : "";
            if (name.isEmpty() && phone.isEmpty() && email.isEmpty()) {
                continue;
            }
            if (!phone.isEmpty() && PhoneNumbers.normalise(phone).isEmpty()) {
                warn(line, Texts.get("groups.import.problem.phone", phone));
            }
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                warn(line, Texts.get("groups.import.problem.email", email));
            }
            people.add(new ParsedRow.Person(name, PhoneNumbers.normalise(phone).orElse(phone), email));
        }
        return people;
    }

    /** Values in order; an empty place between separators stays, so "Jan / Piet" and " / 06-..." keep pairing. */
    private static List<String> split(String cell, String separators) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.strip().split(separators, -1)).map(Names::clean).toList();
    }

    private void skip(int line, String reason) {
        problems.add(new ImportProblem(line, ImportProblem.Severity.SKIPPED, reason));
    }

    void warn(int line, String reason) {
        problems.add(new ImportProblem(line, ImportProblem.Severity.WARNING, reason));
    }

    private List<ImportProblem> sorted() {
        List<ImportProblem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparingInt(ImportProblem::line));
        return list;
    }
}
