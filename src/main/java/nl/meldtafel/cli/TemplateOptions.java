package nl.meldtafel.cli;

import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pulls {@code --templates DIR} out of an argument list and loads the catalog it points to. */
final class TemplateOptions {

    private final Optional<Path> templatesDir;
    private final List<String> rest;

    private TemplateOptions(Optional<Path> templatesDir, List<String> rest) {
        this.templatesDir = templatesDir;
        this.rest = rest;
    }

    static TemplateOptions parse(List<String> args) throws UsageException {
        Optional<Path> dir = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--templates")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--templates needs a folder");
                }
                dir = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--templates=")) {
                dir = Optional.of(Path.of(arg.substring("--templates=".length())));
            } else {
                rest.add(arg);
            }
        }
        return new TemplateOptions(dir, rest);
    }

    TemplateCatalog load(Map<String, String> env) {
        return TemplateSource.load(templatesDir, env, Path.of("").toAbsolutePath());
    }

    List<String> rest() {
        return rest;
    }
}
