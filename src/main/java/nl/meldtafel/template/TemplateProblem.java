package nl.meldtafel.template;

/** Why one template file could not be used; {@code file} is the file name as the officer sees it. */
public record TemplateProblem(String file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
