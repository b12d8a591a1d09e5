package nl.meldtafel.ui.log;

import java.util.List;

/**
 * Everything the detail pane shows for the selected alert.
 *
 * @param text    the exact text as sent, or null once redacted for privacy
 * @param values  the filled-in values as "key: value" lines, groups flattened
 * @param chain   the original, its updates and the afloopbericht, oldest first
 * @param closure how it was closed, or null while it is not closed
 * @param groups  the chosen groups, each with its tick time and officer or why it was skipped
 * @param retention "Inhoud verwijderd na bewaartermijn (date)" or the holds on it; null when neither
 * @param canHold   whether "Bewaren…" may put a hold on it (sent, content still there)
 */
public record LogDetail(long id, String heading, String meta, String text, List<String> values, List<Link> chain,
                        String closure, List<String> groups, String retention, boolean canHold) {

    public LogDetail {
        values = List.copyOf(values);
        groups = List.copyOf(groups);
        chain = List.copyOf(chain);
    }

    public boolean hasText() {
        return text != null;
    }

    /** One message of the chain; {@code current} marks the one shown. */
    public record Link(long id, String label, boolean current) {
    }
}
