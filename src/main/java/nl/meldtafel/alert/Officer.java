package nl.meldtafel.alert;

/** A police officer using Meldtafel. */
public record Officer(long id, String name, String personnelNumber) {
}
