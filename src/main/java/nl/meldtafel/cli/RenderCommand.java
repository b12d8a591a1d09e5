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

/**
 * {@code render TEMPLATE_ID --values FILE.json}: prints the final message on stdout and warnings on
 * stderr (exit 0); problems on stderr with exit 2.
 */
public final class RenderCommand implements Command {

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
    public String usage() {
        return "render TEMPLATE_ID --values FILE.json   print the message (FILE '-' reads stdin)";
    }

    @Override
    public int run(List<String> args, Io io) {
        try {
            TemplateOptions options = TemplateOptions.parse(args);
            List<String> rest = new java.util.ArrayList<>(options.rest());
            int valuesAt = rest.indexOf("--values");
            if (valuesAt < 0 || valuesAt + 1 >= rest.size()) {
                throw new UsageException("--values FILE is missing");
            }
            String valuesFile = rest.remove(valuesAt + 1);
            rest.remove(valuesAt);
            if (rest.size() != 1) {
                throw new UsageException("give exactly one template id");
            }
            String templateId = rest.get(0);
            TemplateCatalog catalog = options.load(env);
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
        } catch (UsageException e) {
            CommandFailure.usage(this, e);
            io.err().println(e.getMessage());
            io.err().println("usage: " + usage());
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            CommandFailure.log(this, e);
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
