package nl.meldtafel.bench;

import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.message.RenderResult;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long validating and rendering a full heterdaad takes (three suspects, a vehicle): the live
 * preview re-renders on every keystroke. Not a JUnit test; run it with
 * {@code mvn -q test-compile exec:java@bench} (or the long form
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=nl.meldtafel.bench.RenderBenchmark -Dexec.classpathScope=test}).
 * Arguments: rounds and renders per round (default 20 and 10000).
 */
public final class RenderBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:40:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final String VALUES = """
            {"delict": "Woninginbraak", "tijd": "14.32", "locatie": "Dorpsstraat 12", "plaats": "Leiden-Zuid",
             "toelichting": "Bewoner hoorde glasgerinkel aan de achterzijde.\\nDrie personen renden weg door de tuin.",
             "verdachten": [
               {"geslacht": "man", "leeftijd": "20-25", "lengte": "1.85", "postuur": "slank", "uiterlijk": "getint, kort zwart haar",
                "kleding": "donkere jas met capuchon", "schoenen": "witte sneakers", "bijzonderheden": "rugtas"},
               {"geslacht": "man", "leeftijd": "30", "lengte": "1.75", "postuur": "fors", "uiterlijk": "baard",
                "kleding": "grijs trainingspak", "schoenen": "zwarte schoenen"},
               {"geslacht": "vrouw", "leeftijd": "ca. 20", "lengte": "1.65", "kleding": "rode bodywarmer", "bijzonderheden": "*accent*"}],
             "voertuig": [{"soort": "auto", "kleur": "zwart", "merk": "Volkswagen", "type": "Golf", "kenteken": "d123bc"}],
             "vluchtrichting": "station", "wapen": true}
            """;

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        TemplateCatalog catalog = TemplateSource.fromDirectory(Path.of("templates"));
        TemplateDefinition heterdaad = catalog.find("heterdaad").orElseThrow(() -> new IllegalStateException(
                "no heterdaad template in ./templates: " + catalog.problems()));
        FieldValues values = FieldValues.fromJson(VALUES);
        MessageRenderer renderer = new MessageRenderer(CLOCK);

        RenderResult check = renderer.render(heterdaad, values);
        if (!check.isComplete() || !check.preview().contains("3. vrouw")) {
            throw new IllegalStateException("benchmark values do not render completely: " + check.problems() + "\n" + check.preview());
        }
        System.out.println(check.preview());
        System.out.println();

        long sink = 0;
        for (int i = 0; i < 5; i++) {
            sink += round(renderer, heterdaad, values, perRound); // warm-up: let the JIT compile the render path
        }
        double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            sink += round(renderer, heterdaad, values, perRound);
            micros[r] = (System.nanoTime() - start) / 1_000.0 / perRound;
        }
        Arrays.sort(micros);
        double median = rounds % 2 == 1 ? micros[rounds / 2] : (micros[rounds / 2 - 1] + micros[rounds / 2]) / 2;
        System.out.printf(Locale.ROOT, "heterdaad, 3 suspects + vehicle: %d rounds x %d renders%n", rounds, perRound);
        System.out.printf(Locale.ROOT, "per render: median %.1f us (min %.1f, max %.1f)   [checksum %d]%n",
                median, micros[0], micros[rounds - 1], sink);
    }

    private static long round(MessageRenderer renderer, TemplateDefinition template, FieldValues values, int renders) {
        long sink = 0;
        for (int i = 0; i < renders; i++) {
            sink += renderer.render(template, values).preview().length(); // keeps the work from being optimised away
        }
        return sink;
    }
}
