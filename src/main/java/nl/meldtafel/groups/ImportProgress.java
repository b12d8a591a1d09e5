package nl.meldtafel.groups;

/**
 * How far reading a register file has come, for a progress bar. A large file takes seconds; the
 * caller stops it by throwing {@link java.util.concurrent.CancellationException} from {@link #at}.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = fraction -> { };

    /** @param fraction 0 to 1 */
    void at(double fraction);

    /** Reports every {@code every} items of a phase that spans {@code from} to {@code to} of the whole. */
    static void report(ImportProgress p, int done, int total, double from, double to) {
        if (total > 0 && done % 500 == 0) {
            p.at(from + (to - from) * done / total);
        }
    }
}
