package nl.meldtafel.alert;

/**
 * The personal parts of an alert with the random salts that seal them in the audit chain.
 * All fields are null after a privacy redaction.
 */
public record SealedContent(byte[] contentSalt, String valuesJson, String text, byte[] closeSalt,
                            String closeReason) {
}
