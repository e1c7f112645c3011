-- Indicators: what a partnership measures to see whether it is working (issue: goals and
-- indicators). Values are kept per indicator × period × area; a correction keeps the old value
-- in measurement_revision.
CREATE TABLE indicator (
    id                    uuid PRIMARY KEY,
    partnership_id        uuid          NOT NULL REFERENCES partnership (id),
    code                  varchar(30)   NOT NULL,
    name                  varchar(300)  NOT NULL,
    description           varchar(5000),
    unit                  varchar(50)   NOT NULL,
    up_is_good            boolean       NOT NULL,
    frequency             varchar(10)   NOT NULL CHECK (frequency IN ('MONTH', 'QUARTER', 'YEAR')),
    aggregation           varchar(10)   NOT NULL CHECK (aggregation IN ('SUM', 'AVERAGE', 'LAST')),
    allow_negative        boolean       NOT NULL DEFAULT false,
    baseline_value        numeric(18, 4),
    baseline_period       varchar(10),
    target_value          numeric(18, 4),
    target_period         varchar(10),
    data_source           varchar(500),
    owner_organisation_id uuid REFERENCES organisation (id),
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    deleted_at            timestamptz,
    version               bigint        NOT NULL DEFAULT 0,
    CONSTRAINT indicator_baseline_complete CHECK ((baseline_value IS NULL) = (baseline_period IS NULL)),
    CONSTRAINT indicator_target_complete CHECK ((target_value IS NULL) = (target_period IS NULL))
);
CREATE UNIQUE INDEX indicator_code_uk ON indicator (partnership_id, lower(code)) WHERE deleted_at IS NULL;
CREATE INDEX indicator_partnership_idx ON indicator (partnership_id, code);
CREATE INDEX indicator_owner_idx ON indicator (owner_organisation_id);

-- The areas an indicator is broken down by (the three kommuner, boligområder); one area "I alt"
-- when it is not broken down.
CREATE TABLE indicator_area (
    id           uuid PRIMARY KEY,
    indicator_id uuid         NOT NULL REFERENCES indicator (id),
    name         varchar(200) NOT NULL,
    position     integer      NOT NULL
);
CREATE UNIQUE INDEX indicator_area_name_uk ON indicator_area (indicator_id, lower(name));

CREATE TABLE measurement (
    id           uuid PRIMARY KEY,
    indicator_id uuid           NOT NULL REFERENCES indicator (id),
    area_id      uuid           NOT NULL REFERENCES indicator_area (id),
    period       varchar(10)    NOT NULL,
    period_start date           NOT NULL,
    value        numeric(18, 4) NOT NULL,
    source       varchar(300),
    note         varchar(1000),
    entered_at   timestamptz    NOT NULL,
    entered_by   varchar(200)   NOT NULL,
    version      bigint         NOT NULL DEFAULT 0,
    CONSTRAINT measurement_uk UNIQUE (indicator_id, area_id, period)
);
-- A series query reads one indicator's values in time order for all its areas from this index alone.
CREATE INDEX measurement_series_idx ON measurement (indicator_id, period_start, area_id) INCLUDE (value);

CREATE TABLE measurement_revision (
    id             uuid PRIMARY KEY,
    measurement_id uuid           NOT NULL REFERENCES measurement (id),
    old_value      numeric(18, 4) NOT NULL,
    old_source     varchar(300),
    old_note       varchar(1000),
    old_entered_at timestamptz    NOT NULL,
    old_entered_by varchar(200)   NOT NULL,
    revised_at     timestamptz    NOT NULL,
    revised_by     varchar(200)   NOT NULL
);
CREATE INDEX measurement_revision_idx ON measurement_revision (measurement_id, revised_at DESC);
