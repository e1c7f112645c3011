-- Search reaches the partnership's own things: goals, indicators, activities, proposals, working
-- groups, focus areas and the agreement's text. As for the meetings (V11, V14), each gets one stored
-- text over its fields, so a thing matching in several fields is one hit, and two GIN indexes: the
-- Danish vector for inflections and leading compound parts, trigrams for a part anywhere in a word
-- ("indbr" in "indbrud"). pg_trgm exists since V11 (a trusted extension the database owner may create).
-- Rich text (a working group's mandate and report, the rules of procedure) is searched without its tags.

ALTER TABLE goal
    ADD COLUMN search_text text GENERATED ALWAYS AS (title || ' ' || coalesce(description, '') || ' ' || coalesce(success_criterion, '')) STORED,
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || coalesce(description, '') || ' ' || coalesce(success_criterion, ''))) STORED;
CREATE INDEX goal_search_tsv_idx ON goal USING gin (search_tsv);
CREATE INDEX goal_search_trgm_idx ON goal USING gin (search_text gin_trgm_ops);

ALTER TABLE indicator
    ADD COLUMN search_text text GENERATED ALWAYS AS (code || ' ' || name || ' ' || coalesce(description, '') || ' ' || coalesce(data_source, '')) STORED,
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', code || ' ' || name || ' ' || coalesce(description, '') || ' ' || coalesce(data_source, ''))) STORED;
CREATE INDEX indicator_search_tsv_idx ON indicator USING gin (search_tsv);
CREATE INDEX indicator_search_trgm_idx ON indicator USING gin (search_text gin_trgm_ops);

ALTER TABLE activity
    ADD COLUMN search_text text GENERATED ALWAYS AS (title || ' ' || coalesce(description, '') || ' ' || coalesce(track, '') || ' ' || coalesce(target_group, '') || ' ' || coalesce(responsible, '') || ' ' || coalesce(intended_outcome, '')) STORED,
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || coalesce(description, '') || ' ' || coalesce(track, '') || ' ' || coalesce(target_group, '') || ' ' || coalesce(responsible, '') || ' ' || coalesce(intended_outcome, ''))) STORED;
CREATE INDEX activity_search_tsv_idx ON activity USING gin (search_tsv);
CREATE INDEX activity_search_trgm_idx ON activity USING gin (search_text gin_trgm_ops);

ALTER TABLE proposal
    ADD COLUMN search_text text GENERATED ALWAYS AS (title || ' ' || coalesce(description, '') || ' ' || coalesce(answer_reason, '')) STORED,
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || coalesce(description, '') || ' ' || coalesce(answer_reason, ''))) STORED;
CREATE INDEX proposal_search_tsv_idx ON proposal USING gin (search_tsv);
CREATE INDEX proposal_search_trgm_idx ON proposal USING gin (search_text gin_trgm_ops);

ALTER TABLE working_group
    ADD COLUMN search_text text GENERATED ALWAYS AS (name || ' ' || coalesce(regexp_replace(mandate, '<[^>]*>', ' ', 'g'), '') || ' ' || coalesce(regexp_replace(closing_report, '<[^>]*>', ' ', 'g'), '')) STORED,
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', name || ' ' || coalesce(regexp_replace(mandate, '<[^>]*>', ' ', 'g'), '') || ' ' || coalesce(regexp_replace(closing_report, '<[^>]*>', ' ', 'g'), ''))) STORED;
CREATE INDEX working_group_search_tsv_idx ON working_group USING gin (search_tsv);
CREATE INDEX working_group_search_trgm_idx ON working_group USING gin (search_text gin_trgm_ops);

ALTER TABLE focus_area
    ADD COLUMN search_text text GENERATED ALWAYS AS (title || ' ' || coalesce(description, '')) STORED,
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX focus_area_search_tsv_idx ON focus_area USING gin (search_tsv);
CREATE INDEX focus_area_search_trgm_idx ON focus_area USING gin (search_text gin_trgm_ops);

ALTER TABLE partnership
    ADD COLUMN search_text text GENERATED ALWAYS AS (coalesce(description, '') || ' ' || coalesce(regexp_replace(rules_of_procedure, '<[^>]*>', ' ', 'g'), '') || ' ' || coalesce(economy_notes, '')) STORED,
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', coalesce(description, '') || ' ' || coalesce(regexp_replace(rules_of_procedure, '<[^>]*>', ' ', 'g'), '') || ' ' || coalesce(economy_notes, ''))) STORED;
CREATE INDEX partnership_search_tsv_idx ON partnership USING gin (search_tsv);
CREATE INDEX partnership_search_trgm_idx ON partnership USING gin (search_text gin_trgm_ops);

ALTER TABLE partnership_purpose
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', text)) STORED;
CREATE INDEX partnership_purpose_search_tsv_idx ON partnership_purpose USING gin (search_tsv);
CREATE INDEX partnership_purpose_search_trgm_idx ON partnership_purpose USING gin (text gin_trgm_ops);
