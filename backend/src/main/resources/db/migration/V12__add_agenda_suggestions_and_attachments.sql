-- Where an agenda item came from: a follow-up item due before the meeting, or an item of the
-- previous meeting that was not dealt with. Suggestions leave out what is already on the agenda.
ALTER TABLE agenda_item
    ADD COLUMN follow_up_id      uuid REFERENCES follow_up_item (id),
    ADD COLUMN carried_over_from uuid REFERENCES agenda_item (id);
CREATE INDEX agenda_item_follow_up_idx ON agenda_item (follow_up_id) WHERE follow_up_id IS NOT NULL;
CREATE INDEX agenda_item_carried_over_idx ON agenda_item (carried_over_from) WHERE carried_over_from IS NOT NULL;

-- Files on agenda items (background papers, slides). The content is only read on download.
CREATE TABLE agenda_attachment (
    id             uuid PRIMARY KEY,
    partnership_id uuid         NOT NULL REFERENCES partnership (id),
    meeting_id     uuid         NOT NULL REFERENCES meeting (id),
    agenda_item_id uuid         NOT NULL REFERENCES agenda_item (id),
    filename       varchar(255) NOT NULL,
    content_type   varchar(100) NOT NULL,
    size_bytes     integer      NOT NULL CHECK (size_bytes > 0),
    sha256         char(64)     NOT NULL,
    content        bytea        NOT NULL,
    uploaded_at    timestamptz  NOT NULL,
    uploaded_by    varchar(200) NOT NULL
);
CREATE INDEX agenda_attachment_meeting_idx ON agenda_attachment (meeting_id, agenda_item_id, uploaded_at);
CREATE INDEX agenda_attachment_item_idx ON agenda_attachment (agenda_item_id);
