package nl.meldtafel.alert;

import java.util.function.Supplier;

/** Runs several repository calls as one all-or-nothing step. */
public interface Transactor {

    /**
     * Runs {@code work} in one write transaction; nested calls join the outer one.
     *
     * @param action what the step does, for the error message ("Could not save alert")
     */
    <T> T inTransaction(String action, Supplier<T> work);
}
