package nl.meldtafel.cli;

import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateProblem;
import nl.meldtafel.template.TemplateSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code templates check [DIR]}: one line per problem; exit 0 when every file is valid, 1 otherwise. */
@picocli.CommandLine.Command(
        customSynopsis = "templates check [DIR]",
        description = {"check the template files (default: --templates, $MELDTAFEL_TEMPLATES, ./templates, bundled)",
                "One line per problem on stdout, naming the file; exit 0 when every file is valid, 1 otherwise."})
public final class TemplatesCheckCommand extends AdminCommand {

    // a list, so two folders get the message below rather than a bare "unknown argument"
    @Parameters(paramLabel = "DIR", arity = "0..*", converter = Converters.FileName.class, description = "The folder to check.")
    private List<Path> folders = new ArrayList<>();
    @Mixin
    private TemplatesOption templates;

    private final Map<String, String> env;

    public TemplatesCheckCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public List<String> names() {
        return List.of("templates", "check");
    }

    @Override
    public Integer call() {
        if (folders.size() > 1) {
            throw usageError("at most one folder");
        }
        TemplateCatalog catalog = folders.isEmpty() ? templates.load(env) : TemplateSource.fromDirectory(folders.get(0));
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
