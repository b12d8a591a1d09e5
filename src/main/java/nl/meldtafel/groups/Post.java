package nl.meldtafel.groups;

import java.time.Instant;

/** A tick of the paste checklist: posted in a group, or dismissed with a reason. */
public record Post(long alertId, long groupId, Outcome outcome, Instant at, String officerName, String osAccount,
                   String reason) {

    public enum Outcome { POSTED, DISMISSED }
}
