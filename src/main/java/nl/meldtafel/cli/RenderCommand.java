package nl.meldtafel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.message.Problem;
import nl.meldtafel.message.RenderResult;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code render TEMPLATE_ID --values FILE.json}: prints the final message on stdout and warnings on
 * stderr (exit 0); problems on stderr with exit 2.
 */
@picocli.CommandLine.Command(
        customSynopsis = "render TEMPLATE_ID --values FILE.json [--templates DIR]",
        description = {"print the message (FILE '-' reads stdin)",
                "Warnings go to stderr; a missing required field, an unknown key or a name without consent exits 2."})
public final class RenderCommand extends AdminCommand {

    @Parameters(paramLabel = "TEMPLATE_ID", description = "The template, e.g. heterdaad.")
    private String templateId;
    // not required = true: checked in call(), so the message stays "--values FILE is missing"
    @Option(names = "--values", paramLabel = "FILE.json", description = "A JSON object keyed by the template's field keys.")
    private String valuesFile;
    @Mixin
    private TemplatesOption templates;

    private final Map<String, String> env;
    private final Clock clock;

    public RenderCommand(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("render");
    }

    @Override
    public Integer call() {
        if (valuesFile == null) {
            throw usageError("--values FILE is missing");
        }
        try {
            TemplateCatalog catalog = templates.load(env);
            catalog.problems().forEach(p -> io.err().println("warning: template " + p));
            Optional<TemplateDefinition> template = catalog.find(templateId);
            if (template.isEmpty()) {
                io.err().println("unknown template '" + templateId + "'; available: "
                        + String.join(", ", catalog.templates().stream().map(TemplateDefinition::id).toList()));
                return 2;
            }
            FieldValues values = FieldValues.fromJson(readValues(valuesFile, io.in()));
            RenderResult result = new MessageRenderer(clock).render(template.get(), values);
            result.warnings().forEach(w -> io.err().println("warning: " + w));
            if (!result.isComplete()) {
                for (Problem problem : result.problems()) {
                    io.err().println("error: " + problem.message());
                }
                return 2;
            }
            io.out().println(result.finalText().orElseThrow());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            io.err().println("error: cannot read values: " + e.getMessage());
            return 2;
        }
    }

    private static JsonNode readValues(String file, InputStream stdin) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        if (file.equals("-")) {
            return mapper.readTree(stdin);
        }
        return mapper.readTree(Files.readAllBytes(Path.of(file)));
    }
}
