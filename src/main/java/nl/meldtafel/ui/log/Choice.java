package nl.meldtafel.ui.log;

/** One entry of a filter list: the value to filter on (null for "all") and what the officer reads. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
