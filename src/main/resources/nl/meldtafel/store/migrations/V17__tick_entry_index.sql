-- Schema version 17: log verify holds every tick of the paste checklist against the chain (issue 18).
-- Without an index on the TICKED entries by alert and group, finding a tick without an entry or an
-- entry chained twice looked up each of 1.6 million entries in the table: 5-6 s of a verify at a
-- million alerts, 1 s with this index.
CREATE INDEX audit_entry_tick_idx ON audit_entry (alert_id, subject_id) WHERE event = 'TICKED';
