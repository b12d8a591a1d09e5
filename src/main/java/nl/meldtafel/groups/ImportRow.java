package nl.meldtafel.groups;

import java.util.List;

/**
 * One neighbourhood group of the file as the import understood it.
 *
 * @param wijkFromName    the file gave no wijk; it was taken from the group name
 * @param targetGroup     the beheerdersgroep its administrators sit in
 * @param newTargetGroup  that beheerdersgroep is created by this import
 * @param changes         for CHANGE: what changes, in Dutch
 */
public record ImportRow(int line, Action action, String name, String wijk, boolean wijkFromName, String gemeente,
                        String targetGroup, boolean newTargetGroup, List<Person> administrators, List<String> changes) {

    public ImportRow {
        administrators = List.copyOf(administrators);
        changes = List.copyOf(changes);
    }

    public enum Action {
        ADD, CHANGE, UNCHANGED,
        /** The same group again further down the file: merged into the first. */
        DUPLICATE
    }

    /** An administrator of the row; {@code known} when already in the register. */
    public record Person(String name, String phone, String email, boolean known) {
    }
}
