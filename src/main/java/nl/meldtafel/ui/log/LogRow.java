package nl.meldtafel.ui.log;

/**
 * One line of the log table, already in the officer's words.
 *
 * @param overdue the follow-up is late; the status text says so too, not only the colour
 */
public record LogRow(long id, String time, String kind, String summary, String officer, String status,
                     boolean overdue, String followUp) {
}
