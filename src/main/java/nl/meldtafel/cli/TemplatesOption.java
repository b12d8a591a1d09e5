package nl.meldtafel.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateSource;
import picocli.CommandLine.Option;

/** {@code --templates DIR} and the catalog it points to (else the environment, ./templates or the bundled ones). */
final class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR", converter = Converters.FileName.class,
            description = "The template folder (default: $MELDTAFEL_TEMPLATES, else ./templates, else the bundled ones).")
    private Path dir;

    TemplateCatalog load(Map<String, String> env) {
        return TemplateSource.load(Optional.ofNullable(dir), env, Path.of("").toAbsolutePath());
    }
}
