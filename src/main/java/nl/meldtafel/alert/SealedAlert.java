package nl.meldtafel.alert;

import java.util.List;

/**
 * An alert as the audit chain is checked against it: its row, the salted content that seals it, and the
 * names of its groups as they were when it was sent (in group id order).
 */
public record SealedAlert(Alert alert, SealedContent content, List<String> groupNames) {

    public SealedAlert {
        groupNames = List.copyOf(groupNames);
    }
}
