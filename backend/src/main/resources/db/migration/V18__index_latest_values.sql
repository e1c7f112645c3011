-- The dashboard's "latest changes" reads a partnership's newest values first.
CREATE INDEX measurement_entered_idx ON measurement (entered_at DESC);
