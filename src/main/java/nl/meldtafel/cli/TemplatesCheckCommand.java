package nl.meldtafel.cli;

import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateProblem;
import nl.meldtafel.template.TemplateSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code templates check [DIR]}: one line per problem; exit 0 when every file is valid, 1 otherwise. */
public final class TemplatesCheckCommand implements Command {

    private final Map<String, String> env;

    public TemplatesCheckCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public List<String> names() {
        return List.of("templates", "check");
    }

    @Override
    public String usage() {
        return "templates check [DIR]            check the template files (default: --templates, $MELDTAFEL_TEMPLATES, ./templates, bundled)";
    }

    @Override
    public int run(List<String> args, Io io) {
        TemplateOptions options;
        try {
            options = TemplateOptions.parse(args);
            if (options.rest().size() > 1) {
                throw new UsageException("at most one folder");
            }
        } catch (UsageException e) {
            CommandFailure.usage(this, e);
            io.err().println(e.getMessage());
            io.err().println("usage: " + usage());
            return 2;
        }
        TemplateCatalog catalog = options.rest().isEmpty()
                ? options.load(env)
                : TemplateSource.fromDirectory(Path.of(options.rest().get(0)));
        for (TemplateProblem problem : catalog.problems()) {
            io.out().println(problem);
        }
        for (TemplateDefinition template : catalog.templates()) {
            io.err().println("ok  " + template.source() + " (" + template.id() + ")");
        }
        io.err().println(catalog.templates().size() + " ok, " + catalog.problems().size() + " with problems, in " + catalog.origin());
        return catalog.problems().isEmpty() && !catalog.templates().isEmpty() ? 0 : 1;
    }

}
