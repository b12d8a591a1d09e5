-- Schema version 13: a version per row people edit, with who changed it last and when.
--
-- Several desks may edit the same beheerdersgroep, buurtgroep, administrator or response. A change names
-- the version its form was loaded with; one that finds a newer version is refused with changed_by and
-- changed_at, so the officer is told who was first. Rows from before have version 1 and no one named.
-- (PostgreSQL's target_group had its version from the start; its V4 adds the rest.)
ALTER TABLE target_group ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE target_group ADD COLUMN changed_at INTEGER;
ALTER TABLE target_group ADD COLUMN changed_by INTEGER REFERENCES officer (id);

ALTER TABLE neighbourhood_group ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE neighbourhood_group ADD COLUMN changed_at INTEGER;
ALTER TABLE neighbourhood_group ADD COLUMN changed_by INTEGER REFERENCES officer (id);

ALTER TABLE administrator ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE administrator ADD COLUMN changed_at INTEGER;
ALTER TABLE administrator ADD COLUMN changed_by INTEGER REFERENCES officer (id);

-- who and when are recorded_at and officer_id already
ALTER TABLE alert_response ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
