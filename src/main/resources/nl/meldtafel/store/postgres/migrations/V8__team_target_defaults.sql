-- Version 8: the groups a kind of alert last went to are remembered per team. Shared by the whole
-- unit, a Noord desk's last choice became a Zuid desk's default: an alert posted in another team's groups.
ALTER TABLE target_default ADD COLUMN team_id bigint NOT NULL DEFAULT 1 REFERENCES team (id);
ALTER TABLE target_default DROP CONSTRAINT target_default_pkey;
ALTER TABLE target_default ADD PRIMARY KEY (team_id, kind, group_id);
