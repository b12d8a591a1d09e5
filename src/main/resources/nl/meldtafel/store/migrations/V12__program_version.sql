-- Schema version 12: the database records which Meldtafel wrote it last.
--
-- One row, rewritten when a different version opens the file for writing. An older desk that finds a
-- newer schema reads it (read-only, before refusing), so its message names both versions.

CREATE TABLE program_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version TEXT    NOT NULL
);
