-- One running import of values per partnership, across every instance of the API.
CREATE TABLE import_lock (
    partnership_id uuid PRIMARY KEY REFERENCES partnership (id),
    started_at timestamptz NOT NULL,
    started_by varchar(200) NOT NULL
);
