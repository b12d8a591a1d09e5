package nl.meldtafel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    /** Minutes 1..n, so the value is the rank. */
    private static List<Duration> minutes(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Duration::ofMinutes).toList();
    }

    @ParameterizedTest(name = "p{1} of 1..{0} is {2}")
    @CsvSource({
            "1, 50, 1",
            "1, 90, 1",
            "2, 50, 1",
            "3, 50, 2",
            "4, 50, 2",
            "5, 50, 3",
            "10, 50, 5",
            "10, 90, 9",
            "11, 90, 10",
            "20, 90, 18",
            "21, 90, 19",
            "7, 100, 7",
            "7, 1, 1",
    })
    void nearestRankIsTheValueAtRankCeilingOfPTimesN(int n, int p, int expectedMinutes) {
        assertEquals(Optional.of(Duration.ofMinutes(expectedMinutes)), Percentiles.nearestRank(minutes(n), p));
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertEquals(Optional.empty(), Percentiles.nearestRank(List.of(), 50));
    }

    @Test
    void percentileOutsideOneToHundredIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(minutes(3), 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(minutes(3), 101));
    }
}
