-- Schema version 10: the municipality's own number or code of a neighbourhood group.
--
-- A register file may give each group a number (Groepsnummer, ID, Code). Stored, it recognises a group
-- the municipality renamed between two imports, which the name alone cannot. '' when no file gave one.
-- Not UNIQUE: a number is the municipality's, so the same number in two gemeenten is two groups.
ALTER TABLE neighbourhood_group ADD COLUMN source_key TEXT NOT NULL DEFAULT '';
