package nl.meldtafel.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.Page;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.MessageKind;

/**
 * The log as a CSV for Dutch Excel: ';' separated, UTF-8 with a BOM, one line per alert, newest first,
 * every page of the query. Groups appear by name, wijk and gemeente only ({@link GroupRef}); the
 * register's administrators and notes are never read, so no phone number or email can end up in it.
 */
public final class LogCsvExport {

    static final List<String> HEADERS = List.of("export.log.number", "export.log.kind", "export.log.created",
            "export.log.sent", "export.log.officer", "export.log.status", "export.log.due", "export.log.closed",
            "export.log.closedBy", "export.log.parent", "export.log.groups", "export.log.wijk", "export.log.gemeente",
            "export.log.text");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", Locale.ROOT);

    private final AlertRepository alerts;
    private final Supplier<? extends Collection<GroupRef>> groups;
    private final ZoneId zone;

    /**
     * @param groups every beheerdersgroep, active or not, read once per export
     * @param zone   the desk's time zone, in which times are written
     */
    public LogCsvExport(AlertRepository alerts, Supplier<? extends Collection<GroupRef>> groups, ZoneId zone) {
        this.alerts = alerts;
        this.groups = groups;
        this.zone = zone;
    }

    /** Wired to an open storage; the groups come from the register as references, without people. */
    public static LogCsvExport of(Storage storage, ZoneId zone) {
        return new LogCsvExport(storage.alerts(),
                () -> storage.groupRegister().refs(), zone);
    }

    /**
     * Writes every alert the query selects (its cursor and limit are ignored: all pages), newest first.
     * Blocks; run it off the FX thread.
     *
     * @return the number of alerts written
     */
    public long write(AlertQuery query, OutputStream out) throws IOException {
        Map<Long, GroupRef> byId = groups.get().stream().collect(Collectors.toMap(GroupRef::id, Function.identity()));
        CsvMapper mapper = new CsvMapper();
        mapper.getFactory().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        // quote only cells that need it, so the file also reads plainly in a text editor
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // Excel reads a file without BOM as Windows-1252 and garbles ë and é
        long count = 0;
        try (SequenceWriter rows = mapper.writerFor(String[].class).with(schema).writeValues(writer)) {
            rows.write(HEADERS.stream().map(Texts::get).toArray(String[]::new));
            AlertQuery page = query.limit(AlertQuery.MAX_LIMIT).after(null);
            while (true) {
                Page<AlertRow> result = alerts.search(page);
                Map<Long, Alert> full = alerts.findAll(result.items().stream().map(AlertRow::id).toList());
                for (AlertRow row : result.items()) {
                    rows.write(row(row, full.get(row.id()), byId));
                    count++;
                }
                LogCursor next = result.next().orElse(null);
                if (next == null) {
                    break;
                }
                page = page.after(next);
            }
        }
        writer.flush();
        return count;
    }

    private String[] row(AlertRow row, Alert alert, Map<Long, GroupRef> byId) {
        List<GroupRef> targets = new ArrayList<>();
        if (alert != null) {
            alert.groupIds().stream().map(byId::get).filter(g -> g != null).forEach(targets::add);
        }
        List<String> cells = List.of(
                String.valueOf(row.id()),
                row.kind().label(),
                time(row.createdAt()),
                time(row.sentAt()),
                row.officerName() == null ? "" : row.officerName(),
                row.status().label(row.dueAt() != null),
                row.status() == AlertStatus.SENT ? time(row.dueAt()) : "",
                time(row.closedAt()),
                alert == null ? "" : closedBy(alert),
                alert == null ? "" : alert.parent().map(String::valueOf).orElse(""),
                join(targets.stream().map(GroupRef::name).toList()),
                join(distinct(targets.stream().map(GroupRef::wijk).toList())),
                join(distinct(targets.stream().map(GroupRef::gemeente).toList())),
                alert == null ? "" : alert.isRedacted() ? Texts.get("export.log.redacted") : nullToEmpty(alert.text()));
        return cells.stream().map(LogCsvExport::guard).toArray(String[]::new);
    }

    private String closedBy(Alert alert) {
        Closure closure = alert.closure();
        if (closure == null) {
            return "";
        }
        if (closure.afloopbericht().isPresent()) {
            return Texts.get("export.log.closedByAfloop", String.valueOf(closure.byAlertId()));
        }
        return closure.reason() == null ? Texts.get("export.log.redacted") : closure.reason();
    }

    private String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }

    private static Set<String> distinct(List<String> values) {
        return values.stream().filter(v -> !v.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String join(Collection<String> values) {
        return String.join(" / ", values);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Excel runs a cell starting with = + - @ as a formula; a leading quote keeps it text. */
    static String guard(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
