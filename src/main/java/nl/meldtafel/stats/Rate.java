package nl.meldtafel.stats;

import java.util.OptionalDouble;

/** {@code part} out of {@code whole}, e.g. alerts followed up out of those that needed it. */
public record Rate(Figure part, Figure whole) {

    /** Between 0 and 1; empty when nothing needed counting. */
    public OptionalDouble fraction() {
        return whole.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) part.count() / whole.count());
    }

    /** Whole percent, rounded half up; empty when nothing needed counting. */
    public java.util.OptionalInt percent() {
        return whole.isEmpty() ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of((int) ((200L * part.count() + whole.count()) / (2L * whole.count())));
    }
}
