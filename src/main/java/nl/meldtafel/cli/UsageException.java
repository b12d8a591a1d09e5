package nl.meldtafel.cli;

/** Wrong command-line arguments; the message is printed with the usage line. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
