-- The desks' role: it reads everything and writes what a desk writes, but it cannot change the record.
-- No UPDATE or DELETE on the chain (audit_entry) or the paste ticks (alert_post); no DELETE on
-- officers, teams or holds; no TRUNCATE, no DDL; an alert's content and redaction time change only
-- through meldtafel_redact (schema version 5). Updates of alerts (confirm, close, snooze) and
-- deletes of pending alerts pass the schema's triggers, which refuse any change to a sent alert or a
-- closing: grants and triggers both guard the record. Run again after every migration (server init does).
-- ${role} and ${schema} are checked identifiers, filled in by ServerSetup.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
        CREATE ROLE ${role} NOLOGIN;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA ${schema} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${schema} TO ${role};
REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${role};
GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${role};
-- alert_week_count is only read: the desk's confirmations count through its trigger, which runs as the owner
GRANT INSERT ON ${schema}.officer, ${schema}.alert, ${schema}.alert_group, ${schema}.alert_post, ${schema}.alert_response,
    ${schema}.audit_entry, ${schema}.draft, ${schema}.target_group, ${schema}.neighbourhood_group, ${schema}.administrator,
    ${schema}.neighbourhood_admin, ${schema}.target_default, ${schema}.retention_setting, ${schema}.retention_hold,
    ${schema}.queued_send, ${schema}.account, ${schema}.team_setting TO ${role};
GRANT UPDATE ON ${schema}.officer, ${schema}.account, ${schema}.team_setting, ${schema}.alert_group, ${schema}.alert_response, ${schema}.draft,
    ${schema}.target_group, ${schema}.neighbourhood_group, ${schema}.administrator, ${schema}.target_default,
    ${schema}.retention_setting, ${schema}.retention_hold TO ${role};
GRANT DELETE ON ${schema}.alert, ${schema}.alert_group, ${schema}.draft, ${schema}.target_group, ${schema}.neighbourhood_group,
    ${schema}.administrator, ${schema}.neighbourhood_admin, ${schema}.target_default TO ${role};
-- an alert's content and redaction time only through meldtafel_redact, which writes the chain entry itself
GRANT UPDATE (version, status, sent_at, sent_week, log_at, due_at, snoozed_at, snoozed_by, closed_at, closed_by_alert_id,
    close_reason, close_salt, closed_by_officer_id, closed_os_account, outcome, close_category) ON ${schema}.alert TO ${role};
GRANT EXECUTE ON FUNCTION ${schema}.meldtafel_redact(bigint[], bigint, bigint, text, text, text) TO ${role};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role};
