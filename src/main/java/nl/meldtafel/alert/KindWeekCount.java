package nl.meldtafel.alert;

import nl.meldtafel.template.MessageKind;

/** How many alerts of one kind were sent in one ISO week ({@code isoWeek} like "2026-W47"). */
public record KindWeekCount(String isoWeek, MessageKind kind, long count) {
}
