-- Version 6: sent alerts per team, ISO week and kind, kept by triggers (SQLite's alert_week_count, with
-- a team). The weekly overview of a year read and grouped every alert of it (100,000 alerts: 110-150 ms);
-- now it reads a few hundred rows. An alert gets its sent_week once, when it is confirmed (PENDING ->
-- SENT), and keeps it; only pending alerts (no sent_week) are deleted. The triggers also follow any other
-- change of team, week or kind, so the counts hold whatever writes.

CREATE TABLE alert_week_count (
    team_id   bigint NOT NULL REFERENCES team (id),
    sent_week text   NOT NULL,
    kind      text   NOT NULL,
    n         bigint NOT NULL,
    PRIMARY KEY (team_id, sent_week, kind)
);

-- Runs as the schema's owner: the desks' role only reads the counts (desk-role.sql), so a desk cannot
-- change the figures, yet each of its confirmations counts. A trigger function cannot be called directly.
CREATE FUNCTION alert_week_count_keep() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.sent_week IS NOT NULL THEN
        UPDATE alert_week_count SET n = n - 1
         WHERE team_id = OLD.team_id AND sent_week = OLD.sent_week AND kind = OLD.kind;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.sent_week IS NOT NULL THEN
        -- many desks confirming at once: the upsert waits for the row instead of failing on the key
        INSERT INTO alert_week_count AS w (team_id, sent_week, kind, n) VALUES (NEW.team_id, NEW.sent_week, NEW.kind, 1)
            ON CONFLICT (team_id, sent_week, kind) DO UPDATE SET n = w.n + 1;
    END IF;
    RETURN NULL;
END $$;

-- Deferred to the commit: a confirmation takes the chain's lock before its count row (never the other
-- way round, which could deadlock two desks), and holds the busy count row only while it commits.
CREATE CONSTRAINT TRIGGER alert_week_count_insert AFTER INSERT ON alert
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.sent_week IS NOT NULL) EXECUTE FUNCTION alert_week_count_keep();
CREATE CONSTRAINT TRIGGER alert_week_count_update AFTER UPDATE OF team_id, sent_week, kind ON alert
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.team_id IS DISTINCT FROM OLD.team_id OR NEW.sent_week IS DISTINCT FROM OLD.sent_week
          OR NEW.kind IS DISTINCT FROM OLD.kind)
    EXECUTE FUNCTION alert_week_count_keep();
CREATE CONSTRAINT TRIGGER alert_week_count_delete AFTER DELETE ON alert
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.sent_week IS NOT NULL) EXECUTE FUNCTION alert_week_count_keep();

-- Counts every alert again; server import calls it after copying with the triggers off. For the owner only.
CREATE FUNCTION meldtafel_week_counts_rebuild() RETURNS void
    LANGUAGE sql
    SET search_path FROM CURRENT
AS $$
    DELETE FROM alert_week_count;
    INSERT INTO alert_week_count (team_id, sent_week, kind, n)
    SELECT team_id, sent_week, kind, count(*) FROM alert WHERE sent_week IS NOT NULL GROUP BY team_id, sent_week, kind;
$$;
REVOKE EXECUTE ON FUNCTION meldtafel_week_counts_rebuild() FROM PUBLIC;

-- The alerts already there. The triggers above locked the table against writers until this migration
-- commits, so no alert is counted twice or missed.
SELECT meldtafel_week_counts_rebuild();
