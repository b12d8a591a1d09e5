-- Meldtafel schema version 2: the register of beheerdersgroepen, target defaults and the paste checklist.

-- target_group is a beheerdersgroep: the WhatsApp group of administrators the desk posts in.
-- Columns are added (not a rebuilt table) because alert_group references it.
ALTER TABLE target_group ADD COLUMN wijk TEXT NOT NULL DEFAULT '';
ALTER TABLE target_group ADD COLUMN gemeente TEXT NOT NULL DEFAULT '';
ALTER TABLE target_group ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE target_group ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE INDEX target_group_area_idx ON target_group (gemeente, wijk);

-- The foreign key of alert_group already refuses; this says why.
CREATE TRIGGER target_group_kept_after_alerts
BEFORE DELETE ON target_group
WHEN EXISTS (SELECT 1 FROM alert_group WHERE group_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'a group that received alerts cannot be deleted; deactivate it');
END;

-- A neighbourhood group (buurtgroep) from the municipal register. The police never posts in it;
-- its administrators sit in one beheerdersgroep. match_key (gemeente + name, normalised) recognises re-imports.
CREATE TABLE neighbourhood_group (
    id              INTEGER PRIMARY KEY,
    target_group_id INTEGER NOT NULL REFERENCES target_group (id),
    name            TEXT    NOT NULL CHECK (trim(name) <> ''),
    wijk            TEXT    NOT NULL DEFAULT '',
    gemeente        TEXT    NOT NULL DEFAULT '',
    match_key       TEXT    NOT NULL UNIQUE
);
CREATE INDEX neighbourhood_group_target_idx ON neighbourhood_group (target_group_id);

-- Personal data: read by the register only; no log table or query refers to it.
CREATE TABLE administrator (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE neighbourhood_admin (
    neighbourhood_group_id INTEGER NOT NULL REFERENCES neighbourhood_group (id) ON DELETE CASCADE,
    administrator_id       INTEGER NOT NULL REFERENCES administrator (id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    PRIMARY KEY (neighbourhood_group_id, administrator_id)
) WITHOUT ROWID;
CREATE INDEX neighbourhood_admin_admin_idx ON neighbourhood_admin (administrator_id);

-- The groups last chosen per kind of message: the default of the next form of that kind.
CREATE TABLE target_default (
    kind     TEXT    NOT NULL,
    group_id INTEGER NOT NULL REFERENCES target_group (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (kind, group_id)
) WITHOUT ROWID;

-- The paste checklist: one tick (or dismissal with a reason) per chosen group of a sent alert.
-- alert_group is fixed once sent, so the ticks live here; the foreign key allows chosen groups only.
CREATE TABLE alert_post (
    alert_id   INTEGER NOT NULL,
    group_id   INTEGER NOT NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('POSTED', 'DISMISSED')),
    at         INTEGER NOT NULL,
    officer_id INTEGER NOT NULL REFERENCES officer (id),
    os_account TEXT    NOT NULL,
    reason     TEXT,
    CHECK ((outcome = 'DISMISSED') = (reason IS NOT NULL AND trim(reason) <> '')),
    PRIMARY KEY (alert_id, group_id),
    FOREIGN KEY (alert_id, group_id) REFERENCES alert_group (alert_id, group_id)
) WITHOUT ROWID;
CREATE INDEX alert_post_group_idx ON alert_post (group_id);

CREATE TRIGGER alert_post_only_for_sent
BEFORE INSERT ON alert_post
WHEN (SELECT status FROM alert WHERE id = NEW.alert_id) = 'PENDING'
BEGIN
    SELECT RAISE(ABORT, 'an alert must be confirmed sent before its groups are ticked off');
END;

CREATE TRIGGER alert_post_no_update BEFORE UPDATE ON alert_post
BEGIN
    SELECT RAISE(ABORT, 'a tick of the paste checklist cannot be changed');
END;

CREATE TRIGGER alert_post_no_delete BEFORE DELETE ON alert_post
BEGIN
    SELECT RAISE(ABORT, 'a tick of the paste checklist cannot be deleted');
END;
