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

/** Reads a municipal register CSV into rows as understood, with the problems found on the way. */
final class RegisterCsvReader {

    // one cell may hold two or three people: "Jan / Piet", "Jan en Piet", "Jan & Piet", one per line
    private static final String PEOPLE = "\\s*(?:/|;|&|\\R|\\s+en\\s+)\\s*";
    private static final String NUMBERS = "\\s*(?:/|;|&|,|\\R|\\s+en\\s+|\\s+of\\s+)\\s*";
    private static final String ADDRESSES = "[\\s/;&,]+";
    // control characters other than tab and line breaks: a misread encoding or a damaged file, never a name
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFD]");
    static final int MAX_GROUP_NAME = 120;
    static final int MAX_PERSON_NAME = 120;
    static final int MAX_PHONE = 20;
    static final int MAX_EMAIL = 254;
    /** Any other cell, such as remarks. */
    static final int MAX_CELL = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    record Reading(String encoding, char separator, List<ColumnUse> columns, List<ParsedRow> rows,
                   List<ImportProblem> problems) {
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private ImportProgress progress = ImportProgress.NONE;
    /** One spelling per gemeente: the register's, else the file's first, so "oegstgeest" joins "Oegstgeest". */
    private final Map<String, String> gemeenteSpelling = new HashMap<>();

    private RegisterCsvReader() {
    }

    /**
     * @param defaultGemeente for files without a gemeente column (a municipality's own list often has none)
     * @param knownWijken     wijken per gemeente key already in the register, to find them inside group names
     */
    static Reading read(byte[] bytes, String defaultGemeente, Map<String, Set<String>> knownWijken) {
        return read(bytes, defaultGemeente, knownWijken, List.of());
    }

    /** @param knownGemeenten the gemeenten as the register spells them */
    static Reading read(byte[] bytes, String defaultGemeente, Map<String, Set<String>> knownWijken,
                        List<String> knownGemeenten) {
        return read(bytes, defaultGemeente, knownWijken, knownGemeenten, ImportProgress.NONE);
    }

    static Reading read(byte[] bytes, String defaultGemeente, Map<String, Set<String>> knownWijken,
                        List<String> knownGemeenten, ImportProgress progress) {
        RegisterCsvReader reader = new RegisterCsvReader();
        reader.progress = progress;
        knownGemeenten.forEach(g -> reader.gemeenteSpelling.putIfAbsent(Names.key(g), Names.clean(g)));
        return reader.readAll(bytes, Names.clean(defaultGemeente), knownWijken);
    }

    private Reading readAll(byte[] bytes, String defaultGemeente, Map<String, Set<String>> knownWijken) {
        CsvText csv = CsvText.decode(bytes);
        CsvRecords.Result records = CsvRecords.read(csv.text(), csv.separator(), progress);
        records.brokenLines().forEach(line -> skip(line, "brokenQuoting"));
        if (records.header() == null) {
            skip(1, "empty");
            return new Reading(csv.encoding(), csv.separator(), List.of(), List.of(), sorted());
        }
        int headerControl = controlLine(records.header());
        if (headerControl > 0) {
            skip(headerControl, "controlHeader");
            return new Reading(csv.encoding(), csv.separator(), List.of(), List.of(), sorted());
        }
        CsvRecords.Record header = records.header();
        List<CsvRecords.Record> body = records.records();
        List<ColumnUse> columns = columns(header.fields());
        // an export often starts with a title ("Buurtpreventie gemeente Leiden, stand 1 maart"): the
        // header is the first of the top lines that names a group column
        for (int i = 0; i < Math.min(10, body.size()) && !hasName(columns); i++) {
            List<ColumnUse> candidate = columns(body.get(i).fields());
            if (hasName(candidate) && controlLine(body.get(i)) == 0) {
                warn(body.get(i).line(), "titleRows", header.line(), body.get(i).line() - 1);
                header = body.get(i);
                body = body.subList(i + 1, body.size());
                columns = candidate;
            }
        }
        if (!hasName(columns)) {
            skip(header.line(), "noNameColumn");
            return new Reading(csv.encoding(), csv.separator(), columns, List.of(), sorted());
        }
        duplicateHeaders(header, columns);
        boolean hasWijk = columns.stream().anyMatch(c -> c.column() == Column.WIJK);
        if (!hasWijk) {
            warn(header.line(), "noWijkColumn");
        }
        if (body.isEmpty()) {
            skip(header.line(), "onlyHeader");
        }
        List<Cells> rows = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            CsvRecords.Record r = body.get(i);
            ImportProgress.report(progress, i, body.size(), 0.4, 0.6);
            int control = controlLine(r);
            if (control > 0) {
                skip(control, "control");
                continue;
            }
            Cells cells = new Cells(r, columns);
            if (!cells.blank() && fits(cells)) {
                rows.add(cells);
            }
        }
        Map<String, Set<String>> wijken = wijkenByGemeente(rows, defaultGemeente, knownWijken);
        List<ParsedRow> parsed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Cells cells = rows.get(i);
            ImportProgress.report(progress, i, rows.size(), 0.6, 0.8);
            ParsedRow row = row(cells, defaultGemeente, wijken);
            if (row != null) {
                parsed.add(row);
            }
        }
        return new Reading(csv.encoding(), csv.separator(), columns, parsed, sorted());
    }

    private static boolean hasName(List<ColumnUse> columns) {
        return columns.stream().anyMatch(c -> c.column() == Column.NAME);
    }

    /** The line of the first control character in a record, or 0. */
    private static int controlLine(CsvRecords.Record r) {
        int line = r.line();
        for (String field : r.fields()) {
            Matcher m = CONTROL.matcher(field);
            if (m.find()) {
                return line + (int) field.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            }
            line += (int) field.chars().filter(c -> c == '\n').count();
        }
        return 0;
    }

    /** Two columns with the same header: only the first of a kind is read, so the officer should know. */
    private void duplicateHeaders(CsvRecords.Record header, List<ColumnUse> columns) {
        Set<String> seen = new HashSet<>();
        for (ColumnUse c : columns) {
            if (!Names.key(c.header()).isEmpty() && !seen.add(Names.key(c.header()))) {
                problems.add(ImportProblem.of(header.line(), ImportProblem.Severity.WARNING, "duplicateHeader", c.header(),
                        ImportPreview.columnName(c.column())));
            }
        }
    }

    /** Length limits; an over-long value is a pasted document or a broken file, and the row is not read. */
    private boolean fits(Cells c) {
        int line = c.record.line();
        if (Names.clean(c.get(Column.NAME)).length() > MAX_GROUP_NAME) {
            return tooLong(line, "groupName", MAX_GROUP_NAME);
        }
        for (String name : split(c.get(Column.ADMIN), PEOPLE)) {
            if (name.length() > MAX_PERSON_NAME) {
                return tooLong(line, "personName", MAX_PERSON_NAME);
            }
        }
        for (String phone : split(c.get(Column.PHONE), NUMBERS)) {
            if (phone.length() > MAX_PHONE && PhoneNumbers.normalise(phone).isEmpty()) {
                return tooLong(line, "phone", MAX_PHONE);
            }
        }
        for (String email : split(c.get(Column.EMAIL), ADDRESSES)) {
            if (email.length() > MAX_EMAIL) {
                return tooLong(line, "email", MAX_EMAIL);
            }
        }
        for (String cell : c.record.fields()) {
            if (cell.strip().length() > MAX_CELL) {
                return tooLong(line, "other", MAX_CELL);
            }
        }
        return true;
    }

    private boolean tooLong(int line, String field, int max) {
        problems.add(ImportProblem.of(line, ImportProblem.Severity.SKIPPED, "tooLong." + field, max));
        return false;
    }

    private static List<ColumnUse> columns(List<String> headers) {
        List<ColumnUse> uses = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            uses.add(new ColumnUse(i, Names.clean(headers.get(i)), Column.of(headers.get(i))));
        }
        // one gemeente, wijk and name column: the preferred one is used, the others ignored; with both
        // "Gemeente" and "Kern" the kern is a part of the gemeente, so it may still serve as the wijk
        ColumnUse gemeente = uses.stream().filter(u -> u.column() == Column.GEMEENTE)
                .min(Comparator.comparingInt((ColumnUse u) -> Column.gemeenteRank(u.header())).thenComparingInt(ColumnUse::index))
                .orElse(null);
        uses.replaceAll(u -> u.column() != Column.GEMEENTE || u == gemeente ? u
                : new ColumnUse(u.index(), u.header(), Column.isPartOfGemeente(u.header()) ? Column.WIJK : null));
        keepOne(uses, Column.WIJK, Comparator.comparingInt(u -> Column.WIJK.wijkRank(u.header())));
        keepOne(uses, Column.NAME, Comparator.comparingInt(ColumnUse::index));
        keepOne(uses, Column.TARGET_GROUP, Comparator.comparingInt(ColumnUse::index));
        keepOne(uses, Column.KEY, Comparator.comparingInt(ColumnUse::index));
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

    private String gemeenteOf(Cells c, String defaultGemeente) {
        // "Gemeente Leiden" in a cell is Leiden: the register keeps gemeenten by their plain name
        String inRow = Names.clean(c.get(Column.GEMEENTE)).replaceFirst("(?iu)^gemeente\\s+(?=\\S)", "");
        String g = inRow.isEmpty() ? defaultGemeente : inRow;
        return g.isEmpty() ? "" : gemeenteSpelling.computeIfAbsent(Names.key(g), k -> g);
    }


    private ParsedRow row(Cells c, String defaultGemeente, Map<String, Set<String>> wijken) {
        int line = c.record.line();
        String name = Names.clean(c.get(Column.NAME));
        if (name.isEmpty() && !c.get(Column.TARGET_GROUP).isEmpty() && c.get(Column.ADMIN).isEmpty()) {
            return null; // a beheerdersgroep without neighbourhood groups, as our export writes it
        }
        if (name.isEmpty()) {
            skip(line, "missingName");
            return null;
        }
        String gemeente = gemeenteOf(c, defaultGemeente);
        if (gemeente.isEmpty()) {
            // without a gemeente the row would land in a nameless beheerdersgroep or under the wrong gemeente
            skip(line, "notPlaced");
            return null;
        }
        if (c.extra) {
            warn(line, "extraCells");
        }
        String wijk = Names.clean(c.get(Column.WIJK));
        boolean fromName = false;
        if (wijk.isEmpty()) {
            wijk = wijkInName(name, wijken.getOrDefault(Names.key(gemeente), Set.of()));
            fromName = !wijk.isEmpty();
            if (!fromName) {
                warn(line, "wijkUnknown", name);
            }
        }
        return new ParsedRow(line, name, wijk, fromName, gemeente, Names.clean(c.get(Column.TARGET_GROUP)),
                people(line, c.get(Column.ADMIN), c.get(Column.PHONE), c.get(Column.EMAIL)), Names.clean(c.get(Column.KEY)));
    }

    /**
     * "Literatuurwijk (Hildebrandstraat)" -> Literatuurwijk, but only when that wijk is already known
     * for the gemeente (in the register or in another row of the file): a word that merely looks like
     * a wijk ("Café-buurt") is no wijk police can target, so none is invented. Longest match first.
     */
    static String wijkInName(String name, Set<String> known) {
        String key = " " + Names.key(name) + " ";
        return known.stream().filter(w -> !Names.key(w).isEmpty() && key.contains(" " + Names.key(w) + " "))
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    private List<ParsedRow.Person> people(int line, String namesCell, String phonesCell, String emailsCell) {
        List<String> names = split(namesCell, PEOPLE);
        List<String> phones = split(phonesCell, NUMBERS);
        List<String> emails = split(emailsCell, ADDRESSES);
        int n = Math.max(names.size(), Math.max(phones.size(), emails.size()));
        if (n == 0) {
            warn(line, "noAdministrator");
            return List.of();
        }
        if (names.size() != n || !phones.isEmpty() && phones.size() != n || !emails.isEmpty() && emails.size() != n) {
            warn(line, "countMismatch", names.size(), phones.size(), emails.size());
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
                warn(line, "phone", phone);
            }
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                warn(line, "email", email);
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

    private void skip(int line, String kind) {
        problems.add(ImportProblem.of(line, ImportProblem.Severity.SKIPPED, kind));
    }

    void warn(int line, String kind, Object... args) {
        problems.add(ImportProblem.of(line, ImportProblem.Severity.WARNING, kind, args));
    }

    private List<ImportProblem> sorted() {
        List<ImportProblem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparingInt(ImportProblem::line));
        return list;
    }
}
