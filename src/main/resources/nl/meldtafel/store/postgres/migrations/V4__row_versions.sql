-- A version per row people edit, with who changed it last and when (SQLite's version 13).
--
-- Several desks may edit the same beheerdersgroep, buurtgroep, administrator or response. A change names
-- the version its form was loaded with; one that finds a newer version is refused with changed_by and
-- changed_at, so the officer is told who was first. target_group has had its version since V1.
-- Columns only: the desks' role already updates these tables, so desk-role.sql needs no new grant.
ALTER TABLE target_group ADD COLUMN changed_at bigint, ADD COLUMN changed_by bigint REFERENCES officer (id);

ALTER TABLE neighbourhood_group ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD COLUMN changed_at bigint, ADD COLUMN changed_by bigint REFERENCES officer (id);

ALTER TABLE administrator ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD COLUMN changed_at bigint, ADD COLUMN changed_by bigint REFERENCES officer (id);

-- who and when are recorded_at and officer_id already
ALTER TABLE alert_response ADD COLUMN version bigint NOT NULL DEFAULT 1;
