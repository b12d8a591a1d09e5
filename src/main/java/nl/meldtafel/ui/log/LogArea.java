package nl.meldtafel.ui.log;

/** A Logboek filter on where alerts went: a whole gemeente ({@code wijk} null) or one wijk of it. */
public record LogArea(String gemeente, String wijk) {
}
