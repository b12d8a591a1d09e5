package nl.meldtafel.groups;

/** How the import reads one column of the file: {@code column} null means ignored. */
public record ColumnUse(int index, String header, Column column) {
}
