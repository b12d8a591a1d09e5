package nl.meldtafel.template;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of input a template field can ask for; {@code jsonName} is how template files spell it. */
public enum FieldType {
    TEXT("text"),
    MULTILINE("multiline"),
    CHOICE("choice"),
    TIME("time"),
    DATE("date"),
    NUMBER("number"),
    /** A number with a unit: prefix and suffix ("ca. ", " jaar") go only around a bare number or range. */
    MEASURE("measure"),
    /** A day: vandaag, gisteren, a weekday or a date; never filled in by the program. */
    DAY("day"),
    LICENCE_PLATE("licence_plate"),
    YES_NO("yes_no"),
    GROUP("group");

    private final String jsonName;

    FieldType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<FieldType> fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
    }
}
