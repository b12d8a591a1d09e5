package nl.meldtafel.demo;

import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.FieldType;
import nl.meldtafel.template.TemplateDefinition;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Realistic, fake values for any template, for training data and benchmarks. Choices come from the
 * template's own options; places from a short list of Dutch streets and towns. Seeded, so a demo
 * database is the same every time.
 */
public final class DemoValues {

    static final List<String> STREETS = List.of("Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Breestraat",
            "Haarlemmerstraat", "Hoogstraat", "Julianalaan", "Beatrixlaan", "Schoolstraat", "Lindenlaan", "Marktplein",
            "Churchilllaan", "Hildebrandstraat", "Vondellaan", "Rijnsburgerweg", "Lammenschansweg", "Kanaalweg");
    static final List<String> TOWNS = List.of("Leiden-Zuid", "Leiden-Noord", "Stevenshof", "Merenwijk", "Oegstgeest",
            "Leiderdorp", "Voorschoten", "Zoetermeer-Centrum", "Loosduinen", "Den Haag-Segbroek", "Katwijk", "Noordwijk");
    private static final List<String> CLOTHES = List.of("donkere jas met capuchon", "zwarte trainingsbroek",
            "grijs vest", "blauwe spijkerbroek", "rode bodywarmer", "camouflagebroek", "beige regenjas", "witte hoodie");
    private static final List<String> SHOES = List.of("witte sneakers", "zwarte schoenen", "bruine laarzen", "grijze gympen");
    private static final List<String> LOOKS = List.of("kort donker haar", "blond haar in staart", "baard",
            "bril", "getint", "licht getint", "kaal", "krullend haar");
    private static final List<String> COLOURS = List.of("zwart", "wit", "grijs", "blauw", "rood", "zilver");
    private static final List<String> BRANDS = List.of("Volkswagen Golf", "Piaggio Zip", "Toyota Yaris", "Renault Clio",
            "Gazelle Orange", "Mercedes Sprinter");
    private static final List<String> NAMES = List.of("Kees van Dijk", "Anna de Boer", "Mohamed El Amrani",
            "Ria Jansen", "Thijs Bakker", "Fatma Yilmaz");
    private static final String LETTERS = "BDFGHJKLNPRSTVXZ";

    private final Random random;

    public DemoValues(long seed) {
        this.random = new Random(seed);
    }

    /** Values that render without problems for {@code template}, as if typed at {@code when}. */
    public FieldValues valuesFor(TemplateDefinition template, LocalDateTime when) {
        FieldValues.Builder builder = FieldValues.builder();
        boolean consent = random.nextInt(3) > 0;
        // the afloopbericht's "over" is filled from the original; left out, any outcome fits
        java.util.Set<String> selectors = new java.util.HashSet<>();
        template.fields().forEach(f -> {
            if (f.wording().optionsBy() != null) {
                selectors.add(f.wording().optionsBy());
            }
        });
        for (FieldDefinition field : template.fields()) {
            if (selectors.contains(field.key())) {
                continue;
            }
            if (field.isGroup()) {
                int count = field.key().equals("voertuig") ? random.nextInt(2) : 1 + random.nextInt(Math.min(3, field.maxEntries()));
                for (int i = 0; i < count; i++) {
                    FieldValues.Builder entry = FieldValues.builder();
                    field.subFields().forEach(sub -> scalar(sub, when, consent, entry));
                    builder.entry(field.key(), entry.build());
                }
            } else if (field.required() || field.type() == FieldType.YES_NO || random.nextInt(4) > 0) {
                scalar(field, when, consent, builder);
            }
        }
        return builder.build();
    }

    private void scalar(FieldDefinition field, LocalDateTime when, boolean consent, FieldValues.Builder builder) {
        if (field.requires() != null && !consent) {
            return;
        }
        String key = field.key();
        switch (field.type()) {
            case YES_NO -> builder.flag(key, key.equals("toestemming") ? consent : random.nextInt(4) == 0);
            case TIME -> builder.text(key, String.format("%02d.%02d", when.getHour(), when.getMinute()));
            case DATE -> builder.text(key, when.toLocalDate().toString());
            case NUMBER -> builder.text(key, Integer.toString(8 + random.nextInt(80)));
            case LICENCE_PLATE -> builder.text(key, plate());
            case CHOICE -> builder.text(key, field.options().isEmpty() ? pick(STREETS) : pick(field.options()));
            case DAY -> builder.text(key, "vandaag");
            default -> builder.text(key, textFor(key));
        }
    }

    private String textFor(String key) {
        return switch (key) {
            case "locatie", "laatst_gezien_plaats" -> pick(STREETS) + " " + (1 + random.nextInt(120));
            case "plaats" -> pick(TOWNS);
            case "kleding" -> pick(CLOTHES);
            case "schoenen" -> pick(SHOES);
            case "uiterlijk", "signalement" -> pick(LOOKS);
            case "leeftijd" -> Integer.toString(16 + random.nextInt(40));
            case "lengte" -> "1." + (60 + random.nextInt(35));
            case "kleur" -> pick(COLOURS);
            case "merk" -> pick(BRANDS).split(" ")[0];
            case "type" -> pick(BRANDS).split(" ", 2)[1];
            case "naam" -> pick(NAMES);
            case "vluchtrichting" -> pick(STREETS);
            case "referentie" -> "ons bericht van vanmiddag over de " + pick(STREETS);
            case "wat", "onderwerp" -> pick(List.of("Woninginbraak", "Fietsdiefstal", "Babbeltrucs bij ouderen", "Autokraak"));
            case "risico" -> pick(List.of("dementie", "heeft medicatie nodig", "verward"));
            default -> pick(List.of("Omstanders zagen de verdachte wegrennen.", "Melder hoorde glasgerinkel.",
                    "Er is niemand gewond geraakt.", "Let extra op in de avonduren."));
        };
    }

    private String plate() {
        return "" + LETTERS.charAt(random.nextInt(LETTERS.length())) + "-" + (100 + random.nextInt(900)) + "-"
                + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
