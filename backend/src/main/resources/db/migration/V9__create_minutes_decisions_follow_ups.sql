-- Minutes are written per agenda item; the meeting carries the minutes' workflow:
-- DRAFT -> IN_COMMENT (sent to the members with a comment deadline) -> APPROVED -> PUBLISHED.
ALTER TABLE agenda_item ADD COLUMN minutes text;

ALTER TABLE meeting
    ADD COLUMN minutes_status varchar(20) NOT NULL DEFAULT 'DRAFT'
        CHECK (minutes_status IN ('DRAFT', 'IN_COMMENT', 'APPROVED', 'PUBLISHED')),
    ADD COLUMN minutes_comment_deadline date,
    ADD COLUMN minutes_sent_at timestamptz,
    ADD COLUMN minutes_approved_at timestamptz,
    ADD COLUMN minutes_published_at timestamptz;

CREATE TABLE minutes_comment (
    id             uuid PRIMARY KEY,
    meeting_id     uuid          NOT NULL REFERENCES meeting (id),
    agenda_item_id uuid          NOT NULL REFERENCES agenda_item (id),
    person_id      uuid          NOT NULL REFERENCES person (id),
    text           varchar(4000) NOT NULL,
    created_at     timestamptz   NOT NULL
);

CREATE INDEX minutes_comment_meeting_idx ON minutes_comment (meeting_id, created_at, id);

CREATE TABLE decision (
    id             uuid PRIMARY KEY,
    partnership_id uuid          NOT NULL REFERENCES partnership (id),
    meeting_id     uuid          NOT NULL REFERENCES meeting (id),
    agenda_item_id uuid          NOT NULL REFERENCES agenda_item (id),
    text           varchar(4000) NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    deleted_at     timestamptz,
    version        bigint        NOT NULL DEFAULT 0
);

-- The register lists a partnership's decisions newest meeting first; an item shows its own.
CREATE INDEX decision_partnership_idx ON decision (partnership_id, created_at DESC, id);
CREATE INDEX decision_item_idx ON decision (agenda_item_id);
CREATE INDEX decision_meeting_idx ON decision (meeting_id);

CREATE TABLE follow_up_item (
    id                          uuid PRIMARY KEY,
    partnership_id              uuid          NOT NULL REFERENCES partnership (id),
    meeting_id                  uuid          NOT NULL REFERENCES meeting (id),
    agenda_item_id              uuid          NOT NULL REFERENCES agenda_item (id),
    title                       varchar(1000) NOT NULL,
    responsible_organisation_id uuid REFERENCES organisation (id),
    responsible_person_id       uuid REFERENCES person (id),
    due_date                    date,
    status                      varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    note                        varchar(2000),
    done_at                     timestamptz,
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    deleted_at                  timestamptz,
    version                     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT follow_up_has_someone CHECK (responsible_organisation_id IS NOT NULL OR responsible_person_id IS NOT NULL)
);

-- A partnership's open items by due date (and the next agenda's suggestions); "my follow-up items"
-- by person and by organisation; an item's own follow-ups.
CREATE INDEX follow_up_partnership_idx ON follow_up_item (partnership_id, status, due_date, id);
CREATE INDEX follow_up_person_idx ON follow_up_item (responsible_person_id, status, due_date);
CREATE INDEX follow_up_organisation_idx ON follow_up_item (responsible_organisation_id, status, due_date);
CREATE INDEX follow_up_item_idx ON follow_up_item (agenda_item_id);
CREATE INDEX follow_up_meeting_idx ON follow_up_item (meeting_id);
