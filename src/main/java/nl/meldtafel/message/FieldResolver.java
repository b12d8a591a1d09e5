package nl.meldtafel.message;

import nl.meldtafel.template.DutchInput;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.FieldType;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns one scalar field's raw value into the text the message shows, noting problems and warnings. */
final class FieldResolver {

    private final Clock clock;
    private final List<Problem> problems;
    private final List<String> warnings;

    FieldResolver(Clock clock, List<Problem> problems, List<String> warnings) {
        this.clock = clock;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The value's message text, "" when empty or unusable. {@code where} names the field for problems. */
    String resolve(FieldDefinition field, FieldValues values, String problemKey, String where) {
        if (field.type() == FieldType.YES_NO) {
            boolean yes = values.has(field.key()) ? values.flag(field.key()) : "true".equals(field.defaultValue());
            return yes ? field.whenYes() : field.whenNo();
        }
        String raw = values.has(field.key()) ? values.text(field.key()) : defaultFor(field);
        String cleaned;
        try {
            cleaned = ValueCleaner.clean(raw, field.type() == FieldType.MULTILINE);
        } catch (ValueCleaner.InvalidTextException e) {
            problems.add(new Problem(problemKey, Texts.get("render.problem.invalidCharacter", where)));
            return "";
        }
        if (cleaned.isEmpty()) {
            return "";
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > field.maxLength()) {
            problems.add(new Problem(problemKey, Texts.get("render.problem.tooLong", where, field.maxLength(), length)));
            return "";
        }
        Optional<String> typed = typed(field, cleaned, problemKey, where);
        if (field.type() == FieldType.MEASURE) {
            typed.flatMap(text -> Measure.centimetresAsMetres(text, field.suffix()))
                    .ifPresent(metres -> warnings.add(Texts.get("render.warning.metres", where, cleaned, metres)));
            return typed.map(text -> Measure.withUnit(text, field.prefix(), field.suffix())).orElse("");
        }
        return typed.map(text -> withAffixes(field, withLinePrefix(field, text))).orElse("");
    }

    private String defaultFor(FieldDefinition field) {
        String value = field.defaultValue();
        if (value == null) {
            return null;
        }
        if (field.type() == FieldType.TIME && DutchInput.isNow(value)) {
            return DutchFormat.formatTime(LocalTime.now(clock));
        }
        if (field.type() == FieldType.DATE && DutchInput.isToday(value)) {
            return LocalDate.now(clock).toString();
        }
        return value;
    }

    private Optional<String> typed(FieldDefinition field, String cleaned, String problemKey, String where) {
        switch (field.type()) {
            case TIME -> {
                Optional<LocalTime> time = DutchInput.parseTime(cleaned);
                if (time.isEmpty()) {
                    problems.add(new Problem(problemKey, Texts.get("render.problem.time", where, cleaned)));
                    return Optional.empty();
                }
                warnIfOld(field, time.get(), where);
                return Optional.of(DutchFormat.formatTime(time.get()));
            }
            case DATE -> {
                Optional<LocalDate> date = DutchInput.parseDate(cleaned, LocalDate.now(clock).getYear());
                if (date.isEmpty()) {
                    problems.add(new Problem(problemKey, Texts.get("render.problem.date", where, cleaned)));
                    return Optional.empty();
                }
                return Optional.of(DutchFormat.formatDate(date.get(), LocalDate.now(clock).getYear()));
            }
            case DAY -> {
                Optional<String> day = DutchFormat.day(cleaned, LocalDate.now(clock));
                if (day.isEmpty()) {
                    problems.add(new Problem(problemKey, Texts.get("render.problem.day", where, cleaned)));
                }
                return day;
            }
            case NUMBER -> {
                if (!cleaned.matches("\\d{1,9}")) {
                    problems.add(new Problem(problemKey, Texts.get("render.problem.number", where, cleaned)));
                    return Optional.empty();
                }
                return Optional.of(cleaned.replaceFirst("^0+(?=\\d)", ""));
            }
            case LICENCE_PLATE -> {
                return Optional.of(WhatsAppText.neutraliseMarkers(DutchFormat.normalisePlate(cleaned)));
            }
            case CHOICE -> {
                Optional<String> option = field.options().stream().filter(o -> o.equalsIgnoreCase(cleaned)).findFirst();
                if (option.isEmpty() && !field.freeEntry()) {
                    problems.add(new Problem(problemKey, Texts.get("render.problem.choice", where, cleaned,
                            String.join(", ", field.options()))));
                    return Optional.empty();
                }
                return Optional.of(WhatsAppText.neutraliseMarkers(option.orElse(cleaned)));
            }
            default -> {
                return Optional.of(WhatsAppText.neutraliseMarkers(cleaned));
            }
        }
    }

    /** A time that lies in the future by more than a few minutes was meant as yesterday (just after midnight). */
    private void warnIfOld(FieldDefinition field, LocalTime time, String where) {
        if (field.warnOlderThan() == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime at = now.toLocalDate().atTime(time);
        if (at.isAfter(now.plusMinutes(5))) {
            at = at.minusDays(1);
        }
        Duration age = Duration.between(at, now);
        if (age.compareTo(field.warnOlderThan()) > 0) {
            warnings.add(Texts.get("render.warning.old", where, DutchFormat.formatTime(time), DutchFormat.age(age),
                    field.warnOlderThan().toMinutes()));
        }
    }

    /** Multiline values with a line prefix ("• "): every line gets it, replacing a dash or bullet typed by hand. */
    private static String withLinePrefix(FieldDefinition field, String value) {
        String linePrefix = field.wording().linePrefix();
        if (linePrefix.isEmpty()) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (String line : value.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (!line.isBlank()) {
                out.append(linePrefix).append(line.replaceFirst("^(?:[-•\\u2217]|\\d+[.)])\\s+", ""));
            }
        }
        return out.toString();
    }

    private static String withAffixes(FieldDefinition field, String value) {
        String result = value;
        String lower = value.toLowerCase(Locale.ROOT);
        String prefix = field.prefix();
        boolean unless = !field.wording().prefixUnless().isEmpty() && DutchGrammar.hasWordFrom(field.wording().prefixUnless(), value);
        if (!prefix.isEmpty() && !unless && !lower.startsWith(prefix.strip().toLowerCase(Locale.ROOT))) {
            result = prefix + result;
        }
        String suffix = field.suffix();
        if (!suffix.isEmpty() && !lower.replaceAll("\\s+", "").endsWith(suffix.replaceAll("\\s+", "").toLowerCase(Locale.ROOT))) {
            result = result + suffix;
        }
        return result;
    }
}
