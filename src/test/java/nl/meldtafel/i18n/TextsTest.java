package nl.meldtafel.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL_KEY = Pattern.compile("Texts\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    /** What MessageFormat reads as quoting: a doubled apostrophe, or braces in apostrophes. */
    private static final Pattern MEANT_QUOTE = Pattern.compile("''|'[{}]+'");

    private final ResourceBundle bundle = Texts.bundle();

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = keysUsedInSources();

        assertTrue(used.contains("catalog.empty") && used.size() > 40, "scan found only " + used);
        List<String> missing = used.stream().filter(k -> !bundle.containsKey(k)).toList();
        assertEquals(List.of(), missing);
    }

    /**
     * Keys handed around before they reach Texts.get ("log.column.time" as a column's title key) must
     * exist too: every string literal shaped like a key of the bundle's families, unless it is the
     * start of keys built at runtime ("followUp.close" + ".ok") or a file name.
     */
    @Test
    void everyKeyShapedLiteralInTheCodeExists() throws IOException {
        Set<String> families = new TreeSet<>();
        Collections.list(bundle.getKeys()).forEach(k -> families.add(k.split("\\.")[0]));
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    if (!families.contains(key.split("\\.")[0]) || key.matches(".*\\.(json|db|csv|pdf|png|txt)")) {
                        continue;
                    }
                    checked++;
                    boolean prefix = Collections.list(bundle.getKeys()).stream().anyMatch(k -> k.startsWith(key + "."));
                    if (!bundle.containsKey(key) && !prefix) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(checked > 100, "scan found only " + checked);
        assertEquals(List.of(), missing);
    }

    /** Keys made from enum constants at runtime. */
    @Test
    void everyKeyBuiltFromAnEnumExists() {
        List<String> missing = new ArrayList<>();
        for (nl.meldtafel.alert.CloseCategory c : nl.meldtafel.alert.CloseCategory.values()) {
            for (String key : List.of(c.textKey(), c.textKey() + ".choice")) {
                if (!bundle.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        for (nl.meldtafel.alert.AlertOutcome o : nl.meldtafel.alert.AlertOutcome.values()) {
            if (!bundle.containsKey("alertOutcome." + o.name())) {
                missing.add("alertOutcome." + o.name());
            }
        }
        for (int i = 0; i < nl.meldtafel.ui.settings.ZoneSettingViewModel.CHOICES.size(); i++) {
            if (!bundle.containsKey("settings.zone.choice." + i)) {
                missing.add("settings.zone.choice." + i);
            }
        }
        for (String dialog : List.of("followUp.close", "followUp.skip")) {
            for (String part : List.of(".ok", ".cancel")) {
                if (!bundle.containsKey(dialog + part)) {
                    missing.add(dialog + part);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void keyScanFindsLiteralKeysAcrossSpacing() {
        String source = "Texts.get(\"a.b\", x); y(Texts.get( \"c.d\")); Texts.get(key); Texts.get(\n  \"e\")";

        assertEquals(new TreeSet<>(List.of("a.b", "c.d", "e")), keysUsedIn(source));
    }

    @Test
    void everyPatternIsAValidMessageFormatWithoutAStrayApostrophe() {
        List<String> bad = new ArrayList<>();
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            try {
                new MessageFormat(pattern, Texts.locale());
            } catch (IllegalArgumentException e) {
                bad.add(key + ": " + e.getMessage());
                continue;
            }
            if (MEANT_QUOTE.matcher(pattern).replaceAll("").contains("'")) {
                bad.add(key + ": a single ' starts a quoted section; write '' for an apostrophe");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void strayApostropheCheckCatchesTheUsualMistakes() {
        assertTrue(MEANT_QUOTE.matcher("veld '{0}' ontbreekt").replaceAll("").contains("'"));
        assertTrue(MEANT_QUOTE.matcher("politie's bericht").replaceAll("").contains("'"));
        assertEquals("veld {0} en ${1}", MEANT_QUOTE.matcher("veld ''{0}'' en $'{'{1}'}'").replaceAll(""));
    }

    @Test
    void everyArgumentOfEveryTextArrivesInTheText() {
        List<String> lost = new ArrayList<>();
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            Set<Integer> indexes = argumentIndexes(pattern);
            Object[] args = new Object[indexes.stream().mapToInt(i -> i + 1).max().orElse(0)];
            for (int i = 0; i < args.length; i++) {
                args[i] = isNumeric(pattern, i) ? (Object) (50 + i) : "<arg" + i + ">";
            }
            String text = Texts.get(key, args);
            indexes.stream().filter(i -> !text.contains(isNumeric(pattern, i) ? Integer.toString(50 + i) : "<arg" + i + ">")).forEach(i -> lost.add(key + " loses {" + i + "}"));
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void noTextShowsADoubledApostropheWithOrWithoutArguments() {
        List<String> doubled = new ArrayList<>();
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            Object[] args = argumentIndexes(pattern).stream().map(i -> isNumeric(pattern, i) ? (Object) 2 : "x").toArray();
            String text = Texts.get(key, args);
            if (text.contains("''")) {
                doubled.add(key + ": " + text);
            }
        }
        assertEquals(List.of(), doubled);
    }

    @Test
    void textWithoutArgumentsReadsOneApostrophe() {
        assertEquals("'fields' ontbreekt of is geen lijst", Texts.get("template.error.fieldsNotArray"));
    }

    @Test
    void everyTextReadsAsMessageFormatGivesItWithAndWithoutArgumentsAndTheSecondTimeToo() {
        ResourceBundle bundle = Texts.bundle();
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            Object[] args = new Object[10];
            for (int i = 0; i < args.length; i++) {
                args[i] = isNumeric(pattern, i) ? (Object) (i + 2) : "«" + i + "»";
            }
            String expected = new MessageFormat(pattern, Texts.locale()).format(args);
            assertEquals(expected, Texts.get(key, args), key);
            assertEquals(expected, Texts.get(key, args), key + ", asked again");
            if (!pattern.matches("(?s).*\\{\\d.*")) {
                assertEquals(new MessageFormat(pattern, Texts.locale()).format(new Object[0]), Texts.get(key), key);
            }
        }
    }

    @Test
    void missingKeyFailsLoudlyWithTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Texts.get("bestaat.niet"));
        assertEquals("Missing text key: bestaat.niet", e.getMessage());
    }

    /** Choice and number arguments need a number; a string there throws. */
    private static boolean isNumeric(String pattern, int index) {
        return pattern.contains("{" + index + ",choice") || pattern.contains("{" + index + ",number");
    }

    private static Set<Integer> argumentIndexes(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(MEANT_QUOTE.matcher(pattern).replaceAll(""));
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                keys.addAll(keysUsedIn(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return keys;
    }

    static Set<String> keysUsedIn(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher m = LITERAL_KEY.matcher(source);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
