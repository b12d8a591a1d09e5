package nl.meldtafel.template;

import nl.meldtafel.i18n.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates that loaded, and the problems of those that did not. A broken file never takes the
 * others down with it.
 */
public final class TemplateCatalog {

    /** The order officers expect in the sidebar; other templates follow alphabetically. */
    private static final List<String> PREFERRED_ORDER = List.of("heterdaad", "vermissing", "afloopbericht",
            "getuigenoproep", "waarschuwing", "weekoverzicht");

    private final Map<String, TemplateDefinition> templates;
    private final List<TemplateProblem> problems;
    private final String origin;

    public TemplateCatalog(List<TemplateDefinition> templates, List<TemplateProblem> problems, String origin) {
        Map<String, TemplateDefinition> byId = new LinkedHashMap<>();
        templates.stream().sorted(ORDER).forEach(t -> byId.put(t.id(), t));
        this.templates = byId;
        this.problems = List.copyOf(problems);
        this.origin = origin;
    }

    /** Parses each file; duplicate ids are a problem of the later file. */
    public static TemplateCatalog parse(List<TemplateSource.File> files, String origin) {
        TemplateParser parser = new TemplateParser();
        List<TemplateDefinition> loaded = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (TemplateSource.File file : files) {
            if (file.readError() != null) {
                problems.add(new TemplateProblem(file.name(), Texts.get("template.error.read", file.readError())));
                continue;
            }
            try {
                TemplateDefinition definition = parser.parse(file.name(), file.content());
                String earlier = seen.putIfAbsent(definition.id(), file.name());
                if (earlier != null) {
                    problems.add(new TemplateProblem(file.name(), Texts.get("template.error.duplicateId", definition.id(), earlier)));
                } else {
                    loaded.add(definition);
                }
            } catch (TemplateFormatException e) {
                problems.add(new TemplateProblem(file.name(), e.getMessage()));
            }
        }
        return new TemplateCatalog(loaded, problems, origin);
    }

    private static final Comparator<TemplateDefinition> ORDER = Comparator
            .comparingInt((TemplateDefinition t) -> {
                int index = PREFERRED_ORDER.indexOf(t.id());
                return index < 0 ? PREFERRED_ORDER.size() : index;
            })
            .thenComparing(TemplateDefinition::id);

    public List<TemplateDefinition> templates() {
        return List.copyOf(templates.values());
    }

    public Optional<TemplateDefinition> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public List<TemplateProblem> problems() {
        return problems;
    }

    /** Where the templates were read from, for the status bar and error messages. */
    public String origin() {
        return origin;
    }
}
