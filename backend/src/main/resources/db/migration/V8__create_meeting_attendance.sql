-- Who is invited to a meeting, what they answered (attending or apologies, afbud) and, on the day,
-- whether they were there. One row per person and meeting.
CREATE TABLE meeting_attendance (
    id           uuid PRIMARY KEY,
    meeting_id   uuid        NOT NULL REFERENCES meeting (id),
    person_id    uuid        NOT NULL REFERENCES person (id),
    organisation_id uuid     REFERENCES organisation (id),
    response     varchar(20) NOT NULL CHECK (response IN ('INVITED', 'ATTENDING', 'APOLOGIES')),
    reason       varchar(500),
    presence     varchar(20) CHECK (presence IN ('PRESENT', 'ABSENT')),
    responded_at timestamptz,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT meeting_attendance_once UNIQUE (meeting_id, person_id)
);

-- "My meetings" and the personal calendar look attendance up by person.
CREATE INDEX meeting_attendance_person_idx ON meeting_attendance (person_id, meeting_id);
