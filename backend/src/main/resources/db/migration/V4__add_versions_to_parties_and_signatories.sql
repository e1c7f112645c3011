-- Parties and signatories are edited, deleted and restored like the other parts of an agreement.
ALTER TABLE party ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE party ADD COLUMN deleted_at timestamptz;
ALTER TABLE signatory ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE signatory ADD COLUMN deleted_at timestamptz;

-- A deleted party must not block adding the organisation again.
ALTER TABLE party DROP CONSTRAINT party_organisation_uk;
CREATE UNIQUE INDEX party_organisation_uk ON party (partnership_id, organisation_id) WHERE deleted_at IS NULL;
