package nl.meldtafel.message;

import nl.meldtafel.i18n.Texts;
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

    /**
     * @param at         when the original was sent (or recorded, if never confirmed)
     * @param valuesJson the original's field values; null once redacted
     */
    public static String of(MessageKind kind, Instant at, String valuesJson, ZoneId zone, LocalDate today) {
        ZonedDateTime local = at.atZone(zone);
        boolean sameDay = local.toLocalDate().equals(today);
        FieldValues values = values(valuesJson);
        String about = about(kind, values);
        String text;
        if (about.isEmpty()) {
            text = sameDay ? Texts.get("referentie.today", TIME.format(local))
                    : Texts.get("referentie.otherDay", DAY.format(local), TIME.format(local));
        } else if (kind == MessageKind.HETERDAAD) {
            String when = sameDay ? Texts.get("referentie.when.today", TIME.format(local))
                    : Texts.get("referentie.when.otherDay", DAY.format(local), TIME.format(local));
            text = Texts.get("referentie.withTime", about, when);
        } else {
            text = about;
        }
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
    }

    /** Which of the afloopbericht's outcomes fit: the original's kind, for its {@code over} field. */
    public static final String KIND_FIELD = "over";
    /** The afloopbericht's yes/no that asks residents to remove a shared photo. */
    public static final String PHOTO_FIELD = "foto";

    /**
     * The values an afloopbericht starts with: the referentie, the kind of the original (so only outcomes that fit
     * it are accepted) and, when the original said a photo follows, the request to remove it.
     */
    public static FieldValues afloopValues(MessageKind originalKind, String originalValuesJson, String referentie) {
        FieldValues.Builder builder = FieldValues.builder().text(FIELD, referentie).text(KIND_FIELD, originalKind.jsonName());
        FieldValues values = values(originalValuesJson);
        if (originalKind == MessageKind.VERMISSING && values.flag(PHOTO_FIELD)) {
            builder.flag(PHOTO_FIELD, true);
        }
        return builder.build();
    }

    private static FieldValues values(String valuesJson) {
        try {
            return valuesJson == null ? FieldValues.empty() : FieldValues.fromJson(valuesJson);
        } catch (IllegalArgumentException e) {
            return FieldValues.empty(); // a redacted or odd record still gets its time
        }
    }

    /** "woninginbraak, Dorpsstraat, Leiden-Zuid" or "vermist meisje (7), Korreweg": what and where, no name. */
    static String about(MessageKind kind, FieldValues values) {
        return switch (kind) {
            case HETERDAAD -> join(lowerFirst(clean(values.text("delict"))), clean(values.text("locatie")), clean(values.text("plaats")));
            case VERMISSING -> missing(clean(values.text("geslacht")), clean(values.text("leeftijd")),
                    clean(values.text("laatst_gezien_plaats")));
            default -> "";
        };
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(java.util.stream.Collectors.joining(", "));
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

    private static String missing(String gender, String age, String place) {
        String who = gender.isEmpty() ? Texts.get("referentie.person") : gender.toLowerCase(Locale.ROOT);
        String missing = DutchGrammar.adjective("vermiste", DutchGrammar.person(who)) + " " + who;
        return join(age.isEmpty() ? missing : missing + " (" + age + ")", place);
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
