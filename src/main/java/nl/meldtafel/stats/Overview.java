package nl.meldtafel.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.MessageKind;

/**
 * Every figure of the Overzicht for one period, computed by {@link OverviewCalculator}. An alert
 * belongs to the period it was sent in; follow-up figures use its state at {@code computedAt}.
 */
public record Overview(Period period, Instant computedAt, Figure sent, Map<MessageKind, Figure> perKind,
                       Rate followUp, Optional<Duration> medianTimeToFollowUp, Optional<Duration> p90TimeToFollowUp,
                       Figure open, Figure overdueNow, Figure closedWithoutMessage, List<Reason> reasons,
                       List<Breakdown> perOfficer, List<Breakdown> perWijk, List<Breakdown> perGroup,
                       List<Week> weeks, List<Bucket> timeToFollowUp, Responses responses) {

    public Overview {
        perKind = Map.copyOf(perKind);
        reasons = List.copyOf(reasons);
        perOfficer = List.copyOf(perOfficer);
        perWijk = List.copyOf(perWijk);
        perGroup = List.copyOf(perGroup);
        weeks = List.copyOf(weeks);
        timeToFollowUp = List.copyOf(timeToFollowUp);
    }

    public boolean isEmpty() {
        return sent.isEmpty();
    }

    /** The alerts of one kind; none when that kind was not sent. */
    public Figure kind(MessageKind k) {
        return perKind.getOrDefault(k, Figure.NONE);
    }

    /** Alerts that needed a follow-up. */
    public Figure needingFollowUp() {
        return followUp.whole();
    }

    /** Alerts closed by an afloopbericht. */
    public Figure followedUp() {
        return followUp.part();
    }

    /**
     * The alerts closed without afloopbericht in one category. The category outlives a redaction, so
     * this row does not change when the typed reasons are removed.
     */
    public record Reason(CloseCategory category, Figure alerts) {

        /** The category's Dutch name, as the Overzicht and the report show it. */
        public String reason() {
            return Texts.get(category.textKey());
        }
    }

    /**
     * One row of a table per officer, wijk or beheerdersgroep. {@code name} is the officer, wijk or
     * group ("" for a group without wijk); {@code context} the gemeente, or the wijk and gemeente of a group.
     */
    public record Breakdown(String name, String context, Figure sent, Rate followUp, Optional<Duration> median) {
    }

    /** One ISO week; only alerts inside the period count, also in a week cut by its edge. */
    public record Week(LocalDate monday, int number, Map<MessageKind, Figure> perKind, Rate followUp) {

        public Week {
            perKind = Map.copyOf(perKind);
        }

        public Figure kind(MessageKind k) {
            return perKind.getOrDefault(k, Figure.NONE);
        }
    }

    /** Alerts followed up after at least {@code from} and less than {@code to} (null: no upper bound). */
    public record Bucket(Duration from, Duration to, Figure alerts) {
    }

    /**
     * The response recorded per alert: how many had one recorded, led to calls (112 or 0900-8844, with
     * the totals), and contributed to a result, per result.
     */
    public record Responses(Figure recorded, Figure withCalls, long calls112, long calls0900, Figure contributed,
                            Map<ResponseResult, Figure> perResult) {

        public Responses {
            perResult = Map.copyOf(perResult);
        }

        public Figure result(ResponseResult r) {
            return perResult.getOrDefault(r, Figure.NONE);
        }
    }
}
