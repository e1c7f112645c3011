-- Published minutes do not change. Each publication is kept as a version; a correction reopens
-- the minutes as a draft and its publication becomes the next version, with the reason given.
CREATE TABLE minutes_version (
    meeting_id   uuid         NOT NULL REFERENCES meeting (id),
    number       integer      NOT NULL CHECK (number > 0),
    published_at timestamptz  NOT NULL,
    published_by varchar(200) NOT NULL,
    reason       varchar(2000),
    content      jsonb        NOT NULL,
    PRIMARY KEY (meeting_id, number)
);

ALTER TABLE meeting
    ADD COLUMN minutes_version           integer NOT NULL DEFAULT 0,
    ADD COLUMN minutes_correction_reason varchar(2000);
