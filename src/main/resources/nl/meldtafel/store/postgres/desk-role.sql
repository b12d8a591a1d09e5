-- The desks' role: it reads everything and writes what a desk writes, but it cannot change the record.
-- No UPDATE or DELETE on the chain (audit_entry) or the paste ticks (alert_post); no DELETE on
-- officers, teams or holds; no TRUNCATE, no DDL. Updates of alerts (confirm, close, snooze) and
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
GRANT INSERT ON ${schema}.officer, ${schema}.alert, ${schema}.alert_group, ${schema}.alert_post, ${schema}.alert_response,
    ${schema}.audit_entry, ${schema}.draft, ${schema}.target_group, ${schema}.neighbourhood_group, ${schema}.administrator,
    ${schema}.neighbourhood_admin, ${schema}.target_default, ${schema}.retention_setting, ${schema}.retention_hold,
    ${schema}.queued_send TO ${role};
GRANT UPDATE ON ${schema}.officer, ${schema}.alert, ${schema}.alert_group, ${schema}.alert_response, ${schema}.draft,
    ${schema}.target_group, ${schema}.neighbourhood_group, ${schema}.administrator, ${schema}.target_default,
    ${schema}.retention_setting, ${schema}.retention_hold TO ${role};
GRANT DELETE ON ${schema}.alert, ${schema}.alert_group, ${schema}.draft, ${schema}.target_group, ${schema}.neighbourhood_group,
    ${schema}.administrator, ${schema}.neighbourhood_admin, ${schema}.target_default TO ${role};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role};
