-- Terms and chair periods can be deleted and restored like focus areas and members.
ALTER TABLE term ADD COLUMN deleted_at timestamptz;
ALTER TABLE term ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE chair_period ADD COLUMN deleted_at timestamptz;
ALTER TABLE chair_period ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
