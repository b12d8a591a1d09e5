-- Schema version 8: search finds parts of words ("inbraak" in "Woninginbraak", "123" in "D-123-BC").
--
-- Dutch glues words together, so a word index cannot find the second half of a compound. Two indexes
-- replace the one word index of version 1:
--   alert_trigram  every three characters of the text: a typed part of three or more characters is a
--                  phrase of its trigrams, found anywhere, newest first, without reading the table;
--   alert_words    the words, with prefix indexes of one and two characters: a shorter typed part
--                  (trigrams need three) matches the start of a word, read as one list, newest first.
-- alert_words only ever answers single-token prefixes, so it keeps row ids only (detail=none).
-- Both are external-content tables over alert.text, kept by the triggers below, and both remove
-- a redacted text's entries at once (secure-delete), as alert_fts did.

DROP TRIGGER alert_fts_insert;
DROP TRIGGER alert_fts_delete;
DROP TRIGGER alert_fts_update_remove;
DROP TRIGGER alert_fts_update_add;
DROP TABLE alert_fts_vocab;
DROP TABLE alert_fts;

CREATE VIRTUAL TABLE alert_trigram USING fts5 (
    text,
    content = 'alert',
    content_rowid = 'id',
    tokenize = 'trigram remove_diacritics 1'
);

CREATE VIRTUAL TABLE alert_words USING fts5 (
    text,
    content = 'alert',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2',
    detail = none
);

INSERT INTO alert_trigram (alert_trigram, rank) VALUES ('secure-delete', 1);
INSERT INTO alert_words (alert_words, rank) VALUES ('secure-delete', 1);

-- Only texts that are there: a redacted alert has none and is in neither index.
INSERT INTO alert_trigram (rowid, text) SELECT id, text FROM alert WHERE text IS NOT NULL;
INSERT INTO alert_words (rowid, text) SELECT id, text FROM alert WHERE text IS NOT NULL;

CREATE TRIGGER alert_search_insert AFTER INSERT ON alert
WHEN NEW.text IS NOT NULL
BEGIN
    INSERT INTO alert_trigram (rowid, text) VALUES (NEW.id, NEW.text);
    INSERT INTO alert_words (rowid, text) VALUES (NEW.id, NEW.text);
END;

CREATE TRIGGER alert_search_delete AFTER DELETE ON alert
WHEN OLD.text IS NOT NULL
BEGIN
    INSERT INTO alert_trigram (alert_trigram, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    INSERT INTO alert_words (alert_words, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;

CREATE TRIGGER alert_search_update_remove AFTER UPDATE OF text ON alert
WHEN OLD.text IS NOT NULL AND NEW.text IS NOT OLD.text
BEGIN
    INSERT INTO alert_trigram (alert_trigram, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    INSERT INTO alert_words (alert_words, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;

CREATE TRIGGER alert_search_update_add AFTER UPDATE OF text ON alert
WHEN NEW.text IS NOT NULL AND NEW.text IS NOT OLD.text
BEGIN
    INSERT INTO alert_trigram (rowid, text) VALUES (NEW.id, NEW.text);
    INSERT INTO alert_words (rowid, text) VALUES (NEW.id, NEW.text);
END;
