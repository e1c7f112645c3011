-- Meetings of a partnership and their agendas. Times are instants; the API and the SPA show them
-- in Europe/Copenhagen.
CREATE TABLE meeting (
    id                  uuid PRIMARY KEY,
    partnership_id      uuid         NOT NULL REFERENCES partnership (id),
    title               varchar(300) NOT NULL,
    starts_at           timestamptz  NOT NULL,
    duration_minutes    integer      NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
    place               varchar(300),
    online_url          varchar(1000),
    status              varchar(30)  NOT NULL
        CHECK (status IN ('PLANNED', 'AGENDA_PUBLISHED', 'HELD', 'CANCELLED')),
    cancellation_reason varchar(1000),
    agenda_published_at timestamptz,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);

-- The partnership's meeting list and the per-year count both walk this index.
CREATE INDEX meeting_partnership_idx ON meeting (partnership_id, starts_at, id);

CREATE TABLE agenda_item (
    id                    uuid PRIMARY KEY,
    meeting_id            uuid         NOT NULL REFERENCES meeting (id),
    position              integer      NOT NULL,
    title                 varchar(300) NOT NULL,
    background            text,
    kind                  varchar(20)  NOT NULL CHECK (kind IN ('INFORMATION', 'DISCUSSION', 'DECISION')),
    presenter             varchar(200),
    duration_minutes      integer CHECK (duration_minutes BETWEEN 1 AND 600),
    focus_area_id         uuid REFERENCES focus_area (id),
    changed_after_publish boolean      NOT NULL DEFAULT false,
    deleted_at            timestamptz,
    updated_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);

CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position, id);
CREATE INDEX agenda_item_focus_area_idx ON agenda_item (focus_area_id);
