-- Who may read each entry of the history, decided when the write is recorded, and the fields of an
-- entry that only the partnership's members (not observers or integrations) may read. Entries
-- recorded before this migration are classified from what their entity was at the time.
ALTER TABLE audit_event ADD COLUMN audience varchar(20) NOT NULL DEFAULT 'EVERYONE';
ALTER TABLE audit_event ADD COLUMN insider_fields text[] NOT NULL DEFAULT '{}';
ALTER TABLE audit_event ADD CONSTRAINT audit_event_audience_check
    CHECK (audience IN ('EDITORS', 'MEMBERS', 'PARTICIPANTS', 'EVERYONE'));

ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;

UPDATE audit_event SET audience = 'PARTICIPANTS', insider_fields = '{email}' WHERE entity_type = 'MEMBER';
UPDATE audit_event SET audience = 'PARTICIPANTS', insider_fields = '{reason}' WHERE entity_type = 'ATTENDANCE';
UPDATE audit_event SET audience = 'PARTICIPANTS' WHERE entity_type = 'PROPOSAL';
UPDATE audit_event SET audience = 'MEMBERS' WHERE entity_type = 'MINUTES_COMMENT';

-- A draft agenda: its items, their files and their order before the agenda was published.
UPDATE audit_event e SET audience = 'EDITORS'
FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
WHERE e.entity_type = 'AGENDA_ITEM' AND e.entity_id = a.id
  AND (m.agenda_published_at IS NULL OR e.occurred_at < m.agenda_published_at);
UPDATE audit_event e SET audience = 'EDITORS'
FROM agenda_attachment f JOIN meeting m ON m.id = f.meeting_id
WHERE e.entity_type = 'AGENDA_ATTACHMENT' AND e.entity_id = f.id
  AND (m.agenda_published_at IS NULL OR e.occurred_at < m.agenda_published_at);
-- A removed file is gone with its meeting: whether its agenda was a draft cannot be told, so only
-- the chair and secretariat keep reading its entries.
UPDATE audit_event e SET audience = 'EDITORS'
WHERE e.entity_type = 'AGENDA_ATTACHMENT' AND NOT EXISTS (SELECT 1 FROM agenda_attachment f WHERE f.id = e.entity_id);
UPDATE audit_event e SET audience = 'EDITORS'
FROM meeting m
WHERE e.entity_type = 'MEETING' AND e.entity_id = m.id AND e.after ? 'agenda'
  AND (m.agenda_published_at IS NULL OR e.occurred_at < m.agenda_published_at);

-- Draft minutes: an item's minutes, and decisions and follow-up items, before the minutes were published.
UPDATE audit_event e SET audience = 'MEMBERS'
FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
WHERE e.entity_type = 'AGENDA_ITEM' AND e.entity_id = a.id AND e.audience = 'EVERYONE'
  AND e.after ? 'minutes' AND NOT e.after ? 'title'
  AND (m.minutes_published_at IS NULL OR e.occurred_at < m.minutes_published_at OR m.minutes_status <> 'PUBLISHED');
UPDATE audit_event e SET audience = 'MEMBERS'
FROM decision d JOIN meeting m ON m.id = d.meeting_id
WHERE e.entity_type = 'DECISION' AND e.entity_id = d.id
  AND (m.minutes_published_at IS NULL OR e.occurred_at < m.minutes_published_at OR m.minutes_status <> 'PUBLISHED');
UPDATE audit_event e SET audience = 'MEMBERS'
FROM follow_up_item f JOIN meeting m ON m.id = f.meeting_id
WHERE e.entity_type = 'FOLLOW_UP' AND e.entity_id = f.id
  AND (m.minutes_published_at IS NULL OR e.occurred_at < m.minutes_published_at OR m.minutes_status <> 'PUBLISHED');
-- An agenda item's entries that carry its draft minutes, decisions or follow-up items.
UPDATE audit_event e SET audience = 'MEMBERS'
FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
WHERE e.entity_type = 'AGENDA_ITEM' AND e.entity_id = a.id AND e.audience = 'EVERYONE'
  AND (coalesce(e.before ->> 'minutes', '') <> '' OR coalesce(e.after ->> 'minutes', '') <> ''
       OR (jsonb_typeof(e.before -> 'decisions') = 'array' AND e.before -> 'decisions' <> '[]'::jsonb)
       OR (jsonb_typeof(e.after -> 'decisions') = 'array' AND e.after -> 'decisions' <> '[]'::jsonb)
       OR (jsonb_typeof(e.before -> 'followUps') = 'array' AND e.before -> 'followUps' <> '[]'::jsonb)
       OR (jsonb_typeof(e.after -> 'followUps') = 'array' AND e.after -> 'followUps' <> '[]'::jsonb))
  AND (m.minutes_published_at IS NULL OR e.occurred_at < m.minutes_published_at OR m.minutes_status <> 'PUBLISHED');
-- A working group set up by a decision shows the decision's text.
UPDATE audit_event e SET audience = 'MEMBERS'
FROM working_group w JOIN decision d ON d.id = w.decision_id JOIN meeting m ON m.id = d.meeting_id
WHERE e.entity_type = 'WORKING_GROUP' AND e.entity_id = w.id
  AND (m.minutes_published_at IS NULL OR e.occurred_at < m.minutes_published_at OR m.minutes_status <> 'PUBLISHED');

-- A goal under such a group names it.
UPDATE audit_event e SET audience = 'MEMBERS'
FROM goal g JOIN working_group w ON w.id = g.working_group_id JOIN decision d ON d.id = w.decision_id
JOIN meeting m ON m.id = d.meeting_id
WHERE e.entity_type = 'GOAL' AND e.entity_id = g.id
  AND (m.minutes_published_at IS NULL OR e.occurred_at < m.minutes_published_at OR m.minutes_status <> 'PUBLISHED');
-- Who is in a working group is for the partnership's members.
UPDATE audit_event SET insider_fields = '{members}' WHERE entity_type = 'WORKING_GROUP';

ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;

-- The history reads one audience set per partnership, newest first.
CREATE INDEX audit_event_audience_idx ON audit_event (partnership_id, audience, occurred_at DESC, id);
