package nl.meldtafel.message;

import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The shipped templates and a clock fixed at 23 November 2026, 14.40 in Leiden. */
final class Templates {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:40:00Z"), AMSTERDAM);
    static final TemplateCatalog SHIPPED = TemplateSource.fromDirectory(Path.of("templates"));

    private Templates() {
    }

    static TemplateDefinition get(String id) {
        return SHIPPED.find(id).orElseThrow(() -> new AssertionError("no template " + id + ": " + SHIPPED.problems()));
    }

    static RenderResult render(String id, String json) {
        return new MessageRenderer(CLOCK).render(get(id), FieldValues.fromJson(json));
    }
}
