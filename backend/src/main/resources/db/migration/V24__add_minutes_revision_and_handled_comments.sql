-- The secretariat may take minutes that are out for comments back to a draft to work the comments
-- in. Until the revised draft is sent again or approved, this says it has been through a comment
-- round: it may be approved on that round's terms (after its deadline, or at a meeting).
ALTER TABLE meeting ADD COLUMN minutes_revised_at timestamptz;

-- A comment is marked handled once the secretariat has worked it in (or decided how to answer it).
ALTER TABLE minutes_comment
    ADD COLUMN handled_at timestamptz,
    ADD COLUMN handled_by uuid REFERENCES person (id),
    ADD CONSTRAINT minutes_comment_handled_by_someone CHECK ((handled_at IS NULL) = (handled_by IS NULL));
