package nl.meldtafel.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageSizeTest {

    @Test
    void aFastLogGetsLargerPagesTwofoldAtMostUpToTheLimit() {
        PageSize size = new PageSize();
        assertEquals(PageSize.FIRST, size.next());
        size.took(1_000_000); // 1 ms for 50 ids: could take 150 times as many
        assertEquals(2 * PageSize.FIRST, size.next());
        for (int i = 0; i < 20; i++) {
            size.took(1_000_000);
        }
        assertEquals(PageSize.MAX, size.next());
    }

    @Test
    void aSlowPageMakesTheNextOneFitTheTargetButNeverEmpty() {
        PageSize size = new PageSize();
        size.took(3 * PageSize.TARGET_NANOS); // secure deletion on a large index: three times too long
        assertEquals(Math.round(PageSize.FIRST / 3.0), size.next());
        size.took(100 * PageSize.TARGET_NANOS);
        assertEquals(PageSize.MIN, size.next());
    }
}
