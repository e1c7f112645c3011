-- Secretariat rights follow the chairing organisation; this marks a secretariat member who keeps
-- them regardless (e.g. a shared secretariat across a chair change).
ALTER TABLE partnership_member ADD COLUMN keeps_secretariat_rights boolean NOT NULL DEFAULT false;
