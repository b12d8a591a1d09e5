-- Version 9: a notice about an alert, a tick or a response also names the alert's team, as
-- "kind:id:desk:team", so a desk that shows one team skips the other teams' changes without reading
-- anything. Group notices name no team: the register is the unit's. A desk of an older Meldtafel reads
-- the desk field as "desk:team", sees no match with its own, and refreshes as before.

CREATE OR REPLACE FUNCTION meldtafel_notify_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('meldtafel', TG_ARGV[0] || ':' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END
        || ':' || coalesce(current_setting('meldtafel.desk', true), '')
        || ':' || CASE WHEN TG_ARGV[0] = 'alert' THEN (CASE WHEN TG_OP = 'DELETE' THEN OLD.team_id ELSE NEW.team_id END)::text
                       ELSE '' END);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION meldtafel_notify_alert_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('meldtafel', TG_ARGV[0] || ':' || NEW.alert_id
        || ':' || coalesce(current_setting('meldtafel.desk', true), '')
        || ':' || coalesce((SELECT team_id::text FROM alert WHERE id = NEW.alert_id), ''));
    RETURN NULL;
END $$;
