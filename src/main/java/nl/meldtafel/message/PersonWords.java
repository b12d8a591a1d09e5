package nl.meldtafel.message;

import nl.meldtafel.template.BodyLine;
import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.Placeholders;
import nl.meldtafel.template.TemplateDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a template derives from a person field or a group of persons: {@code ${geslacht:hem}} is "hem" or
 * "haar", {@code ${verdachten:hem}} "hem", "haar" or "hen", {@code ${verdachten:de}} "de verdachte" or "de
 * verdachten", {@code ${x:wie}} "een man" or "twee mannen", and {@code ${geslacht:vermiste}} "vermiste man" or
 * "vermist meisje". Never "hem of haar" or "verdachte(n)": an unknown gender reads "deze persoon".
 */
final class PersonWords {

    static final String UNKNOWN = "deze persoon";

    private PersonWords() {
    }

    /** Adds every derived placeholder the template uses to {@code resolved}; empty when its field is. */
    static void addDerived(TemplateDefinition template, Map<String, String> resolved, Map<String, List<String>> persons) {
        for (String key : placeholders(template)) {
            if (!Placeholders.isDerived(key) || resolved.containsKey(key)) {
                continue;
            }
            String fieldKey = Placeholders.fieldOf(key);
            FieldDefinition field = template.field(fieldKey).orElse(null);
            if (field == null) {
                continue;
            }
            String word = Placeholders.wordOf(key);
            String value = field.isGroup()
                    ? forGroup(field, persons.getOrDefault(fieldKey, List.of()), word.toLowerCase(Locale.ROOT))
                    : forPerson(resolved.getOrDefault(fieldKey, ""), word.toLowerCase(Locale.ROOT));
            resolved.put(key, Character.isUpperCase(word.charAt(0)) ? DutchGrammar.capitalise(value) : value);
        }
    }

    static String forPerson(String value, String word) {
        if (value.isEmpty()) {
            return "";
        }
        if (value.startsWith("[")) {
            return word.equals("hem") || word.equals("wie") ? value : word + " " + value; // preview marker of a missing value
        }
        DutchGrammar.Person person = DutchGrammar.person(value);
        return switch (word) {
            case "hem" -> DutchGrammar.objectPronoun(person, UNKNOWN);
            case "wie" -> person.withArticle();
            default -> DutchGrammar.adjective(word, person) + " " + value.toLowerCase(Locale.ROOT);
        };
    }

    static String forGroup(FieldDefinition group, List<String> words, String word) {
        if (words.isEmpty()) {
            return "";
        }
        DutchGrammar.Person noun = DutchGrammar.person(group.label());
        return switch (word) {
            case "hem" -> words.size() > 1 ? "hen" : DutchGrammar.objectPronoun(DutchGrammar.person(words.get(0)), UNKNOWN);
            case "de" -> "de " + (words.size() > 1 ? noun.plural() : noun.word());
            default -> DutchGrammar.who(words, noun);
        };
    }

    private static List<String> placeholders(TemplateDefinition template) {
        List<String> keys = new ArrayList<>();
        for (BodyLine line : template.body()) {
            line.texts().forEach(t -> keys.addAll(Placeholders.keysIn(t)));
        }
        for (FieldDefinition field : template.fields()) {
            keys.addAll(Placeholders.keysIn(field.whenYes() == null ? "" : field.whenYes()));
            keys.addAll(Placeholders.keysIn(field.whenNo() == null ? "" : field.whenNo()));
            field.wording().optionTexts().values().forEach(t -> keys.addAll(Placeholders.keysIn(t)));
        }
        return keys;
    }
}
