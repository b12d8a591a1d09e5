-- Schema version 3: newest-first text and group searches at a million alerts.
--
-- Alert ids grow with time, so a search can let the FTS index (or the group index) deliver its
-- matches by descending id and stop after one page, instead of collecting and sorting every match.
-- That is only exact while id order equals log order (log_at, id). An alert confirmed long after it
-- was recorded, or written while the clock went back, breaks it: such alerts are flagged here, and
-- searches read the few flagged ones separately. Among unflagged alerts, a larger id always means a
-- later place in the log; the triggers below keep that true whoever writes.

ALTER TABLE alert ADD COLUMN log_out_of_order INTEGER NOT NULL DEFAULT 0 CHECK (log_out_of_order IN (0, 1));

-- Existing alerts: flag those logged after an alert with a larger id (typically one confirmed
-- late), so only the late one is flagged, not every alert written while it waited.
UPDATE alert SET log_out_of_order = 1 WHERE id IN (
    SELECT id FROM (
        SELECT id, log_at, min(log_at) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS later
        FROM alert)
    WHERE log_at > later);

CREATE INDEX alert_log_out_of_order_idx ON alert (log_at) WHERE log_out_of_order = 1;

CREATE TRIGGER alert_log_order_insert AFTER INSERT ON alert
WHEN NEW.log_at < coalesce((SELECT log_at FROM alert WHERE id < NEW.id AND log_out_of_order = 0 ORDER BY id DESC LIMIT 1), NEW.log_at)
  OR NEW.log_at > coalesce((SELECT log_at FROM alert WHERE id > NEW.id AND log_out_of_order = 0 ORDER BY id LIMIT 1), NEW.log_at)
BEGIN
    UPDATE alert SET log_out_of_order = 1 WHERE id = NEW.id;
END;

CREATE TRIGGER alert_log_order_update AFTER UPDATE OF log_at, log_out_of_order ON alert
WHEN NEW.log_out_of_order = 0 AND (
     NEW.log_at < coalesce((SELECT log_at FROM alert WHERE id < NEW.id AND log_out_of_order = 0 ORDER BY id DESC LIMIT 1), NEW.log_at)
  OR NEW.log_at > coalesce((SELECT log_at FROM alert WHERE id > NEW.id AND log_out_of_order = 0 ORDER BY id LIMIT 1), NEW.log_at))
BEGIN
    UPDATE alert SET log_out_of_order = 1 WHERE id = NEW.id;
END;
