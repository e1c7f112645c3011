-- The search computed to_tsvector for every candidate row when a common word made PostgreSQL
-- scan instead of using the index (and for ranking every hit); stored vectors make both cheap.
ALTER TABLE agenda_item
    ADD COLUMN agenda_tsv tsvector GENERATED ALWAYS AS
        (to_tsvector('danish', title || ' ' || coalesce(regexp_replace(background, '<[^>]*>', ' ', 'g'), ''))) STORED,
    ADD COLUMN minutes_tsv tsvector GENERATED ALWAYS AS
        (to_tsvector('danish', coalesce(regexp_replace(minutes, '<[^>]*>', ' ', 'g'), ''))) STORED;
ALTER TABLE decision
    ADD COLUMN text_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', text)) STORED;
ALTER TABLE follow_up_item
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || coalesce(note, ''))) STORED;

DROP INDEX agenda_item_text_fts_idx;
DROP INDEX agenda_item_minutes_fts_idx;
DROP INDEX decision_text_fts_idx;
DROP INDEX follow_up_text_fts_idx;
CREATE INDEX agenda_item_agenda_tsv_idx ON agenda_item USING gin (agenda_tsv);
CREATE INDEX agenda_item_minutes_tsv_idx ON agenda_item USING gin (minutes_tsv);
CREATE INDEX decision_text_tsv_idx ON decision USING gin (text_tsv);
CREATE INDEX follow_up_search_tsv_idx ON follow_up_item USING gin (search_tsv);
