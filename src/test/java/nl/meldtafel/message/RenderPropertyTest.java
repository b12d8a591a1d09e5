package nl.meldtafel.message;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.ExhaustiveGenerator;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import nl.meldtafel.template.BodyLine;
import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.FieldType;
import nl.meldtafel.template.LineTemplate;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties of every rendered message, whatever an officer types or pastes into any field of any
 * bundled template. 11 properties x 1,250 tries = 13,750 generated cases per run.
 */
@PropertyDefaults(tries = RenderPropertyTest.TRIES, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
class RenderPropertyTest {

    // Edge cases are off: jqwik combines the edge cases of every field, which alone takes longer than
    // all tries. The generators below include the edges that matter (empty, blank, invisible, long).
    static final int TRIES = 1_250;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final TemplateCatalog CATALOG = TemplateSource.fromDirectory(Path.of("templates"));
    private static final String MARKERS = "*_~`";
    private static final List<String> MARKER_PROBES = List.of("*vet*", "_schuin_", "~door~", "`code`");
    private static final Map<String, ColonLines> COLON_LINES = new ConcurrentHashMap<>();

    /** One generated input: a template, what the officer filled in, and when. */
    record Case(TemplateDefinition template, FieldValues values, Instant now) {
        RenderResult render() {
            return renderWith(values);
        }

        RenderResult renderWith(FieldValues other) {
            return new MessageRenderer(Clock.fixed(now, AMSTERDAM)).render(template, other);
        }

        @Override
        public String toString() {
            return template.id() + " at " + now + " with " + escaped(values.toJsonString());
        }
    }

    // ---------------------------------------------------------------- properties

    @Property
    void renderingNeverThrowsAndSurvivesTheLogsJsonForm(@ForAll("cases") Case c) {
        RenderResult result = c.render();

        FieldValues stored = FieldValues.fromJson(c.values().toJsonString());
        assertEquals(result, c.renderWith(stored), "rendering the stored JSON must give the same message");
    }

    @Property
    void policeNoticeIsAlwaysTheLastParagraph(@ForAll("cases") Case c) {
        String preview = c.render().preview();

        String[] paragraphs = preview.split("\n\n", -1);
        assertEquals(PoliceNotice.TEXT, paragraphs[paragraphs.length - 1], preview);
        if (paragraphs.length > 1) {
            assertTrue(hasVisibleText(paragraphs[paragraphs.length - 2]), "empty paragraph before the notice:\n" + preview);
        }
    }

    @Property
    void placeholderSyntaxAppearsOnlyAsOftenAsOfficersTypedIt(@ForAll("cases") Case c) {
        String preview = c.render().preview();

        int typed = allTexts(c.values()).stream().mapToInt(RenderPropertyTest::placeholderOpeningsAfterCleaning).sum();
        assertTrue(count(preview, "${") <= typed, "unfilled or invented placeholder:\n" + preview);
    }

    /**
     * Template text ends a line in ":" only in group headings ("Gezocht wordt:"), which always have
     * entries below them, and right after a placeholder ("Over ${referentie}:"), which then holds
     * something visible; {@link #theOnlyTemplateLinesEndingInAColonAreHeadingsAndLinesEndingInAPlaceholder}
     * checks that. Colons typed by officers are replaced first, so any other colon at a line's end is a
     * label left without its value.
     */
    @Property
    void noLineEndsInALabelWithNothingAfterIt(@ForAll("cases") Case c) {
        List<String> lines = bodyLines(c.renderWith(map(c.values(), s -> s.replace(':', '.'))).preview());

        ColonLines allowed = COLON_LINES.computeIfAbsent(c.template().id(), id -> colonLines(c.template()));
        for (int i = 0; i < lines.size(); i++) {
            String line = visibleTrim(lines.get(i));
            if (!line.endsWith(":")) {
                continue;
            }
            if (allowed.headings().stream().anyMatch(p -> p.matcher(line).matches())) {
                assertTrue(i + 1 < lines.size() && hasVisibleText(lines.get(i + 1)),
                        () -> "heading without entries: " + escaped(line) + "\n" + String.join("\n", lines));
            } else if (!allowed.afterPlaceholder().stream().anyMatch(p -> matchesWithVisibleValues(p, line))) {
                fail("line ends in a bare label: " + escaped(line) + "\n" + String.join("\n", lines));
            }
        }
    }

    @Property
    void aLineThatShowsNothingIsEmptyAndNeverFollowsAnotherOne(@ForAll("cases") Case c) {
        String preview = c.render().preview();

        String[] lines = preview.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!hasVisibleText(lines[i])) {
                int number = i + 1;
                assertEquals("", lines[i], () -> "invisible characters on blank line " + number + ": " + escaped(preview));
                assertTrue(i > 0 && hasVisibleText(lines[i - 1]), () -> "two blank lines in a row at line " + number + ":\n" + preview);
            }
        }
    }

    @Property
    void noLineEndsInASpace(@ForAll("cases") Case c) {
        String preview = c.render().preview();

        for (String line : preview.split("\n", -1)) {
            if (!line.isEmpty()) {
                int last = line.codePointBefore(line.length());
                assertFalse(Character.isWhitespace(last) || Character.isSpaceChar(last), () -> "trailing space: " + escaped(line));
            }
        }
    }

    /**
     * The same values with every marker swapped for a letter must give the same count of each marker:
     * then every marker in the message came from the template.
     */
    @Property
    void whatsAppMarkersInValuesNeverFormatTheMessage(@ForAll("cases") Case c) {
        String preview = c.render().preview();
        String withoutValueMarkers = c.renderWith(map(c.values(), s -> s.replaceAll("[*_~`]", "Q"))).preview();

        for (char marker : MARKERS.toCharArray()) {
            assertEquals(count(withoutValueMarkers, String.valueOf(marker)), count(preview, String.valueOf(marker)),
                    () -> "marker " + marker + " from a value in:\n" + preview);
        }
        MARKER_PROBES.forEach(probe -> assertFalse(preview.contains(probe), () -> probe + " in:\n" + preview));
        for (String line : preview.split("\n")) {
            assertFalse(line.startsWith(">"), () -> "a value starts a quote: " + line);
        }
    }

    @Property
    void noControlDirectionOrInvisibleFormatCharacterReachesTheMessage(@ForAll("cases") Case c) {
        String preview = c.render().preview();

        int[] cps = preview.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int type = Character.getType(cp);
            boolean allowed = cp == '\n'
                    || (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE)
                    || (cp == 0x200D && i > 0 && i + 1 < cps.length) // joins emoji: family, profession
                    || (isTag(cp) && i > 0 && (cps[i - 1] == 0x1F3F4 || isTag(cps[i - 1]))); // subdivision flags
            int at = i;
            assertTrue(allowed, () -> String.format("U+%04X at %d in %s", cp, at, escaped(preview)));
        }
    }

    /**
     * Issue 17: the program never writes "hem of haar", "verdachte(n)", "ca. ca." or "jaar jaar". The values are
     * rendered with those words disguised ("ca." as "cq."), so any such phrase left is the program's.
     */
    @Property
    void theProgramNeverWritesClumsyOrDoubledWords(@ForAll("cases") Case c) {
        FieldValues disguised = map(c.values(), s -> s.replaceAll("(?i)ca\\.", "cq.").replaceAll("(?i)jaar", "jr")
                .replaceAll("(?i)hem", "hm").replaceAll("(?i)haar", "hr").replace("(", "["));
        String preview = c.renderWith(disguised).preview().toLowerCase(java.util.Locale.ROOT);

        for (String phrase : List.of("hem of haar", "(n)", "ca. ca.", "jaar jaar", "ca. jaar")) {
            assertFalse(preview.contains(phrase), () -> "'" + phrase + "' written by the program:\n" + preview);
        }
    }

    /** Issue 10.8: a heterdaad asks to call 112 at most once besides the notice (officers may type it too). */
    @Property
    void aHeterdaadAsksFor112AtMostOnce(@ForAll("cases") Case c) {
        String preview = c.render().preview();
        String body = preview.substring(0, preview.length() - PoliceNotice.TEXT.length());

        int typed = allTexts(c.values()).stream().mapToInt(t -> occurrencesAfterCleaning(t, "112")).sum();
        int limit = (c.template().kind() == nl.meldtafel.template.MessageKind.HETERDAAD ? 1 : 2) + typed;
        assertTrue(count(body, "112") <= limit, () -> "112 asked too often:\n" + preview);
    }

    /** Issue 17: a time the officer did not give is not printed (a field defaulting to "now" shows it in the form). */
    @Property
    void noTimeIsPrintedThatTheOfficerDidNotGive(@ForAll("cases") Case c) {
        FieldValues.Builder without = FieldValues.builder();
        int defaults = 0;
        for (FieldDefinition field : c.template().fields()) {
            if (field.type() == FieldType.TIME && field.defaultValue() != null) {
                defaults++;
            }
        }
        for (String key : c.values().keys()) {
            boolean time = c.template().field(key).map(f -> f.type() == FieldType.TIME).orElse(false);
            if (!time) {
                put(without, key, c.values().isList(key) ? c.values().entries(key)
                        : c.values().toJson().get(key).isBoolean() ? (Object) c.values().flag(key) : c.values().text(key));
            }
        }
        String preview = c.renderWith(without.build()).preview();

        // counted in the values as the renderer inserts them: cleaning may join "3.\u200b20" into "3.20"
        int typed = allTexts(c.values()).stream().mapToInt(RenderPropertyTest::timesAfterCleaning).sum();
        int printed = timesIn(preview);
        int allowed = typed + defaults;
        assertTrue(printed <= allowed, () -> printed + " times, " + allowed + " given or defaulted, in:\n" + preview);
    }

    private static final Pattern TIME_PRINTED = Pattern.compile("\\d{1,2}[.:]\\d{2}(?: uur)?");

    private static int timesIn(String text) {
        Matcher m = TIME_PRINTED.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int timesAfterCleaning(String raw) {
        int most = timesIn(raw.replaceAll("\\s+", " "));
        for (boolean multiline : new boolean[] {false, true}) {
            try {
                most = Math.max(most, timesIn(ValueCleaner.clean(raw, multiline).replaceAll("\\s+", " ")));
            } catch (ValueCleaner.InvalidTextException e) {
                // dropped with a problem; contributes nothing
            }
        }
        return most;
    }

    private static int occurrencesAfterCleaning(String raw, String phrase) {
        int most = count(raw.toLowerCase(java.util.Locale.ROOT), phrase);
        for (boolean multiline : new boolean[] {false, true}) {
            try {
                most = Math.max(most, count(ValueCleaner.clean(raw, multiline).toLowerCase(java.util.Locale.ROOT), phrase));
            } catch (ValueCleaner.InvalidTextException e) {
                // dropped with a problem; contributes nothing
            }
        }
        return most;
    }

    // ---------------------------------------------------------------- checks of the model itself

    @Example
    void everyBundledTemplateLoads() {
        assertEquals(List.of(), CATALOG.problems());
        assertEquals(6, CATALOG.templates().size());
    }

    @Example
    void theOnlyTemplateLinesEndingInAColonAreHeadingsAndLinesEndingInAPlaceholder() {
        int headings = 0;
        int afterPlaceholder = 0;
        for (TemplateDefinition template : CATALOG.templates()) {
            for (String text : templateTextsThatCanEndALine(template)) {
                assertFalse(text.strip().endsWith(":"), template.id() + " ends a line in a label: " + text);
            }
            ColonLines lines = colonLines(template);
            headings += lines.headings().size();
            afterPlaceholder += lines.afterPlaceholder().size();
        }
        // Keeps the colon property from passing vacuously: heterdaad and getuigenoproep have two
        // headings each ("Kijk uit naar ${wie}:"). Since issue 17 no body line ends in "${...}:" any more.
        assertEquals(4, headings);
        assertEquals(0, afterPlaceholder);
    }

    @Example
    void aPatternForABareLabelRejectsAnInvisibleValue() {
        Pattern over = linePattern("Over ${referentie}:");

        assertTrue(matchesWithVisibleValues(over, "Over ons bericht van 14.32 uur:"));
        assertFalse(matchesWithVisibleValues(over, "Over \u2060:"));
        assertFalse(matchesWithVisibleValues(over, "Naam:"));
    }

    // ---------------------------------------------------------------- template analysis

    /** Colon-ending template lines: group headings, and body lines whose colon follows a placeholder. */
    record ColonLines(List<Pattern> headings, List<Pattern> afterPlaceholder) {
    }

    private static ColonLines colonLines(TemplateDefinition template) {
        List<Pattern> headings = new ArrayList<>();
        List<Pattern> afterPlaceholder = new ArrayList<>();
        for (FieldDefinition field : template.fields()) {
            if (field.isGroup()) {
                for (String heading : List.of(field.entry().headingOne(), field.entry().headingMany())) {
                    if (heading.strip().endsWith(":")) {
                        headings.add(Pattern.compile(Pattern.quote(heading.strip()).replace("${aantal}", "\\E\\d+\\Q")
                                .replace("${wie}", "\\E.+\\Q")));
                    }
                }
            }
        }
        for (BodyLine line : template.body()) {
            if (!line.isParts() && line.text().strip().endsWith("}:")) {
                afterPlaceholder.add(linePattern(line.text().strip()));
            }
        }
        return new ColonLines(headings, afterPlaceholder);
    }

    /** Template text with each placeholder as a capturing group and optional parts as optional groups. */
    private static Pattern linePattern(String text) {
        StringBuilder regex = new StringBuilder();
        for (LineTemplate.Segment segment : LineTemplate.parse(text).segments()) {
            String quoted = Pattern.quote(segment.text()).replaceAll("\\$\\{[a-z0-9_]+}", "\\\\E(.+?)\\\\Q");
            regex.append(segment.optional() ? "(?:" + quoted + ")?" : quoted);
        }
        return Pattern.compile(regex.toString());
    }

    private static boolean matchesWithVisibleValues(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return false;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null && !hasVisibleText(m.group(g))) {
                return false;
            }
        }
        return true;
    }

    /** Template text that can stand at the end of a line, other than body text lines and headings. */
    private static List<String> templateTextsThatCanEndALine(TemplateDefinition template) {
        List<String> texts = new ArrayList<>();
        for (BodyLine line : template.body()) {
            if (line.isParts()) {
                texts.add(line.parts().suffix().isEmpty() ? lastOf(line.parts().parts()) : line.parts().suffix());
            } else if (!line.text().strip().endsWith("}:")) {
                texts.add(line.text());
            }
        }
        for (FieldDefinition field : template.fields()) {
            addFieldTexts(field, texts);
            for (FieldDefinition sub : field.subFields()) {
                addFieldTexts(sub, texts);
            }
            if (field.isGroup()) {
                var entry = field.entry().line();
                texts.add(entry.suffix().isEmpty() ? lastOf(entry.parts()) : entry.suffix());
            }
        }
        return texts;
    }

    private static void addFieldTexts(FieldDefinition field, List<String> texts) {
        texts.addAll(List.of(field.whenYes() == null ? "" : field.whenYes(), field.whenNo() == null ? "" : field.whenNo(),
                field.suffix()));
        // The prefix's last line is followed by the value ("schoenen: witte"); earlier lines end a line.
        List<String> prefixLines = List.of(field.prefix().split("\n", -1));
        texts.addAll(prefixLines.subList(0, prefixLines.size() - 1));
        texts.add(field.wording().linePrefix().isEmpty() ? "" : "x");
    }

    private static String lastOf(List<String> items) {
        return items.get(items.size() - 1);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Instant> now = Arbitraries.longs()
                .between(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2027-12-31T23:59:59Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        // built once per property, not once per try (see Once)
        Map<TemplateDefinition, Arbitrary<Case>> perTemplate = new IdentityHashMap<>();
        for (TemplateDefinition t : CATALOG.templates()) {
            perTemplate.put(t, new Once<>(Combinators.combine(valuesFor(t.fields()), now).as((v, n) -> new Case(t, v, n))));
        }
        return Arbitraries.of(CATALOG.templates()).flatMap(perTemplate::get);
    }

    /**
     * Generates exactly what its arbitrary generates. jqwik fetches the generator of every alternative it
     * picks (flatMap, frequencyOf, oneOf) from a per-property cache of 500, hashing and comparing the
     * alternative's whole arbitrary tree each time; for these trees that was most of this class's run time
     * (85 s in the suite). This wrapper keeps its generator and hashes by identity.
     */
    private static final class Once<T> implements Arbitrary<T> {
        private final Arbitrary<T> arbitrary;
        private final Map<Integer, RandomGenerator<T>> generators = new ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        Once(Arbitrary<? extends T> arbitrary) {
            this.arbitrary = (Arbitrary<T>) arbitrary;
        }

        @Override
        public RandomGenerator<T> generator(int genSize) {
            return generator(genSize, false);
        }

        @Override
        public RandomGenerator<T> generator(int genSize, boolean withEdgeCases) {
            RandomGenerator<T> known = generators.get(genSize * 2 + (withEdgeCases ? 1 : 0));
            if (known == null) { // not computeIfAbsent: building it may build other generators
                known = arbitrary.generator(genSize, withEdgeCases);
                generators.put(genSize * 2 + (withEdgeCases ? 1 : 0), known);
            }
            return known;
        }

        @Override
        public RandomGenerator<T> generatorWithEmbeddedEdgeCases(int genSize) {
            return generator(genSize, true);
        }

        @Override
        public EdgeCases<T> edgeCases(int maxEdgeCases) {
            return arbitrary.edgeCases(maxEdgeCases);
        }

        @Override
        public Optional<ExhaustiveGenerator<T>> exhaustive(long maxNumberOfSamples) {
            return arbitrary.exhaustive(maxNumberOfSamples);
        }

        @Override
        public boolean isGeneratorMemoizable() {
            return arbitrary.isGeneratorMemoizable();
        }
    }

    @SafeVarargs
    private static <T> Arbitrary<T> frequencyOf(Tuple.Tuple2<Integer, Arbitrary<? extends T>>... frequencies) {
        List<Tuple.Tuple2<Integer, Arbitrary<T>>> once = new ArrayList<>();
        for (Tuple.Tuple2<Integer, Arbitrary<? extends T>> f : frequencies) {
            once.add(Tuple.of(f.get1(), new Once<T>(f.get2())));
        }
        return Arbitraries.frequencyOf(once);
    }

    @SafeVarargs
    private static <T> Arbitrary<T> oneOf(Arbitrary<? extends T>... choices) {
        List<Arbitrary<T>> once = new ArrayList<>();
        for (Arbitrary<? extends T> choice : choices) {
            once.add(new Once<T>(choice));
        }
        return Arbitraries.oneOf(once);
    }

    private static Arbitrary<FieldValues> valuesFor(List<FieldDefinition> fields) {
        List<Arbitrary<Optional<Map.Entry<String, Object>>>> perField = new ArrayList<>();
        for (FieldDefinition field : fields) {
            perField.add(settingFor(field));
        }
        // Now and then a key the template does not know.
        perField.add(frequencyOf(
                Tuple.of(19, Arbitraries.just(Optional.<Map.Entry<String, Object>>empty())),
                Tuple.of(1, value(FieldType.TEXT, List.of()).map(v -> Optional.of(Map.entry("onbekend", (Object) v))))));
        return Combinators.combine(perField).as(settings -> {
            FieldValues.Builder builder = FieldValues.builder();
            for (Optional<Map.Entry<String, Object>> setting : settings) {
                setting.ifPresent(s -> put(builder, s.getKey(), s.getValue()));
            }
            return builder.build();
        });
    }

    @SuppressWarnings("unchecked")
    private static void put(FieldValues.Builder builder, String key, Object value) {
        if (value instanceof Boolean b) {
            builder.flag(key, b);
        } else if (value instanceof List<?> list) {
            builder.entries(key, (List<FieldValues>) list);
        } else {
            builder.text(key, (String) value);
        }
    }

    private static Arbitrary<Optional<Map.Entry<String, Object>>> settingFor(FieldDefinition field) {
        Arbitrary<Object> present;
        if (field.isGroup()) {
            present = frequencyOf(
                    Tuple.of(12, valuesFor(field.subFields()).list().ofMinSize(0).ofMaxSize(4).map(l -> (Object) l)),
                    Tuple.of(1, value(FieldType.TEXT, List.of()).map(v -> (Object) v))); // not a list
        } else if (field.type() == FieldType.YES_NO) {
            present = frequencyOf(
                    Tuple.of(4, Arbitraries.of(true, false).map(b -> (Object) b)),
                    Tuple.of(1, Arbitraries.of("ja", "nee", "true", "JA", "false", "").map(s -> (Object) s)),
                    Tuple.of(1, value(FieldType.TEXT, List.of()).map(v -> (Object) v)));
        } else {
            present = frequencyOf(
                    Tuple.of(30, value(field.type(), field.options()).map(v -> (Object) v)),
                    Tuple.of(1, Arbitraries.just((Object) List.of(FieldValues.empty())))); // a list for a text
        }
        return frequencyOf(
                Tuple.of(1, Arbitraries.just(Optional.empty())),
                Tuple.of(4, present.map(v -> Optional.of(Map.entry(field.key(), v)))));
    }

    /** What an officer might type or paste into a field of this type. */
    private static Arbitrary<String> value(FieldType type, List<String> options) {
        Arbitrary<String> plausible = plausible(type, options);
        Arbitrary<String> fragment = frequencyOf(
                Tuple.of(4, plausible),
                Tuple.of(3, Arbitraries.of("Dorpsstraat 12", "man", "ca.", "20 jaar", "1.80 m", "jaar", "Leiden", "Let op:",
                        ":", ".", "..", ",", "ca. ", "Naam:", "Gezocht wordt:", "ons bericht", "x")),
                Tuple.of(2, Arbitraries.of("😀", "👨\u200D👩\u200D👧\u200D👦", "👍🏽", "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73"
                        + "\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", "🇳🇱", "❤️", "🚓", "1️⃣", "*️⃣")),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF).map(cp -> new String(Character.toChars(cp)))),
                Tuple.of(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(1, Arbitraries.chars().range('\u0000', '\u009F').filter(Character::isISOControl).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of(BIDI)),
                Tuple.of(2, Arbitraries.of(INVISIBLE)),
                Tuple.of(2, Arbitraries.of("${locatie}", "${", "}", "$", "{", "${sys:user.home}", "${env:HOME}",
                        "${script:javascript:1+1}", "$${x}", "${nr}", "${aantal}", "${naam:-x}", "${${x}}", "$\u200B{x}",
                        "${verdachten}", "${}", "${onbekend}")),
                Tuple.of(2, Arbitraries.of("*", "_", "~", "`", "```", "*vet*", "_schuin_", "~door~", "`code`", "```mono```",
                        "> citaat", ">", "- ")),
                Tuple.of(2, Arbitraries.of(LINE_BREAKS)),
                Tuple.of(2, Arbitraries.of(SPACES)));
        Arbitrary<String> composed = fragment.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
        Arbitrary<String> blankLooking = Arbitraries.of(concat(SPACES, LINE_BREAKS, INVISIBLE, BIDI))
                .list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
        Arbitrary<String> long_ = frequencyOf(
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(100).ofMaxLength(1_500)),
                Tuple.of(1, Combinators.combine(fragment.list().ofMinSize(10).ofMaxSize(40), Arbitraries.integers().between(2, 20))
                        .as((parts, times) -> String.join("", parts).repeat(times))));
        return frequencyOf(
                Tuple.of(5, plausible),
                Tuple.of(6, composed),
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(2, blankLooking),
                Tuple.of(1, long_));
    }

    private static final List<String> BIDI = List.of("\u202E", "\u202D", "\u202B", "\u202A", "\u202C", "\u2066", "\u2067",
            "\u2068", "\u2069", "\u200E", "\u200F", "\u061C");
    private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
            "\u180E", "\u2062", "\uDB40\uDC41");
    private static final List<String> LINE_BREAKS = List.of("\n", "\r\n", "\r", "\n\n\n", "\n \n", "\u2028", "\u2029",
            "\u0085", "\u000B", "\f", "\t");
    private static final List<String> SPACES = List.of(" ", "  ", "\u00A0", "\u2007", "\u202F", "\u3000", "\u1680", "\u205F");

    private static Arbitrary<String> plausible(FieldType type, List<String> options) {
        switch (type) {
            case TIME:
                return oneOf(
                        Combinators.combine(Arbitraries.integers().between(0, 29), Arbitraries.integers().between(0, 65),
                                Arbitraries.of(".", ":", "", "u", " . ")).as((h, m, sep) -> h + sep + String.format("%02d", m)),
                        Arbitraries.of("nu", "now", "14 uur", "14.32 uur", "24.00", "9.5"));
            case DATE:
                return oneOf(
                        Arbitraries.of("vandaag", "today", "2026-11-23", "23-11-2026", "23/11/26", "23-11", "31-02-2026",
                                "0000-01-01", "29-2"),
                        Combinators.combine(Arbitraries.integers().between(0, 32), Arbitraries.integers().between(0, 13))
                                .as((d, m) -> d + "-" + m));
            case MEASURE:
                return Arbitraries.of("20", "20-25", "ca. 20", "rond 16", "minderjarig", "9 of 10", "1.80", "1,80 m", "ca.",
                        "20 jaar", "jaar", "tussen 70 en 80");
            case DAY:
                return Arbitraries.of("vandaag", "gisteren", "eergisteren", "vrijdag", "afgelopen maandag", "20-11", "23-11-2026",
                        "morgen", "31-02");
            case NUMBER:
                return oneOf(Arbitraries.integers().between(0, 999).map(String::valueOf),
                        Arbitraries.of("007", "-1", "1e3", "\u0661\u0662", "12 jaar", "9999999999"));
            case LICENCE_PLATE:
                return Arbitraries.of("d123bc", "D-123-BC", "12-AB-34", "ab 12 cd", "GB ABC 123", "*12-ab-34*", "D_123_BC", "xx");
            case CHOICE:
                return oneOf(Arbitraries.of(options), Arbitraries.of(options).map(String::toUpperCase),
                        Arbitraries.of("Anders dan de lijst", "man*", "_vrouw_"));
            case MULTILINE:
                return Arbitraries.of("Twee verdachten zijn aangehouden.", "Omstanders zagen het.\nDaarna weg.",
                        "regel 1\r\n\r\n\r\nregel 2", "Tip 1\nTip 2\n\nTip 3", "Let op:\n- deur op slot\n- raam dicht");
            default:
                return Arbitraries.of("Dorpsstraat", "Kerkplein 3", "Leiden-Zuid", "ons bericht van 14.32 uur", "20", "1.80",
                        "20 jaar", "ca. 25", "1.80 m", "donkere jas", "Kees van Dijk", "station", "dementie");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> bodyLines(String preview) {
        String body = preview.substring(0, preview.length() - PoliceNotice.TEXT.length());
        return List.of(body.split("\n"));
    }

    /** A code point someone reading the message sees; spaces, controls and format characters show nothing. */
    private static boolean isVisible(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL && type != Character.FORMAT;
    }

    private static boolean hasVisibleText(String text) {
        return text.codePoints().anyMatch(RenderPropertyTest::isVisible);
    }

    private static String visibleTrim(String line) {
        int end = line.length();
        while (end > 0 && !isVisible(line.codePointBefore(end))) {
            end -= Character.charCount(line.codePointBefore(end));
        }
        return line.substring(0, end);
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    /** "${" in a value as the officer sees it: after the cleaning that drops invisible characters. */
    private static int placeholderOpeningsAfterCleaning(String raw) {
        int most = count(raw, "${");
        for (boolean multiline : new boolean[] {false, true}) {
            try {
                most = Math.max(most, count(ValueCleaner.clean(raw, multiline), "${"));
            } catch (ValueCleaner.InvalidTextException e) {
                // dropped with a problem; contributes nothing
            }
        }
        return most;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> allTexts(FieldValues values) {
        List<String> texts = new ArrayList<>();
        for (String key : values.keys()) {
            if (values.isList(key)) {
                values.entries(key).forEach(e -> texts.addAll(allTexts(e)));
            } else {
                texts.add(values.text(key));
            }
        }
        return texts;
    }

    /** The same values with every text changed by {@code change}; flags and structure stay. */
    private static FieldValues map(FieldValues values, UnaryOperator<String> change) {
        FieldValues.Builder builder = FieldValues.builder();
        var json = values.toJson();
        for (String key : values.keys()) {
            if (values.isList(key)) {
                builder.entries(key, values.entries(key).stream().map(e -> map(e, change)).toList());
            } else if (json.get(key).isBoolean()) {
                builder.flag(key, values.flag(key));
            } else {
                builder.text(key, change.apply(values.text(key)));
            }
        }
        return builder.build();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(ch -> {
            if (ch >= 0x20 && ch < 0x7F) {
                out.append((char) ch);
            } else if (ch == '\n') {
                out.append("\\n");
            } else {
                out.append(String.format("\\u%04X", ch));
            }
        });
        return out.toString();
    }
}
