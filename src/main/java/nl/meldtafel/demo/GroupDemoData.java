package nl.meldtafel.demo;

import java.util.List;
import java.util.Random;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.NeighbourhoodInput;

/**
 * A realistic, fake register for the demo: a few gemeenten with several wijken, a beheerdersgroep per
 * wijk (one gemeente-wide, as in Voorschoten), neighbourhood groups named the way municipalities do,
 * and administrators of whom some run several groups. Numbers are 06-00xxxxxx (no real mobile
 * starts 06-0) and addresses are @example.org.
 */
public final class GroupDemoData {

    private static final String[][] AREAS = {
            {"Leiden", "Merenwijk", "Stevenshof", "Binnenstad", "Boshuizen", "Roodenburg"},
            {"Zoetermeer", "Meerzicht", "Rokkeveen", "Oosterheem", "Seghwaert"},
            {"Den Haag", "Loosduinen", "Bohemen", "Waldeck", "Kraayenstein"},
    };
    private static final String GEMEENTE_WIDE = "Voorschoten";
    private static final List<String> STREETS = List.of("Hildebrandstraat", "Kerkstraat", "Molenweg", "Lindenlaan",
            "Beatrixlaan", "Vondellaan", "Schoolstraat", "Julianalaan", "Dorpsstraat", "Churchilllaan", "Rembrandtlaan",
            "Merelstraat", "Tulpstraat", "Zwanenlaan");
    private static final List<String> FIRST = List.of("Anna", "Kees", "Mohamed", "Ria", "Thijs", "Fatma", "Joost",
            "Els", "Sanne", "Peter", "Nadia", "Willem", "Ingrid", "Ahmed", "Marloes", "Bram");
    private static final List<String> LAST = List.of("de Boer", "van Dijk", "El Amrani", "Jansen", "Bakker", "Yilmaz",
            "Visser", "Smit", "de Graaf", "Mulder", "Bos", "Vermeulen", "Kramer", "van Leeuwen");

    private GroupDemoData() {
    }

    /**
     * Fills an empty register; leaves one that has groups alone. Seeded, so every demo is the same. The demo
     * runs before anyone signs in, so no officer is named: the chain keeps the OS account.
     *
     * @return the number of beheerdersgroepen created
     */
    public static int fill(GroupRegister register, long seed) {
        if (!register.search("", true).isEmpty()) {
            return 0;
        }
        Random random = new Random(seed);
        int groups = 0;
        int person = 0;
        for (String[] area : AREAS) {
            String gemeente = area[0];
            for (int w = 1; w < area.length; w++) {
                String wijk = area[w];
                long group = register.addGroup(new GroupInput("Beheerders " + wijk, wijk, gemeente, true, ""), null);
                groups++;
                int neighbourhoods = 2 + random.nextInt(3);
                List<String> streets = new java.util.ArrayList<>(STREETS);
                java.util.Collections.shuffle(streets, random);
                for (int n = 0; n < neighbourhoods; n++) {
                    String street = streets.get(n);
                    long buurt = register.addNeighbourhoodGroup(group,
                            new NeighbourhoodInput(wijk + " (" + street + ")", wijk, gemeente), null);
                    int admins = 1 + random.nextInt(2);
                    for (int a = 0; a < admins; a++) {
                        person++;
                        register.addAdministrator(buurt, person(random, person), null);
                    }
                }
            }
        }
        long wide = register.addGroup(new GroupInput("Beheerdersgroep " + GEMEENTE_WIDE, "", GEMEENTE_WIDE, true,
                "Overkoepelende beheerdersgroep van de hele gemeente"), null);
        groups++;
        AdministratorInput coordinator = new AdministratorInput("Gerda Hoekstra", "06-00990001", "coordinator.voorschoten@example.org");
        for (String buurt : List.of("Krimwijk", "Bijdorp", "Noord Hofland", "Starrenburg")) {
            long id = register.addNeighbourhoodGroup(wide, new NeighbourhoodInput("Buurtpreventie " + buurt, buurt, GEMEENTE_WIDE), null);
            register.addAdministrator(id, coordinator, null);
            person++;
            register.addAdministrator(id, person(random, person), null);
        }
        register.addGroup(new GroupInput("Beheerders Oud-Zoetermeer (opgeheven)", "Dorp", "Zoetermeer", false,
                "Samengevoegd met Beheerders Meerzicht"), null);
        return groups + 1;
    }

    private static AdministratorInput person(Random random, int n) {
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = LAST.get(random.nextInt(LAST.size()));
        String mail = (first + "." + last).toLowerCase(java.util.Locale.ROOT).replace(" ", "") + n + "@example.org";
        return new AdministratorInput(first + " " + last, String.format("06-00%06d", 100 + n), mail);
    }
}
