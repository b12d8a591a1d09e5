package nl.meldtafel.message;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Dutch grammar the program applies to officers' words: pronouns (hem, haar, hen), adjective
 * agreement with het-words ("een vermist meisje"), plurals ("twee mannen") and counts. The words come
 * from {@code personen.txt} and {@code schoeisel.txt} next to this class, so they can grow without code.
 */
public final class DutchGrammar {

    /** One person word: "meisje" is a het-word, plural "meisjes", pronoun "haar"; pronoun null when unknown. */
    public record Person(String word, boolean het, String plural, String pronoun) {

        /** "een man", "een meisje" */
        public String withArticle() {
            return "een " + word;
        }
    }

    private static final Map<String, Person> PERSONS = loadPersons();
    private static final Map<String, List<String>> WORD_LISTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> COUNT_WORDS = List.of("geen", "een", "twee", "drie", "vier", "vijf", "zes",
            "zeven", "acht", "negen", "tien", "elf", "twaalf");

    private DutchGrammar() {
    }

    /** The person a word names; an unknown word is a de-word without a known gender ("persoon" words). */
    public static Person person(String word) {
        String key = word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Person known = PERSONS.get(key);
        return known != null ? known : new Person(key, false, key, null);
    }

    /** Whether {@code word} is in the person list (so its plural and gender are known). */
    public static boolean isKnownPerson(String word) {
        return PERSONS.containsKey(word.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * An inflected adjective before a noun with "een": "vermiste" stays before a de-word and loses its
     * -e before a het-word ("een vermist meisje", "een vermiste man").
     */
    public static String adjective(String inflected, Person noun) {
        if (noun.het() && inflected.endsWith("e") && inflected.length() > 2) {
            String stem = inflected.substring(0, inflected.length() - 1);
            // "grijze" -> "grijs", "brave" -> "braaf" are not needed for the words templates use; keep it simple
            return stem;
        }
        return inflected;
    }

    /** "hem", "haar", or for an unknown gender a phrase that is never "hem of haar". */
    public static String objectPronoun(Person person, String unknown) {
        return person.pronoun() != null ? person.pronoun() : unknown;
    }

    /** "een", "twee", ... "twaalf", then digits. */
    public static String countWord(int n) {
        return n >= 0 && n < COUNT_WORDS.size() ? COUNT_WORDS.get(n) : String.valueOf(n);
    }

    /** "Beiden" for two, "Alle drie" for more: what heads the traits a group shares. */
    public static String all(int n) {
        return n == 2 ? "beiden" : "alle " + countWord(n);
    }

    /**
     * "een man", "twee mannen", "een man en een vrouw", "twee mannen en een vrouw". Empty words (not given)
     * make it "{count} {fallback plural}": "twee verdachten".
     */
    public static String who(List<String> words, Person fallback) {
        if (words.isEmpty()) {
            return "";
        }
        if (words.stream().anyMatch(String::isBlank)) {
            return words.size() == 1 ? fallback.withArticle() : countWord(words.size()) + " " + fallback.plural();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        words.forEach(w -> counts.merge(w.strip().toLowerCase(Locale.ROOT), 1, Integer::sum));
        if (counts.keySet().stream().anyMatch(w -> !isKnownPerson(w)) && counts.size() > 1) {
            return countWord(words.size()) + " " + fallback.plural(); // "twee verdachten" rather than a guessed plural
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((word, n) -> {
            Person p = person(word);
            parts.add(n == 1 ? p.withArticle() : countWord(n) + " " + (isKnownPerson(word) ? p.plural() : fallback.plural()));
        });
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
    }

    /** Whether a value about shoes already says it is footwear ("witte sneakers"), so no "schoenen: " label. */
    public static boolean namesFootwear(String value) {
        return hasWordFrom("schoeisel", value);
    }

    /** Whether {@code value} holds a word of the list {@code name}.txt next to this class (an unknown list holds none). */
    public static boolean hasWordFrom(String name, String value) {
        if (!name.matches("[a-z]+")) {
            return false;
        }
        List<String> words = WORD_LISTS.computeIfAbsent(name, n -> {
            try {
                return loadWords(n + ".txt");
            } catch (IllegalStateException e) {
                return List.of();
            }
        });
        String lower = value.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }

    /** The first letter upper-case, when the first word is plain lower-case (so "iPhone" and "HIC" stay). */
    public static String capitalise(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(0, end);
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    public static Optional<Person> knownPerson(String word) {
        return Optional.ofNullable(PERSONS.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Person> loadPersons() {
        Map<String, Person> persons = new LinkedHashMap<>();
        for (String line : loadWords("personen.txt")) {
            String[] cells = line.split(";", -1);
            if (cells.length < 4) {
                throw new IllegalStateException("personen.txt: expected 4 cells in '" + line + "'");
            }
            String pronoun = cells[3].strip();
            persons.put(cells[0].strip(), new Person(cells[0].strip(), cells[1].strip().equals("het"), cells[2].strip(),
                    pronoun.isEmpty() ? null : pronoun));
        }
        return persons;
    }

    private static List<String> loadWords(String name) {
        List<String> words = new ArrayList<>();
        try (InputStream in = DutchGrammar.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    words.add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
