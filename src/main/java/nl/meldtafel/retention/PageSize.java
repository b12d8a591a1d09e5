package nl.meldtafel.retention;

/**
 * How many alert ids a redaction run's next page takes, so that each page's transaction stays short
 * whatever one redaction costs: removing an alert's words from the search index for good rewrites
 * index pages, from a fraction of a millisecond on a small log to tens on a large one. A copy waits at
 * most for one page.
 */
final class PageSize {

    static final long TARGET_NANOS = 150_000_000L;
    static final int FIRST = 50;
    static final int MIN = 5;
    static final int MAX = 2000;

    private int ids = FIRST;

    int next() {
        return ids;
    }

    /** The last page of {@link #next()} ids took {@code nanos}: the next one aims at the target, growing at most twofold. */
    void took(long nanos) {
        double scaled = ids * (double) TARGET_NANOS / Math.max(1, nanos);
        ids = (int) Math.max(MIN, Math.min(Math.min(MAX, 2L * ids), Math.round(scaled)));
    }
}
