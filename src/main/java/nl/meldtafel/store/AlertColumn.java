package nl.meldtafel.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The columns of an alert as the repository selects them, read by position. Looking a column up by
 * name makes xerial ask SQLite for the names of all columns of each new result set, and finding an
 * alert by id is one result set per alert: that was a tenth of writing a demo log.
 */
enum AlertColumn {
    ID("a.id"), KIND("a.kind"), TEMPLATE_ID("a.template_id"), TEMPLATE_HASH("a.template_hash"),
    VALUES_JSON("a.values_json"), TEXT("a.text"), CONTENT_SALT("a.content_salt"), OFFICER_ID("a.officer_id"),
    // the sender as named when it was sent; officers renamed later do not change past alerts
    OFFICER_NAME("COALESCE(a.sender_name, o.name)"),
    PERSONNEL_NUMBER("COALESCE(a.sender_number, o.personnel_number)"),
    OS_ACCOUNT("a.os_account"), CREATED_AT("a.created_at"), SENT_AT("a.sent_at"), STATUS("a.status"),
    AWAITS_CLOSURE("a.awaits_closure"), POLICY_DUE_MS("a.policy_due_ms"), POLICY_REPEAT_MS("a.policy_repeat_ms"),
    DUE_AT("a.due_at"), SNOOZED_AT("a.snoozed_at"), SNOOZED_BY("a.snoozed_by"), PARENT_ID("a.parent_id"),
    CLOSED_AT("a.closed_at"), CLOSED_BY_ALERT_ID("a.closed_by_alert_id"), CLOSE_REASON("a.close_reason"),
    CLOSE_SALT("a.close_salt"), CLOSED_BY_OFFICER_ID("a.closed_by_officer_id"),
    CLOSED_OS_ACCOUNT("a.closed_os_account"), OUTCOME("a.outcome"), CLOSE_CATEGORY("a.close_category"),
    REDACTED_AT("a.redacted_at");

    /** An alert {@code a} joined with its officer {@code o}, who sent it. */
    static final String FROM = "FROM alert a JOIN officer o ON o.id = a.officer_id ";
    /** Every column, in this order. */
    static final String COLUMNS = Arrays.stream(values()).map(c -> c.expression).collect(Collectors.joining(", "));
    /** Every column, in this order, from {@link #FROM}. */
    static final String SELECT = "SELECT " + COLUMNS + " " + FROM;

    private final String expression;

    AlertColumn(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }

    /** Its position in a result set of {@link #SELECT}. */
    int index() {
        return ordinal() + 1;
    }
}
