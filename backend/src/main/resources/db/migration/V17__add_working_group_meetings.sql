-- A working group meets too: its meetings are the partnership's meetings marked with the group,
-- and only its members (and the chair and secretariat) are invited to them.
ALTER TABLE meeting ADD COLUMN working_group_id uuid REFERENCES working_group (id);
CREATE INDEX meeting_working_group_idx ON meeting (working_group_id, starts_at) WHERE working_group_id IS NOT NULL;
