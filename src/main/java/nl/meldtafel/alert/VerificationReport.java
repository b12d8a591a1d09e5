package nl.meldtafel.alert;

import java.util.Optional;

/**
 * The outcome of walking the audit chain.
 *
 * @param head     the last entry found
 * @param entries  how many entries were checked
 * @param redacted how many alerts had their personal content redacted (their content is not checked)
 * @param problem  the first thing found wrong, if any
 */
public record VerificationReport(Optional<ChainHead> head, long entries, long redacted, Optional<Problem> problem) {

    public boolean intact() {
        return problem.isEmpty();
    }

    /** What is wrong and where: {@code seq} is the first broken entry (0 when no entry can be named). */
    public record Problem(long seq, Long alertId, String description) {
        @Override
        public String toString() {
            return (seq > 0 ? "entry " + seq + ": " : "") + description;
        }
    }
}
