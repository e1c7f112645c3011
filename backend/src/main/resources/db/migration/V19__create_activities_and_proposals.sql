-- Activities (indsatser): what the partnership does, in the shape of Furesø's activity tables
-- (activity, description, responsible, target group, intended outcome, per track), with kinds
-- such as safety walks whose report is attached.
CREATE TABLE activity (
    id                          uuid PRIMARY KEY,
    partnership_id              uuid          NOT NULL REFERENCES partnership (id),
    title                       varchar(300)  NOT NULL,
    description                 varchar(5000),
    kind                        varchar(20)   NOT NULL CHECK (kind IN ('SAFETY_WALK', 'HOTSPOT', 'CITIZENS_MEETING', 'CAMPAIGN',
                                                                       'COLLABORATION', 'OTHER')),
    track                       varchar(200),
    focus_area_id               uuid REFERENCES focus_area (id),
    target_group                varchar(1000),
    responsible                 varchar(500),
    responsible_organisation_id uuid REFERENCES organisation (id),
    intended_outcome            varchar(2000),
    special_focus               boolean       NOT NULL DEFAULT false,
    starts_on                   date,
    ends_on                     date,
    status                      varchar(10)   NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')),
    report_filename             varchar(255),
    report_content_type         varchar(100),
    report_size                 integer,
    report_content              bytea,
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    deleted_at                  timestamptz,
    version                     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT activity_period_order CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX activity_partnership_idx ON activity (partnership_id, track, lower(title), id);
CREATE INDEX activity_focus_area_idx ON activity (focus_area_id);

CREATE TABLE activity_goal (
    activity_id uuid NOT NULL REFERENCES activity (id),
    goal_id     uuid NOT NULL REFERENCES goal (id),
    PRIMARY KEY (activity_id, goal_id)
);
CREATE INDEX activity_goal_goal_idx ON activity_goal (goal_id);

CREATE TABLE activity_indicator (
    activity_id  uuid NOT NULL REFERENCES activity (id),
    indicator_id uuid NOT NULL REFERENCES indicator (id),
    PRIMARY KEY (activity_id, indicator_id)
);
CREATE INDEX activity_indicator_indicator_idx ON activity_indicator (indicator_id);

-- A member or observer (a lokalråd) proposes a focus area or an activity; the secretariat puts it
-- on an agenda, and the decision answers it.
CREATE TABLE proposal (
    id             uuid PRIMARY KEY,
    partnership_id uuid          NOT NULL REFERENCES partnership (id),
    kind           varchar(20)   NOT NULL CHECK (kind IN ('FOCUS_AREA', 'ACTIVITY')),
    title          varchar(300)  NOT NULL,
    description    varchar(5000),
    proposed_by    uuid          NOT NULL REFERENCES person (id),
    proposed_at    timestamptz   NOT NULL,
    status         varchar(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'ON_AGENDA', 'ACCEPTED', 'REJECTED')),
    agenda_item_id uuid REFERENCES agenda_item (id),
    decision_id    uuid REFERENCES decision (id),
    answer_reason  varchar(2000),
    answered_at    timestamptz,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL DEFAULT 0,
    CONSTRAINT proposal_answer_has_reason CHECK (status NOT IN ('ACCEPTED', 'REJECTED') OR answer_reason IS NOT NULL)
);
CREATE INDEX proposal_partnership_idx ON proposal (partnership_id, proposed_at DESC, id);
CREATE INDEX proposal_person_idx ON proposal (proposed_by);
