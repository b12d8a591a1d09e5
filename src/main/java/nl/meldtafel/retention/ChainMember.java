package nl.meldtafel.retention;

import java.time.Instant;
import nl.meldtafel.template.MessageKind;

/** The facts of one sent alert that decide when its content may go; no personal content. */
public record ChainMember(long id, Long parentId, MessageKind kind, boolean closed, boolean awaitsClosure,
                          Instant sentAt, Instant closedAt, boolean redacted) {

    /** Still waiting for its afloopbericht: its chain is not finished. */
    boolean open() {
        return !closed && awaitsClosure;
    }
}
