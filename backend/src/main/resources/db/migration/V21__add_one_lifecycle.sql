-- One lifecycle for every editable row: when and by whom it was created and last changed, and when
-- it was deleted (soft). Rows from before get the best creation time they have; who wrote them is
-- in the audit trail.
ALTER TABLE goal ADD COLUMN created_by varchar(200), ADD COLUMN updated_by varchar(200);
ALTER TABLE activity ADD COLUMN created_by varchar(200), ADD COLUMN updated_by varchar(200);
ALTER TABLE working_group ADD COLUMN created_by varchar(200), ADD COLUMN updated_by varchar(200);
ALTER TABLE decision ADD COLUMN created_by varchar(200), ADD COLUMN updated_by varchar(200);
ALTER TABLE follow_up_item ADD COLUMN created_by varchar(200), ADD COLUMN updated_by varchar(200);
ALTER TABLE indicator ADD COLUMN created_by varchar(200), ADD COLUMN updated_by varchar(200);
ALTER TABLE partnership_member ADD COLUMN created_by varchar(200), ADD COLUMN updated_by varchar(200);

ALTER TABLE meeting ADD COLUMN created_by varchar(200), ADD COLUMN updated_by varchar(200),
    ADD COLUMN deleted_at timestamptz;
ALTER TABLE proposal ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN created_by varchar(200),
    ADD COLUMN updated_by varchar(200), ADD COLUMN deleted_at timestamptz;
ALTER TABLE term ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN created_by varchar(200),
    ADD COLUMN updated_by varchar(200);
ALTER TABLE chair_period ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN created_by varchar(200),
    ADD COLUMN updated_by varchar(200);
ALTER TABLE focus_area ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN created_by varchar(200),
    ADD COLUMN updated_by varchar(200);
ALTER TABLE party ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN created_by varchar(200),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN updated_by varchar(200);
ALTER TABLE signatory ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN created_by varchar(200),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN updated_by varchar(200);
ALTER TABLE agenda_item ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN created_by varchar(200),
    ADD COLUMN updated_by varchar(200);
ALTER TABLE meeting_attendance ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN created_by varchar(200),
    ADD COLUMN updated_by varchar(200), ADD COLUMN deleted_at timestamptz;
ALTER TABLE partnership ADD COLUMN deleted_at timestamptz;

UPDATE proposal SET created_at = proposed_at;
UPDATE term SET created_at = updated_at;
UPDATE chair_period SET created_at = updated_at;
UPDATE focus_area SET created_at = updated_at;
UPDATE agenda_item SET created_at = updated_at;
UPDATE meeting_attendance SET created_at = coalesce(responded_at, updated_at);
