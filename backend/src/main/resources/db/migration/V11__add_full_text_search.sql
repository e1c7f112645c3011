-- Search over agendas, minutes, decisions and follow-up items. Two indexes per text: the Danish
-- stemmer finds inflections and leading compound parts (a prefix query 'tryghed:*' finds
-- "tryghedsvandring"); trigrams find a part anywhere in a compound ("vandring" in the same word).
-- pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Rich text is searched without its tags.
ALTER TABLE agenda_item
    ADD COLUMN agenda_text text GENERATED ALWAYS AS
        (title || ' ' || coalesce(regexp_replace(background, '<[^>]*>', ' ', 'g'), '')) STORED,
    ADD COLUMN minutes_text text GENERATED ALWAYS AS
        (regexp_replace(minutes, '<[^>]*>', ' ', 'g')) STORED;
ALTER TABLE follow_up_item
    ADD COLUMN search_text text GENERATED ALWAYS AS (title || ' ' || coalesce(note, '')) STORED;

CREATE INDEX agenda_item_text_fts_idx ON agenda_item USING gin (to_tsvector('danish', agenda_text));
CREATE INDEX agenda_item_text_trgm_idx ON agenda_item USING gin (agenda_text gin_trgm_ops);
CREATE INDEX agenda_item_minutes_fts_idx ON agenda_item USING gin (to_tsvector('danish', coalesce(minutes_text, '')));
CREATE INDEX agenda_item_minutes_trgm_idx ON agenda_item USING gin (minutes_text gin_trgm_ops);
CREATE INDEX decision_text_fts_idx ON decision USING gin (to_tsvector('danish', text));
CREATE INDEX decision_text_trgm_idx ON decision USING gin (text gin_trgm_ops);
CREATE INDEX follow_up_text_fts_idx ON follow_up_item USING gin (to_tsvector('danish', search_text));
CREATE INDEX follow_up_text_trgm_idx ON follow_up_item USING gin (search_text gin_trgm_ops);
