-- The log's search reads the folded text (lower case, no accents) of every candidate row. Folding on
-- the fly calls unaccent per row: a search whose word is in a few hundred of 20,000 alerts took 60-80 ms.
-- Kept once per row instead, as a generated column; its indexes replace the expression indexes.
ALTER TABLE alert ADD COLUMN text_folded text GENERATED ALWAYS AS (meldtafel_fold(text)) STORED;
DROP INDEX alert_text_trigram_idx;
DROP INDEX alert_text_words_idx;
CREATE INDEX alert_text_trigram_idx ON alert USING gin (text_folded gin_trgm_ops);
CREATE INDEX alert_text_words_idx ON alert USING gin (to_tsvector('simple'::regconfig, coalesce(text_folded, '')));
