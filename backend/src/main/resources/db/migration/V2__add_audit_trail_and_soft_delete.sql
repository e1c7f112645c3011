-- Append-only audit trail of every write, and soft deletion so that the secretariat can restore
-- what was removed.

CREATE TABLE audit_event (
    id              uuid PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL,
    actor_id        uuid,
    actor_name      varchar(200) NOT NULL,
    partnership_id  uuid,
    entity_type     varchar(40)  NOT NULL,
    entity_id       uuid         NOT NULL,
    action          varchar(20)  NOT NULL,
    summary         varchar(500) NOT NULL,
    before          jsonb,
    after           jsonb,
    CONSTRAINT audit_event_action_check CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'RESTORED'))
);
-- A partnership's history, newest first; an entity's history (restore looks up the deletion).
CREATE INDEX audit_event_partnership_idx ON audit_event (partnership_id, occurred_at DESC, id);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at DESC);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

ALTER TABLE focus_area ADD COLUMN deleted_at timestamptz;
ALTER TABLE partnership_member ADD COLUMN deleted_at timestamptz;

-- Numbers and memberships must be unique among the living only, so a deleted row does not block
-- reusing its number or re-adding the person.
ALTER TABLE focus_area DROP CONSTRAINT focus_area_number_uk;
CREATE UNIQUE INDEX focus_area_number_uk ON focus_area (partnership_id, number) WHERE deleted_at IS NULL;
ALTER TABLE partnership_member DROP CONSTRAINT partnership_member_uk;
CREATE UNIQUE INDEX partnership_member_uk ON partnership_member (partnership_id, person_id) WHERE deleted_at IS NULL;

ALTER TABLE partnership_member ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE focus_area ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
