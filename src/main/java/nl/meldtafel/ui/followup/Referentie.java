package nl.meldtafel.ui.followup;

import nl.meldtafel.alert.Alert;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.MessageKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words an afloopbericht uses for the alert it closes: "ons bericht van 14.32 uur over een
 * woninginbraak aan de Dorpsstraat", built from the alert's kind, sent time and values.
 */
public final class Referentie {

    /** The afloopbericht template's field that takes these words. */
    public static final String FIELD = "referentie";
    static final int MAX_LENGTH = 200;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Texts.locale());
    // Street names take "aan de", squares "op het"; anything else (a shop, a station) "bij".
    private static final List<String> STREETS = List.of("straat", "laan", "weg", "singel", "kade", "gracht", "dijk",
            "dreef", "steeg", "baan", "boulevard", "allee", "wal", "vaart", "haven", "hof", "pad");
    private static final List<String> SQUARES = List.of("plein", "plantsoen");

    private Referentie() {
    }

    public static String of(Alert alert, ZoneId zone, LocalDate today) {
        Instant at = alert.sentAt() != null ? alert.sentAt() : alert.createdAt();
        ZonedDateTime local = at.atZone(zone);
        String when = local.toLocalDate().equals(today)
                ? Texts.get("referentie.today", TIME.format(local))
                : Texts.get("referentie.otherDay", DAY.format(local), TIME.format(local));
        String about = about(alert.kind(), values(alert));
        String text = about.isEmpty() ? when : Texts.get("referentie.about", when, about);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
    }

    private static FieldValues values(Alert alert) {
        try {
            return alert.valuesJson() == null ? FieldValues.empty() : FieldValues.fromJson(alert.valuesJson());
        } catch (IllegalArgumentException e) {
            return FieldValues.empty(); // a redacted or odd record still gets its time
        }
    }

    static String about(MessageKind kind, FieldValues values) {
        return switch (kind) {
            case HETERDAAD -> crime(clean(values.text("delict")), clean(values.text("locatie")), clean(values.text("plaats")));
            case VERMISSING -> missing(clean(values.text("geslacht")), clean(values.text("leeftijd")));
            default -> "";
        };
    }

    private static String crime(String delict, String locatie, String plaats) {
        StringBuilder text = new StringBuilder();
        if (!delict.isEmpty()) {
            String what = lowerFirst(delict);
            text.append(what.endsWith("criminaliteit") ? what : "een " + what);
        }
        if (!locatie.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(place(locatie));
        }
        if (!plaats.isEmpty() && text.length() > 0) {
            text.append(" in ").append(plaats);
        }
        return text.toString();
    }

    /** "aan de Dorpsstraat", "op het Kerkplein", "bij Albert Heijn Kerkplein". */
    static String place(String locatie) {
        String lower = locatie.toLowerCase(Locale.ROOT);
        if (lower.startsWith("de ") || lower.startsWith("het ")) {
            return "bij " + locatie;
        }
        String name = lower.replaceAll("\\s+\\d.*$", "");
        if (!name.contains(" ") && STREETS.stream().anyMatch(name::endsWith)) {
            return "aan de " + locatie;
        }
        if (!name.contains(" ") && SQUARES.stream().anyMatch(name::endsWith)) {
            return "op het " + locatie;
        }
        return "bij " + locatie;
    }

    private static String missing(String gender, String age) {
        String who = gender.isEmpty() ? Texts.get("referentie.person") : gender.toLowerCase(Locale.ROOT);
        return age.isEmpty() ? Texts.get("referentie.missing", who) : Texts.get("referentie.missingAge", who, age);
    }

    private static String lowerFirst(String text) {
        // "HIC" stays as it is; "Woninginbraak" becomes "woninginbraak"
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
