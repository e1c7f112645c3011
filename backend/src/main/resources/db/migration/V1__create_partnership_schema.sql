-- Core schema of the walking skeleton: organisations, people, partnerships and what an agreement
-- consists of (purposes, principles, parties with signatories, terms, chair periods, focus areas,
-- milestones) and who is a member of which partnership with which role.

CREATE TABLE organisation (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    kind        varchar(30)  NOT NULL,
    cvr         char(8),
    active      boolean      NOT NULL DEFAULT true,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(200) NOT NULL DEFAULT 'system',
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(200) NOT NULL DEFAULT 'system',
    CONSTRAINT organisation_kind_check CHECK (kind IN ('KOMMUNE', 'POLITIKREDS', 'BOLIGORGANISATION', 'FORENING', 'OTHER')),
    CONSTRAINT organisation_cvr_check CHECK (cvr IS NULL OR cvr ~ '^[0-9]{8}$')
);
CREATE UNIQUE INDEX organisation_name_uk ON organisation (lower(name));

-- A person is created from the token on first request (keyed by the token subject) or invited
-- beforehand by e-mail; the first login with that e-mail binds the subject.
CREATE TABLE person (
    id              uuid PRIMARY KEY,
    subject         varchar(255),
    username        varchar(255),
    email           varchar(320),
    display_name    varchar(200) NOT NULL,
    organisation    varchar(200),
    last_seen_at    timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX person_subject_uk ON person (subject);
CREATE UNIQUE INDEX person_email_uk ON person (lower(email));

CREATE TABLE partnership (
    id                      uuid PRIMARY KEY,
    name                    varchar(300) NOT NULL,
    description             text,
    status                  varchar(30)  NOT NULL DEFAULT 'DRAFT',
    min_meetings_per_year   integer      NOT NULL DEFAULT 4,
    rules_of_procedure      text,
    economy_notes           text,
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    created_by              varchar(200) NOT NULL DEFAULT 'system',
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    updated_by              varchar(200) NOT NULL DEFAULT 'system',
    CONSTRAINT partnership_status_check CHECK (status IN ('DRAFT', 'ACTIVE', 'UNDER_EVALUATION', 'RENEWED', 'ENDED')),
    CONSTRAINT partnership_min_meetings_check CHECK (min_meetings_per_year BETWEEN 0 AND 52)
);
CREATE INDEX partnership_name_idx ON partnership (lower(name), id);
CREATE INDEX partnership_created_idx ON partnership (created_at, id);

CREATE TABLE partnership_purpose (
    partnership_id  uuid          NOT NULL,
    position        integer       NOT NULL,
    text            varchar(2000) NOT NULL,
    CONSTRAINT partnership_purpose_pk PRIMARY KEY (partnership_id, position),
    CONSTRAINT partnership_purpose_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE
);

CREATE TABLE partnership_principle (
    partnership_id  uuid         NOT NULL,
    position        integer      NOT NULL,
    name            varchar(200) NOT NULL,
    CONSTRAINT partnership_principle_pk PRIMARY KEY (partnership_id, position),
    CONSTRAINT partnership_principle_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE
);

CREATE TABLE term (
    id                  uuid PRIMARY KEY,
    partnership_id      uuid        NOT NULL,
    start_date          date        NOT NULL,
    end_date            date        NOT NULL,
    kind                varchar(20) NOT NULL,
    signed_on           date,
    evaluation_outcome  text,
    note                text,
    version             bigint      NOT NULL DEFAULT 0,
    CONSTRAINT term_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT term_kind_check CHECK (kind IN ('INITIAL', 'RENEWAL')),
    CONSTRAINT term_dates_check CHECK (end_date > start_date)
);
CREATE INDEX term_partnership_idx ON term (partnership_id, start_date);

CREATE TABLE party (
    id               uuid PRIMARY KEY,
    partnership_id   uuid    NOT NULL,
    organisation_id  uuid    NOT NULL,
    position         integer NOT NULL,
    CONSTRAINT party_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT party_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT party_organisation_uk UNIQUE (partnership_id, organisation_id)
);
CREATE INDEX party_organisation_idx ON party (organisation_id);

CREATE TABLE signatory (
    id        uuid PRIMARY KEY,
    party_id  uuid         NOT NULL,
    term_id   uuid,
    position  integer      NOT NULL,
    name      varchar(200) NOT NULL,
    title     varchar(200),
    CONSTRAINT signatory_party_fk FOREIGN KEY (party_id) REFERENCES party (id) ON DELETE CASCADE,
    CONSTRAINT signatory_term_fk FOREIGN KEY (term_id) REFERENCES term (id) ON DELETE SET NULL
);
CREATE INDEX signatory_party_idx ON signatory (party_id, position);
CREATE INDEX signatory_term_idx ON signatory (term_id);

CREATE TABLE chair_period (
    id               uuid PRIMARY KEY,
    partnership_id   uuid NOT NULL,
    organisation_id  uuid NOT NULL,
    start_date       date NOT NULL,
    end_date         date NOT NULL,
    note             text,
    version          bigint NOT NULL DEFAULT 0,
    CONSTRAINT chair_period_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT chair_period_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT chair_period_dates_check CHECK (end_date >= start_date)
);
CREATE INDEX chair_period_partnership_idx ON chair_period (partnership_id, start_date);
CREATE INDEX chair_period_organisation_idx ON chair_period (organisation_id);

CREATE TABLE focus_area (
    id              uuid PRIMARY KEY,
    partnership_id  uuid         NOT NULL,
    number          integer      NOT NULL,
    title           varchar(300) NOT NULL,
    description     text,
    retired         boolean      NOT NULL DEFAULT false,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT focus_area_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT focus_area_number_uk UNIQUE (partnership_id, number)
);

CREATE TABLE milestone (
    id              uuid PRIMARY KEY,
    partnership_id  uuid         NOT NULL,
    occurs_on       date         NOT NULL,
    date_precision  varchar(10)  NOT NULL DEFAULT 'DAY',
    title           varchar(300) NOT NULL,
    description     text,
    CONSTRAINT milestone_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT milestone_precision_check CHECK (date_precision IN ('DAY', 'MONTH'))
);
CREATE INDEX milestone_partnership_idx ON milestone (partnership_id, occurs_on);

CREATE TABLE partnership_member (
    id               uuid PRIMARY KEY,
    partnership_id   uuid        NOT NULL,
    person_id        uuid        NOT NULL,
    role             varchar(20) NOT NULL,
    organisation_id  uuid,
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT partnership_member_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT partnership_member_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT partnership_member_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT partnership_member_role_check CHECK (role IN ('CHAIR', 'SECRETARIAT', 'MEMBER', 'OBSERVER')),
    CONSTRAINT partnership_member_uk UNIQUE (partnership_id, person_id)
);
-- "my partnerships": the list query starts from the caller's person id.
CREATE INDEX partnership_member_person_idx ON partnership_member (person_id, partnership_id);
CREATE INDEX partnership_member_organisation_idx ON partnership_member (organisation_id);
