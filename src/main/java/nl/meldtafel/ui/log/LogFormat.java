package nl.meldtafel.ui.log;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.i18n.DurationText;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.TemplateDefinition;

/** How the log writes times, durations, kinds, statuses and values for the officer. */
final class LogFormat {

    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("dd-MM HH.mm", Locale.ROOT);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm", Locale.ROOT);

    private final ZoneId zone;

    LogFormat(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** "23-11 14.32"; with the year when it is not the year of {@code now}. */
    String time(Instant t, Instant now) {
        if (t == null) {
            return Texts.get("log.none");
        }
        ZonedDateTime local = t.atZone(zone);
        return (local.getYear() == now.atZone(zone).getYear() ? THIS_YEAR : OTHER_YEAR).format(local);
    }

    /** "42 min", "2 u 5 min", or a dash when there is none. */
    static String duration(Duration d) {
        return d == null ? Texts.get("log.none") : DurationText.of(d);
    }

    /**
     * "Open", "Te laat" or "Gesloten" for an alert that awaits an afloopbericht; "Verzonden" only for a
     * message that waits for nothing, so an open alert never reads as done.
     */
    static String status(AlertStatus status, boolean overdue, boolean awaitsClosure) {
        if (overdue) {
            return Texts.get("log.status.overdue");
        }
        return status.label(awaitsClosure);
    }

    /** The values as "key: value" lines; a group's entries as "key 1 – sub: value". */
    static List<String> values(String json, TemplateDefinition template) {
        if (json == null) {
            return List.of(Texts.get("log.detail.redacted"));
        }
        FieldValues values;
        try {
            values = FieldValues.fromJson(json);
        } catch (IllegalArgumentException e) {
            return List.of(Texts.get("log.detail.unreadableValues"));
        }
        List<String> lines = new ArrayList<>();
        flatten(values, template == null ? List.of() : template.fields(), "", lines);
        return lines;
    }

    private static void flatten(FieldValues values, List<FieldDefinition> fields, String prefix, List<String> lines) {
        for (String key : values.keys()) {
            Optional<FieldDefinition> field = fields.stream().filter(f -> f.key().equals(key)).findFirst();
            String label = field.map(FieldDefinition::label).orElse(key);
            if (values.isList(key)) {
                List<FieldValues> entries = values.entries(key);
                List<FieldDefinition> subFields = field.map(FieldDefinition::subFields).orElse(List.of());
                for (int i = 0; i < entries.size(); i++) {
                    flatten(entries.get(i), subFields, prefix + label + " " + (i + 1) + " – ", lines);
                }
            } else {
                lines.add(prefix + label + ": " + yesNo(values.text(key)));
            }
        }
    }

    private static String yesNo(String value) {
        if ("true".equals(value)) {
            return Texts.get("log.yes");
        }
        return "false".equals(value) ? Texts.get("log.no") : value;
    }
}
