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
    // a multi-gemeente register names the place per row; "Kern" or "Dorp" is how a merged gemeente's files say it
    GEMEENTE(List.of("gemeente", "gemeentenaam", "naamgemeente", "kern", "kernnaam", "naamkern", "plaats", "plaatsnaam",
            "naamplaats", "woonplaats", "woonplaatsnaam", "naamwoonplaats", "dorp", "dorpsnaam", "dorpnaam", "naamdorp"),
            List.of("gemeente", "kern", "dorp", "plaats")),
    // the first present of these is the wijk: police targets by wijk, a buurt is finer, a stadsdeel coarser
    WIJK(List.of("wijk", "stadsdeel", "buurt"), List.of("wijk", "stadsdeel", "buurt", "kern", "dorp")),
    /** A number or code the municipality gives each group; recognises a renamed group within one file. */
    KEY(List.of("id", "groepid", "groepsid", "groepnummer", "groepsnummer", "groepscode", "code", "kenmerk",
            "registratienummer", "sleutel"), List.of());

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

    /** For place columns: lower ranks are preferred as the gemeente ("Gemeente" over "Woonplaats" over "Kern"). */
    static int gemeenteRank(String header) {
        String h = Names.key(header).replace(" ", "");
        List<String> order = List.of("gemeente", "woonplaats", "plaats", "kern", "dorp");
        for (int i = 0; i < order.size(); i++) {
            if (h.contains(order.get(i))) {
                return i;
            }
        }
        return order.size();
    }

    /** A place column that, when a gemeente column is also present, names a part of it: a wijk candidate. */
    static boolean isPartOfGemeente(String header) {
        String h = Names.key(header).replace(" ", "");
        return h.contains("kern") || h.contains("dorp");
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
