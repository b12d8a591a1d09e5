-- Schema version 16: a bulk load (the demo log, issue 18) builds the search indexes once at its end
-- instead of alert by alert, which made FTS5 write and merge a segment per alert. The triggers that
-- keep alert_trigram and alert_words wait here meanwhile. A load that stopped halfway leaves them
-- here; the next open puts them back and rebuilds both indexes from the texts.
CREATE TABLE search_trigger_set_aside (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
);
