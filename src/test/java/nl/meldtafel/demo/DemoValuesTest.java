package nl.meldtafel.demo;

import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.message.RenderResult;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoValuesTest {

    private static final TemplateCatalog CATALOG = TemplateSource.fromDirectory(Path.of("templates"));

    @Test
    void demoValuesRenderWithoutProblemsForEveryTemplate() {
        DemoValues demo = new DemoValues(42);
        MessageRenderer renderer = new MessageRenderer(Clock.systemDefaultZone());
        LocalDateTime when = LocalDateTime.of(2026, 3, 14, 21, 5);
        for (TemplateDefinition template : CATALOG.templates()) {
            for (int i = 0; i < 200; i++) {
                RenderResult result = renderer.render(template, demo.valuesFor(template, when));
                assertTrue(result.isComplete(), template.id() + ": " + result.problems());
            }
        }
    }

    @Test
    void sameSeedGivesTheSameValues() {
        TemplateDefinition heterdaad = CATALOG.find("heterdaad").orElseThrow();
        LocalDateTime when = LocalDateTime.of(2026, 3, 14, 21, 5);

        assertEquals(new DemoValues(7).valuesFor(heterdaad, when), new DemoValues(7).valuesFor(heterdaad, when));
    }
}
