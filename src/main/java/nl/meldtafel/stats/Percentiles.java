package nl.meldtafel.stats;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Percentiles by the nearest-rank method: of n values sorted ascending, the p-th percentile is the
 * value at rank ceil(p / 100 * n), counting from 1. It is always one of the measured times (no
 * interpolation a teamchef would have to explain), so the median of 4 values is the 2nd, and the 90th
 * percentile of 10 values is the 9th.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** @param sorted ascending; @param p in (0, 100] */
    public static Optional<Duration> nearestRank(List<Duration> sorted, int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be 1..100");
        }
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) ((long) p * sorted.size() / 100);
        if ((long) p * sorted.size() % 100 != 0) {
            rank++;
        }
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }
}
