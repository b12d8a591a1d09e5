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
