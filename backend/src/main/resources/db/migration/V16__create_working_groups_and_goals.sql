-- Working groups the partnership sets up (by a decision at a meeting, or directly), with their
-- mandate, and goals under a focus area or a working group, followed through indicators.
CREATE TABLE working_group (
    id                   uuid PRIMARY KEY,
    partnership_id       uuid         NOT NULL REFERENCES partnership (id),
    name                 varchar(300) NOT NULL,
    mandate              text,
    focus_area_id        uuid REFERENCES focus_area (id),
    lead_organisation_id uuid REFERENCES organisation (id),
    deadline             date,
    status               varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    closing_report       text,
    closed_at            timestamptz,
    decision_id          uuid REFERENCES decision (id),
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    deleted_at           timestamptz,
    version              bigint       NOT NULL DEFAULT 0,
    CONSTRAINT working_group_closed_has_report CHECK (status = 'ACTIVE' OR closing_report IS NOT NULL)
);
CREATE INDEX working_group_partnership_idx ON working_group (partnership_id, status, lower(name), id);
CREATE INDEX working_group_decision_idx ON working_group (decision_id) WHERE decision_id IS NOT NULL;
CREATE INDEX working_group_focus_area_idx ON working_group (focus_area_id);

CREATE TABLE working_group_member (
    working_group_id uuid NOT NULL REFERENCES working_group (id),
    person_id        uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (working_group_id, person_id)
);
CREATE INDEX working_group_member_person_idx ON working_group_member (person_id);

CREATE TABLE goal (
    id                          uuid PRIMARY KEY,
    partnership_id              uuid          NOT NULL REFERENCES partnership (id),
    focus_area_id               uuid REFERENCES focus_area (id),
    working_group_id            uuid REFERENCES working_group (id),
    title                       varchar(300)  NOT NULL,
    description                 varchar(5000),
    success_criterion           varchar(2000),
    due_date                    date,
    responsible_organisation_id uuid REFERENCES organisation (id),
    status                      varchar(10)   NOT NULL CHECK (status IN ('ACTIVE', 'ACHIEVED', 'DROPPED')),
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    deleted_at                  timestamptz,
    version                     bigint        NOT NULL DEFAULT 0
);
CREATE INDEX goal_partnership_idx ON goal (partnership_id, status, lower(title), id);
CREATE INDEX goal_working_group_idx ON goal (working_group_id);
CREATE INDEX goal_focus_area_idx ON goal (focus_area_id);

CREATE TABLE goal_indicator (
    goal_id      uuid NOT NULL REFERENCES goal (id),
    indicator_id uuid NOT NULL REFERENCES indicator (id),
    PRIMARY KEY (goal_id, indicator_id)
);
CREATE INDEX goal_indicator_indicator_idx ON goal_indicator (indicator_id);
