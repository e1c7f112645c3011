-- A person's personal calendar feed: the URL carries a secret; only its SHA-256 is stored, so a
-- database reader cannot subscribe as someone else. Creating a new one replaces (revokes) the old.
CREATE TABLE calendar_feed (
    person_id    uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    token_hash   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz
);
CREATE UNIQUE INDEX calendar_feed_token_uk ON calendar_feed (token_hash);

-- The daily reminder three days before a follow-up item's due date is sent once.
ALTER TABLE follow_up_item ADD COLUMN reminder_sent_at timestamptz;
CREATE INDEX follow_up_reminder_idx ON follow_up_item (due_date) WHERE status = 'OPEN' AND reminder_sent_at IS NULL;
