package nl.meldtafel.weekly;

/** The texts the program puts in the weekoverzicht's fields; the officer may still edit them. */
public record WeeklyOverview(String periode, String overzicht, String dank) {

    /** The weekoverzicht template's field keys. */
    public static final String PERIODE = "periode";
    public static final String OVERZICHT = "overzicht";
    public static final String DANK = "dank";
}
