-- Live updates (issue 14): each change other desks should show is announced on channel 'meldtafel' as
-- "kind:id:desk". PostgreSQL delivers it at commit, and not at all after a rollback. Only the kind of
-- row and its id travel, nothing personal; the desk is the writer's connection setting meldtafel.desk,
-- so a desk can skip its own changes.

CREATE FUNCTION meldtafel_notify_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('meldtafel', TG_ARGV[0] || ':' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END
        || ':' || coalesce(current_setting('meldtafel.desk', true), ''));
    RETURN NULL;
END $$;

-- rows keyed by their alert: a tick on the paste checklist, a response
CREATE FUNCTION meldtafel_notify_alert_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('meldtafel', TG_ARGV[0] || ':' || NEW.alert_id
        || ':' || coalesce(current_setting('meldtafel.desk', true), ''));
    RETURN NULL;
END $$;

CREATE TRIGGER alert_notify AFTER INSERT OR UPDATE ON alert
    FOR EACH ROW EXECUTE FUNCTION meldtafel_notify_row('alert');
CREATE TRIGGER target_group_notify AFTER INSERT OR UPDATE OR DELETE ON target_group
    FOR EACH ROW EXECUTE FUNCTION meldtafel_notify_row('group');
CREATE TRIGGER alert_post_notify AFTER INSERT OR UPDATE ON alert_post
    FOR EACH ROW EXECUTE FUNCTION meldtafel_notify_alert_row('post');
CREATE TRIGGER alert_response_notify AFTER INSERT OR UPDATE ON alert_response
    FOR EACH ROW EXECUTE FUNCTION meldtafel_notify_alert_row('response');
