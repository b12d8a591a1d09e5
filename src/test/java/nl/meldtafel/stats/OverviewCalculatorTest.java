package nl.meldtafel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.Test;

/**
 * A known week of alerts (Mon 16 - Sun 22 November 2026, Amsterdam) with every figure worked out by
 * hand; see the table in {@link #week47()}.
 */
class OverviewCalculatorTest {

    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private static final Period WEEK_47 = new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), AMS);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final GroupArea ZUID = new GroupArea(1, "Leiden-Zuid", "Zuid", "Leiden");
    private static final GroupArea NOORD = new GroupArea(2, "Merenwijk Noord", "Merenwijk", "Leiden");
    private static final GroupArea OOST = new GroupArea(3, "Merenwijk Oost", "Merenwijk", "Leiden");
    private static final long JAN = 1;
    private static final long PIET = 2;

    private final OverviewCalculator calculator = new OverviewCalculator();

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(AMS).toInstant();
    }

    /** A fact built in steps, so each row of the table reads as one line. */
    private static final class F {
        final long id;
        final MessageKind kind;
        final Instant sent;
        final long officer;
        final List<GroupArea> groups;
        boolean needs = true;
        AlertStatus status = AlertStatus.SENT;
        Instant due;
        Instant closedAt;
        Long by;
        String reason;
        CloseCategory category;
        AlertResponse response;

        F(long id, MessageKind kind, String sentLocal, long officer, GroupArea... groups) {
            this.id = id;
            this.kind = kind;
            this.sent = local(sentLocal);
            this.officer = officer;
            this.groups = List.of(groups);
        }

        F afloopAfter(Duration d) {
            status = AlertStatus.CLOSED;
            closedAt = sent.plus(d);
            by = 1000 + id;
            return this;
        }

        F reasonAfter(Duration d, CloseCategory c, String why) {
            status = AlertStatus.CLOSED;
            closedAt = sent.plus(d);
            category = c;
            reason = why;
            return this;
        }

        F dueAt(Instant t) {
            due = t;
            return this;
        }

        F noFollowUp() {
            needs = false;
            return this;
        }

        F response(int calls112, int calls0900, ResponseResult r) {
            response = new AlertResponse(calls112, calls0900, r, NOW, JAN, "J. de Vries", 1);
            return this;
        }

        AlertFact fact() {
            return new AlertFact(id, kind, sent, officer, officer == JAN ? "J. de Vries" : "P. Jansen", groups, needs,
                    status, due, closedAt, by, reason, response, null, category);
        }
    }

    private static List<AlertFact> week47() {
        List<F> rows = List.of(
                // id kind                          sent (local)            officer groups
                new F(14, MessageKind.HETERDAAD, "2026-11-16T00:00", PIET, ZUID).afloopAfter(Duration.ofHours(24)),
                new F(1, MessageKind.HETERDAAD, "2026-11-16T10:00", JAN, ZUID).afloopAfter(Duration.ofMinutes(20))
                        .response(2, 1, ResponseResult.AANHOUDING),
                new F(10, MessageKind.AFLOOPBERICHT, "2026-11-16T10:20", JAN, ZUID).noFollowUp(),
                new F(2, MessageKind.HETERDAAD, "2026-11-16T14:00", JAN, ZUID, NOORD).afloopAfter(Duration.ofMinutes(45))
                        .response(0, 0, ResponseResult.GEEN),
                new F(3, MessageKind.HETERDAAD, "2026-11-17T09:00", PIET, NOORD, OOST).afloopAfter(Duration.ofMinutes(10)),
                new F(11, MessageKind.GETUIGENOPROEP, "2026-11-18T11:00", JAN, ZUID).noFollowUp()
                        .response(1, 0, ResponseResult.ANDERS),
                new F(4, MessageKind.VERMISSING, "2026-11-18T20:00", PIET, OOST).afloopAfter(Duration.ofHours(3))
                        .response(5, 2, ResponseResult.PERSOON_AANGETROFFEN),
                new F(5, MessageKind.HETERDAAD, "2026-11-19T12:00", JAN, ZUID).reasonAfter(Duration.ofHours(2), CloseCategory.OPGELOST, "Geen afloop ontvangen"),
                new F(15, MessageKind.HETERDAAD, "2026-11-19T13:00", JAN, OOST).afloopAfter(Duration.ofMinutes(90)),
                new F(6, MessageKind.HETERDAAD, "2026-11-20T23:30", PIET, NOORD).reasonAfter(Duration.ofHours(1), CloseCategory.OPGELOST, "Persoon zelf thuisgekomen"),
                new F(7, MessageKind.HETERDAAD, "2026-11-21T08:00", JAN).reasonAfter(Duration.ofMinutes(5), CloseCategory.DUBBEL, "Dubbel bericht"),
                new F(8, MessageKind.VERMISSING, "2026-11-22T22:00", JAN, ZUID).dueAt(local("2026-11-23T00:00")),
                new F(9, MessageKind.HETERDAAD, "2026-11-22T23:30", PIET, NOORD).dueAt(Instant.parse("2026-11-23T10:00:00Z")),
                // outside the week: the minute before Monday and the first hour of the next Monday
                new F(13, MessageKind.HETERDAAD, "2026-11-15T23:59", JAN, ZUID),
                new F(12, MessageKind.HETERDAAD, "2026-11-23T01:00", JAN, ZUID));
        List<AlertFact> facts = new ArrayList<>(rows.stream().map(F::fact).toList());
        java.util.Collections.reverse(facts); // the calculator must not rely on the loader's order
        return facts;
    }

    private Overview overview() {
        return calculator.compute(week47(), WEEK_47, NOW);
    }

    @Test
    void countsTheAlertsSentInThePeriodPerKind() {
        Overview o = overview();

        assertEquals(List.of(14L, 1L, 10L, 2L, 3L, 11L, 4L, 5L, 15L, 6L, 7L, 8L, 9L), o.sent().ids());
        assertEquals(List.of(14L, 1L, 2L, 3L, 5L, 15L, 6L, 7L, 9L), o.kind(MessageKind.HETERDAAD).ids());
        assertEquals(List.of(4L, 8L), o.kind(MessageKind.VERMISSING).ids());
        assertEquals(List.of(10L), o.kind(MessageKind.AFLOOPBERICHT).ids());
        assertEquals(List.of(11L), o.kind(MessageKind.GETUIGENOPROEP).ids());
        assertEquals(0, o.kind(MessageKind.WAARSCHUWING).count());
        assertEquals(4, o.perKind().size());
    }

    @Test
    void followUpRateIsClosedByAfloopberichtOutOfThoseThatNeededOne() {
        Overview o = overview();

        assertEquals(List.of(14L, 1L, 2L, 3L, 4L, 5L, 15L, 6L, 7L, 8L, 9L), o.needingFollowUp().ids());
        assertEquals(List.of(14L, 1L, 2L, 3L, 4L, 15L), o.followedUp().ids());
        assertEquals(6.0 / 11, o.followUp().fraction().orElseThrow(), 1e-12);
        assertEquals(OptionalInt.of(55), o.followUp().percent());
    }

    @Test
    void medianAndNinetiethPercentileByNearestRank() {
        // times 10, 20, 45, 90, 180, 1440 min: median rank ceil(3) = 3rd, p90 rank ceil(5.4) = 6th
        Overview o = overview();

        assertEquals(Optional.of(Duration.ofMinutes(45)), o.medianTimeToFollowUp());
        assertEquals(Optional.of(Duration.ofHours(24)), o.p90TimeToFollowUp());
    }

    @Test
    void openOverdueAndClosedWithoutMessageWithTheirReasons() {
        Overview o = overview();

        assertEquals(List.of(8L, 9L), o.open().ids());
        assertEquals(List.of(8L), o.overdueNow().ids());
        assertEquals(List.of(5L, 6L, 7L), o.closedWithoutMessage().ids());
        assertEquals(List.of(new Overview.Reason(CloseCategory.OPGELOST, new Figure(List.of(5L, 6L))),
                new Overview.Reason(CloseCategory.DUBBEL, new Figure(List.of(7L)))), o.reasons());
        assertEquals("Opgelost, geen bericht nodig", o.reasons().get(0).reason());
    }

    @Test
    void reasonsCountPerCategorySoRemovingTheTypedTextChangesNothing() {
        List<AlertFact> typed = List.of(
                new F(1, MessageKind.HETERDAAD, "2026-11-17T10:00", JAN).reasonAfter(Duration.ofHours(1), CloseCategory.LOOS_ALARM, "Buurman bleek thuis").fact(),
                new F(2, MessageKind.HETERDAAD, "2026-11-17T11:00", JAN).reasonAfter(Duration.ofHours(1), CloseCategory.LOOS_ALARM, "Kat op het dak").fact(),
                new F(3, MessageKind.VERMISSING, "2026-11-17T12:00", JAN).reasonAfter(Duration.ofHours(1), null, "Van voor de categorie").fact());
        List<AlertFact> redacted = typed.stream().map(f -> new AlertFact(f.id(), f.kind(), f.sentAt(), f.officerId(),
                f.officerName(), f.groups(), f.needsFollowUp(), f.status(), f.dueAt(), f.closedAt(), f.closedByAlertId(),
                null, f.response(), f.outcome(), f.closeCategory())).toList();

        Overview before = new OverviewCalculator().compute(typed, WEEK_47, NOW);

        assertEquals(List.of(new Overview.Reason(CloseCategory.LOOS_ALARM, new Figure(List.of(1L, 2L))),
                new Overview.Reason(CloseCategory.ANDERS, new Figure(List.of(3L)))), before.reasons());
        assertEquals(before, new OverviewCalculator().compute(redacted, WEEK_47, NOW));
    }

    @Test
    void perOfficerMostAlertsFirst() {
        List<Overview.Breakdown> rows = overview().perOfficer();

        assertEquals(2, rows.size());
        assertBreakdown(rows.get(0), "J. de Vries", "", List.of(1L, 10L, 2L, 11L, 5L, 15L, 7L, 8L),
                List.of(1L, 2L, 5L, 15L, 7L, 8L), List.of(1L, 2L, 15L), Duration.ofMinutes(45));
        assertBreakdown(rows.get(1), "P. Jansen", "", List.of(14L, 3L, 4L, 6L, 9L),
                List.of(14L, 3L, 4L, 6L, 9L), List.of(14L, 3L, 4L), Duration.ofHours(3));
    }

    @Test
    void perWijkCountsAnAlertOnceEvenWhenSentToTwoGroupsOfIt() {
        List<Overview.Breakdown> rows = overview().perWijk();

        assertEquals(2, rows.size());
        assertBreakdown(rows.get(0), "Zuid", "Leiden", List.of(14L, 1L, 10L, 2L, 11L, 5L, 8L),
                List.of(14L, 1L, 2L, 5L, 8L), List.of(14L, 1L, 2L), Duration.ofMinutes(45));
        assertBreakdown(rows.get(1), "Merenwijk", "Leiden", List.of(2L, 3L, 4L, 15L, 6L, 9L),
                List.of(2L, 3L, 4L, 15L, 6L, 9L), List.of(2L, 3L, 4L, 15L), Duration.ofMinutes(45));
    }

    @Test
    void perGroup() {
        List<Overview.Breakdown> rows = overview().perGroup();

        assertEquals(List.of("Leiden-Zuid", "Merenwijk Noord", "Merenwijk Oost"), rows.stream().map(Overview.Breakdown::name).toList());
        assertEquals("Zuid, Leiden", rows.get(0).context());
        assertEquals(List.of(14L, 1L, 10L, 2L, 11L, 5L, 8L), rows.get(0).sent().ids());
        assertEquals(List.of(2L, 3L, 6L, 9L), rows.get(1).sent().ids());
        assertEquals(List.of(3L, 4L, 15L), rows.get(2).sent().ids());
        assertEquals(OptionalInt.of(50), rows.get(1).followUp().percent());
        assertEquals(OptionalInt.of(100), rows.get(2).followUp().percent());
    }

    @Test
    void timeToFollowUpDistribution() {
        List<Overview.Bucket> buckets = overview().timeToFollowUp();

        assertEquals(List.of(List.of(3L), List.of(1L), List.of(2L), List.of(15L), List.of(4L), List.<Long>of(), List.of(14L)),
                buckets.stream().map(b -> b.alerts().ids()).toList());
        assertEquals(Duration.ofHours(4), buckets.get(5).from());
        assertEquals(Duration.ofDays(1), buckets.get(5).to());
        assertEquals(null, buckets.get(6).to());
    }

    @Test
    void responsesCountCallsAndContributions() {
        Overview.Responses r = overview().responses();

        assertEquals(List.of(1L, 2L, 11L, 4L), r.recorded().ids());
        assertEquals(List.of(1L, 11L, 4L), r.withCalls().ids());
        assertEquals(8, r.calls112());
        assertEquals(3, r.calls0900());
        assertEquals(List.of(1L, 11L, 4L), r.contributed().ids());
        assertEquals(List.of(1L), r.result(ResponseResult.AANHOUDING).ids());
        assertEquals(List.of(4L), r.result(ResponseResult.PERSOON_AANGETROFFEN).ids());
        assertEquals(List.of(2L), r.result(ResponseResult.GEEN).ids());
        assertEquals(List.of(11L), r.result(ResponseResult.ANDERS).ids());
    }

    @Test
    void oneWeekSeriesForAWeek() {
        List<Overview.Week> weeks = overview().weeks();

        assertEquals(1, weeks.size());
        assertEquals(47, weeks.get(0).number());
        assertEquals(LocalDate.of(2026, 11, 16), weeks.get(0).monday());
        assertEquals(9, weeks.get(0).kind(MessageKind.HETERDAAD).count());
        assertEquals(OptionalInt.of(55), weeks.get(0).followUp().percent());
    }

    @Test
    void monthSeriesHasEveryWeekItTouchesAndCountsOnlyDaysInsideTheMonth() {
        Period november = Period.monthOf(LocalDate.of(2026, 11, 20), AMS);
        List<AlertFact> facts = List.of(
                new F(1, MessageKind.HETERDAAD, "2026-10-31T23:59", JAN).fact(), // week 44, October
                new F(2, MessageKind.HETERDAAD, "2026-11-01T00:00", JAN).afloopAfter(Duration.ofMinutes(30)).fact(), // week 44
                new F(3, MessageKind.VERMISSING, "2026-11-30T23:59", JAN).fact(), // week 49
                new F(4, MessageKind.HETERDAAD, "2026-12-01T00:00", JAN).fact()); // December

        Overview o = calculator.compute(facts, november, NOW);

        assertEquals(List.of(44, 45, 46, 47, 48, 49), o.weeks().stream().map(Overview.Week::number).toList());
        assertEquals(List.of(2L), o.weeks().get(0).kind(MessageKind.HETERDAAD).ids());
        assertEquals(OptionalInt.of(100), o.weeks().get(0).followUp().percent());
        assertEquals(List.of(3L), o.weeks().get(5).kind(MessageKind.VERMISSING).ids());
        assertEquals(OptionalInt.empty(), o.weeks().get(2).followUp().percent());
        assertEquals(List.of(2L, 3L), o.sent().ids());
    }

    @Test
    void weekWithTheChangeToWinterTimeHasHundredSixtyNineHours() {
        // clocks go back on Sunday 25 October 2026, 03:00 CEST -> 02:00 CET
        Period week = Period.weekOf(LocalDate.of(2026, 10, 21), AMS);
        assertEquals(Instant.parse("2026-10-18T22:00:00Z"), week.start());
        assertEquals(Instant.parse("2026-10-25T23:00:00Z"), week.end());
        assertEquals(Duration.ofHours(169), Duration.between(week.start(), week.end()));

        List<AlertFact> facts = List.of(
                fact(1, Instant.parse("2026-10-18T21:59:59Z")), // Sunday 23:59:59 CEST, the week before
                fact(2, Instant.parse("2026-10-18T22:00:00Z")), // Monday 00:00 CEST
                fact(3, Instant.parse("2026-10-25T00:30:00Z")), // 02:30 CEST, the first of the two
                fact(4, Instant.parse("2026-10-25T01:30:00Z")), // 02:30 CET, the second
                fact(5, Instant.parse("2026-10-25T22:59:59Z")), // Sunday 23:59:59 CET
                fact(6, Instant.parse("2026-10-25T23:00:00Z"))); // next Monday 00:00 CET

        Overview o = calculator.compute(facts, week, NOW);

        assertEquals(List.of(2L, 3L, 4L, 5L), o.sent().ids());
        assertEquals(1, o.weeks().size());
        assertEquals(43, o.weeks().get(0).number());
    }

    @Test
    void weekWithTheChangeToSummerTimeHasHundredSixtySevenHours() {
        // clocks go forward on Sunday 29 March 2026, 02:00 CET -> 03:00 CEST
        Period week = Period.weekOf(LocalDate.of(2026, 3, 29), AMS);
        assertEquals(Instant.parse("2026-03-22T23:00:00Z"), week.start());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), week.end());

        List<AlertFact> facts = List.of(fact(1, Instant.parse("2026-03-29T21:59:59Z")), fact(2, Instant.parse("2026-03-29T22:00:00Z")));

        assertEquals(List.of(1L), calculator.compute(facts, week, NOW).sent().ids());
    }

    @Test
    void noAlertsGiveAnEmptyOverviewWithoutPercentages() {
        Overview o = calculator.compute(List.of(), WEEK_47, NOW);

        assertTrue(o.isEmpty());
        assertEquals(Map.of(), o.perKind());
        assertEquals(OptionalInt.empty(), o.followUp().percent());
        assertEquals(Optional.empty(), o.medianTimeToFollowUp());
        assertEquals(Optional.empty(), o.p90TimeToFollowUp());
        assertEquals(List.of(), o.perOfficer());
        assertEquals(7, o.timeToFollowUp().size());
        assertTrue(o.timeToFollowUp().stream().allMatch(b -> b.alerts().isEmpty()));
        assertEquals(1, o.weeks().size());
        assertEquals(0, o.responses().calls112());
    }

    @Test
    void oneAlertIsItsOwnMedianAndPercentile() {
        AlertFact one = new F(1, MessageKind.HETERDAAD, "2026-11-17T12:00", JAN).afloopAfter(Duration.ofMinutes(37)).fact();

        Overview o = calculator.compute(List.of(one), WEEK_47, NOW);

        assertEquals(Optional.of(Duration.ofMinutes(37)), o.medianTimeToFollowUp());
        assertEquals(Optional.of(Duration.ofMinutes(37)), o.p90TimeToFollowUp());
        assertEquals(OptionalInt.of(100), o.followUp().percent());
    }

    @Test
    void stillOpenAlertsCountAsNeededButNotFollowedUp() {
        List<AlertFact> facts = List.of(
                new F(1, MessageKind.HETERDAAD, "2026-11-22T20:00", JAN).dueAt(local("2026-11-22T21:00")).fact(),
                new F(2, MessageKind.VERMISSING, "2026-11-22T20:30", JAN).dueAt(NOW).fact(),
                new F(3, MessageKind.HETERDAAD, "2026-11-22T21:00", JAN).dueAt(NOW.plusSeconds(1)).fact());

        Overview o = calculator.compute(facts, WEEK_47, NOW);

        assertEquals(OptionalInt.of(0), o.followUp().percent());
        assertEquals(List.of(1L, 2L, 3L), o.open().ids());
        assertEquals(List.of(1L, 2L), o.overdueNow().ids(), "due exactly now counts as overdue, as in Opvolging");
        assertEquals(Optional.empty(), o.medianTimeToFollowUp());
    }

    private static AlertFact fact(long id, Instant sent) {
        return new AlertFact(id, MessageKind.HETERDAAD, sent, JAN, "J. de Vries", List.of(), false, AlertStatus.SENT,
                null, null, null, null, null);
    }

    private static void assertBreakdown(Overview.Breakdown row, String name, String context, List<Long> sent,
                                        List<Long> needing, List<Long> followed, Duration median) {
        assertEquals(name, row.name());
        assertEquals(context, row.context());
        assertEquals(sent, row.sent().ids());
        assertEquals(needing, row.followUp().whole().ids());
        assertEquals(followed, row.followUp().part().ids());
        assertEquals(Optional.of(median), row.median());
    }
}
