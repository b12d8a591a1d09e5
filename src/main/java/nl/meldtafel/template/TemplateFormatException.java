package nl.meldtafel.template;

/** A template file that cannot be used; the message names the problem in Dutch for the officer. */
public class TemplateFormatException extends Exception {
    public TemplateFormatException(String message) {
        super(message);
    }
}
