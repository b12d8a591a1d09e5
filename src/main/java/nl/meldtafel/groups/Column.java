package nl.meldtafel.groups;

import java.util.List;

/** What a column of a municipal register holds, recognised by its header whatever the spelling. */
public enum Column {
    // order matters for partial matches: "E-mailadres beheerder" is an email column, "Naam buurtgroep" a name
    TARGET_GROUP(List.of("beheerdersgroep", "beheerdersapp"), List.of("beheerdersgroep")),
    PHONE(List.of("telefoon", "mobiel", "06nummer", "telefoonnummer", "tel", "telnr", "mobielnummer", "gsm"),
            List.of("telefoon", "mobiel", "06nummer", "telnr")),
    EMAIL(List.of("email", "emailadres", "mail", "mailadres"), List.of("email", "mail")),
    NAME(List.of("groepsnaam", "naamgroep", "buurtgroep", "naambuurtgroep", "whatsappgroep", "naamvandegroep", "groep"),
            List.of("groepsnaam", "naamgroep", "buurtgroep", "whatsappgroep")),
    ADMIN(List.of("beheerder", "beheerders", "wijkbeheerder", "coordinator", "contactpersoon", "naambeheerder"),
            List.of("beheerder", "coordinator", "contactpersoon")),
    GEMEENTE(List.of("gemeente"), List.of("gemeente")),
    // the first present of these is the wijk: police targets by wijk, a buurt is finer, a stadsdeel coarser
    WIJK(List.of("wijk", "kern", "dorp", "stadsdeel", "buurt", "woonplaats", "plaats"), List.of("wijk", "kern", "dorp", "stadsdeel", "buurt"));

    private final List<String> exact;
    private final List<String> partial;

    Column(List<String> exact, List<String> partial) {
        this.exact = exact;
        this.partial = partial;
    }

    /** The column a header names, or null: exact names first, then headers that contain one. */
    static Column of(String header) {
        String h = Names.key(header).replace(" ", "");
        for (Column c : values()) {
            if (c.exact.contains(h)) {
                return c;
            }
        }
        for (Column c : values()) {
            if (c.partial.stream().anyMatch(h::contains)) {
                return c;
            }
        }
        return null;
    }

    /** For area columns: lower ranks are preferred as the wijk. */
    int wijkRank(String header) {
        String h = Names.key(header).replace(" ", "");
        for (int i = 0; i < partial.size(); i++) {
            if (h.contains(partial.get(i))) {
                return i;
            }
        }
        return partial.size();
    }
}
