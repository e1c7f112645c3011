-- Fixtures for the @QuarkusTest suites (test profile only; the database is cleaned at start).
-- Personas are bound to these rows by the verified e-mail in their test tokens (see testing/Persona).

INSERT INTO organisation (id, name, kind, cvr) VALUES
  ('00000000-0000-4000-a000-000000000001', 'Alfa Kommune', 'KOMMUNE', '12345678'),
  ('00000000-0000-4000-a000-000000000002', 'Alfa Politi', 'POLITIKREDS', NULL),
  ('00000000-0000-4000-a000-000000000003', 'Beta Kommune', 'KOMMUNE', NULL);

INSERT INTO partnership (id, name, description, status, min_meetings_per_year, rules_of_procedure, created_at) VALUES
  ('00000000-0000-4000-b000-000000000001', 'Alfa-partnerskabet', 'Testpartnerskab Alfa', 'ACTIVE', 4, 'Mødes kvartalsvis.', '2020-01-01T00:00:00Z'),
  ('00000000-0000-4000-b000-000000000002', 'Beta-partnerskabet', 'Testpartnerskab Beta', 'DRAFT', 2, NULL, '2020-01-02T00:00:00Z');

-- 23 more partnerships nobody is a member of, so that admins page through 25.
INSERT INTO partnership (id, name, status, created_at)
SELECT ('00000000-0000-4000-b100-' || lpad(n::text, 12, '0'))::uuid, 'Zeta ' || lpad(n::text, 2, '0'), 'ENDED',
       timestamptz '2021-01-01T00:00:00Z' + n * interval '1 day'
FROM generate_series(1, 23) AS n;

INSERT INTO partnership_purpose (partnership_id, position, text) VALUES
  ('00000000-0000-4000-b000-000000000001', 0, 'Øge trygheden'),
  ('00000000-0000-4000-b000-000000000001', 1, 'Begrænse rekrutteringen');
INSERT INTO partnership_principle (partnership_id, position, name) VALUES
  ('00000000-0000-4000-b000-000000000001', 0, 'Mobilitet'),
  ('00000000-0000-4000-b000-000000000001', 1, 'Synlighed');

INSERT INTO term (id, partnership_id, start_date, end_date, kind, signed_on, evaluation_outcome) VALUES
  ('00000000-0000-4000-c000-000000000001', '00000000-0000-4000-b000-000000000001', '2013-09-01', '2015-12-31', 'INITIAL', '2013-08-20', 'Forlænget'),
  ('00000000-0000-4000-c000-000000000002', '00000000-0000-4000-b000-000000000001', '2016-01-01', '2099-12-31', 'RENEWAL', NULL, NULL);

INSERT INTO party (id, partnership_id, organisation_id, position) VALUES
  ('00000000-0000-4000-d000-000000000001', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000002', 0),
  ('00000000-0000-4000-d000-000000000002', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', 1),
  ('00000000-0000-4000-d000-000000000003', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000003', 0);

INSERT INTO signatory (id, party_id, term_id, position, name, title) VALUES
  ('00000000-0000-4000-e000-000000000001', '00000000-0000-4000-d000-000000000001', '00000000-0000-4000-c000-000000000001', 0, 'Politidirektør Test', 'Politidirektør'),
  ('00000000-0000-4000-e000-000000000002', '00000000-0000-4000-d000-000000000002', '00000000-0000-4000-c000-000000000001', 0, 'Borgmester Test', 'Borgmester');

INSERT INTO chair_period (id, partnership_id, organisation_id, start_date, end_date) VALUES
  ('00000000-0000-4000-f000-000000000001', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', '2013-09-01', '2099-12-31');

INSERT INTO focus_area (id, partnership_id, number, title, description, retired) VALUES
  ('00000000-0000-4000-f100-000000000001', '00000000-0000-4000-b000-000000000001', 2, 'Dialog', NULL, true),
  ('00000000-0000-4000-f100-000000000002', '00000000-0000-4000-b000-000000000001', 1, 'Risikoprofiler', 'Kun aggregeret', false);

INSERT INTO milestone (id, partnership_id, occurs_on, date_precision, title) VALUES
  ('00000000-0000-4000-f200-000000000001', '00000000-0000-4000-b000-000000000001', '2016-10-01', 'MONTH', 'Borgermøde');

INSERT INTO person (id, email, display_name) VALUES
  ('00000000-0000-4000-9000-000000000001', 'sekretariat@test.example', 'Invited secretariat'),
  ('00000000-0000-4000-9000-000000000002', 'medlem@test.example', 'Invited member'),
  ('00000000-0000-4000-9000-000000000003', 'observator@test.example', 'Invited observer'),
  ('00000000-0000-4000-9000-000000000004', 'anden@test.example', 'Invited member of Beta'),
  ('00000000-0000-4000-9000-000000000005', 'genbundet@test.example', 'Re-bound member');

INSERT INTO partnership_member (id, partnership_id, person_id, role, organisation_id) VALUES
  ('00000000-0000-4000-9100-000000000001', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-9000-000000000001', 'SECRETARIAT', '00000000-0000-4000-a000-000000000001'),
  ('00000000-0000-4000-9100-000000000002', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-9000-000000000002', 'MEMBER', '00000000-0000-4000-a000-000000000001'),
  ('00000000-0000-4000-9100-000000000003', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-9000-000000000003', 'OBSERVER', NULL),
  ('00000000-0000-4000-9100-000000000004', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-9000-000000000004', 'MEMBER', '00000000-0000-4000-a000-000000000003'),
  ('00000000-0000-4000-9100-000000000005', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-9000-000000000005', 'MEMBER', NULL);
