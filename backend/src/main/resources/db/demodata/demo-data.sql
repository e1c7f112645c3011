-- Demo data for `make run`, built from the seed documents (shared/seeds). Idempotent: every row has
-- a fixed id and is inserted with ON CONFLICT DO NOTHING, so restarting never duplicates anything.
-- What the sources do not say (later terms and chair periods, so that the partnerships are alive
-- today, and the demo people) is marked "Demodata" in the text the user sees.

INSERT INTO organisation (id, name, kind) VALUES
  ('10000000-0000-4000-8000-000000000001', 'Københavns Vestegns Politi', 'POLITIKREDS'),
  ('10000000-0000-4000-8000-000000000002', 'Herlev Kommune', 'KOMMUNE'),
  ('10000000-0000-4000-8000-000000000003', 'Ballerup Kommune', 'KOMMUNE'),
  ('10000000-0000-4000-8000-000000000004', 'Gladsaxe Kommune', 'KOMMUNE'),
  ('10000000-0000-4000-8000-000000000005', 'Herlev Lokalråd', 'OTHER'),
  ('10000000-0000-4000-8000-000000000006', 'Furesø Kommune', 'KOMMUNE'),
  ('10000000-0000-4000-8000-000000000007', 'Nordsjællands Politi', 'POLITIKREDS')
ON CONFLICT DO NOTHING;

-- 1. Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed (seed 002, 001, 004)
INSERT INTO partnership (id, name, description, status, min_meetings_per_year, economy_notes) VALUES
  ('20000000-0000-4000-8000-000000000001',
   'Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxe',
   'Københavns Vestegns Politi, Herlev Kommune, Ballerup Kommune og Gladsaxe Kommune indgår et forpligtende partnerskab for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxes udsatte boligområder. Partnerskabet har karakter af et udviklingspartnerskab, hvis erfaringer kan stilles til rådighed for de øvrige otte kommuner i politikredsen.',
   'ACTIVE', 4,
   'Der må for hver af partnerskabsorganisationernes repræsentanter påregnes et mindre ressourceforbrug til mødeaktivitet mv. Herudover må forventes et vist ressourceforbrug til nedsættelse af arbejdsgrupper; størrelsen fastlægges af partnerskabet ved nedsættelsen. Partnerskabet søger så vidt muligt pulje- og fondsmidler. Formandskabet afsætter 0,1 årsværk til sekretariatsbetjening.')
ON CONFLICT DO NOTHING;

INSERT INTO partnership_purpose (partnership_id, position, text) VALUES
  ('20000000-0000-4000-8000-000000000001', 0, 'Begrænse tilgangen til de bandemiljøer, der er koncentreret omkring Herlev, Ballerup og Gladsaxes udsatte boligområder'),
  ('20000000-0000-4000-8000-000000000001', 1, 'Øge trygheden blandt borgerne i disse områder')
ON CONFLICT DO NOTHING;

INSERT INTO partnership_principle (partnership_id, position, name) VALUES
  ('20000000-0000-4000-8000-000000000001', 0, 'Mobilitet'),
  ('20000000-0000-4000-8000-000000000001', 1, 'Tilgængelighed'),
  ('20000000-0000-4000-8000-000000000001', 2, 'Synlighed')
ON CONFLICT DO NOTHING;

INSERT INTO term (id, partnership_id, start_date, end_date, kind, signed_on, evaluation_outcome, note) VALUES
  ('30000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', '2013-09-01', '2015-12-31', 'INITIAL', NULL,
   'Værdien af partnerskabet blev evalueret blandt parterne, og partnerskabet blev forlænget med Herlev som ny formand.', NULL),
  ('30000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', '2016-01-01', '2019-12-31', 'RENEWAL', NULL,
   'Forlænget med en ny aftale og to nye fokusområder: trygge boligområder og digitale medier.',
   'Forlængelsen blev besluttet i foråret; Herlev overtog formandskabet.'),
  ('30000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001', '2020-01-01', '2021-12-31', 'RENEWAL', '2019-12-12',
   'Demodata: forlænget for 2022–2027.',
   'Aftalen blev underskrevet torsdag den 12. december 2019 og løber frem til udgangen af 2021.'),
  ('30000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000001', '2022-01-01', '2027-12-31', 'RENEWAL', NULL, NULL,
   'Demodata: aftaleperioden er opfundet, så partnerskabet er aktivt i dag.')
ON CONFLICT DO NOTHING;

INSERT INTO party (id, partnership_id, organisation_id, position) VALUES
  ('40000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 0),
  ('40000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', 1),
  ('40000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000003', 2),
  ('40000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004', 3)
ON CONFLICT DO NOTHING;

INSERT INTO signatory (id, party_id, term_id, position, name, title) VALUES
  ('50000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 0, 'Kim Christiansen', 'Politidirektør'),
  ('50000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 1, 'Jørgen Harlev', 'Politiinspektør'),
  ('50000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000001', 0, 'Thomas Gyldal Petersen', 'Borgmester'),
  ('50000000-0000-4000-8000-000000000004', '40000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000001', 1, 'Helle Søeberg', 'Kommunaldirektør'),
  ('50000000-0000-4000-8000-000000000005', '40000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000001', 2, 'Flemming Olsen', 'Børne- og Kulturdirektør'),
  ('50000000-0000-4000-8000-000000000006', '40000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000001', 0, 'Jesper Würtzen', 'Borgmester'),
  ('50000000-0000-4000-8000-000000000007', '40000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000001', 1, 'Anders Agger', 'Kommunaldirektør'),
  ('50000000-0000-4000-8000-000000000008', '40000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000001', 2, 'Eik Møller', 'Direktør'),
  ('50000000-0000-4000-8000-000000000009', '40000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000001', 0, 'Karin Søjberg Holst', 'Borgmester'),
  ('50000000-0000-4000-8000-000000000010', '40000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000001', 1, 'Bo Rasmussen', 'Kommunaldirektør'),
  ('50000000-0000-4000-8000-000000000011', '40000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000001', 2, 'Klaus Nørskov', 'Børne- og Kulturdirektør'),
  ('50000000-0000-4000-8000-000000000012', '40000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000003', 2, 'Kim Christiansen', 'Politidirektør'),
  ('50000000-0000-4000-8000-000000000013', '40000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000003', 3, 'Thomas Gyldal Petersen', 'Borgmester'),
  ('50000000-0000-4000-8000-000000000014', '40000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000003', 3, 'Jesper Würtzen', 'Borgmester'),
  ('50000000-0000-4000-8000-000000000015', '40000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000003', 3, 'Trine Græse', 'Borgmester')
ON CONFLICT DO NOTHING;

INSERT INTO chair_period (id, partnership_id, organisation_id, start_date, end_date, note) VALUES
  ('60000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', '2013-09-01', '2014-12-31', 'I perioden 2013-2014 varetages formandskabet af Herlev Kommune.'),
  ('60000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000003', '2015-01-01', '2015-12-31', 'Demodata: rotationen efter 2014 fremgår ikke af kilderne.'),
  ('60000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', '2016-01-01', '2019-12-31', 'Herlev blev ny formand ved forlængelsen.'),
  ('60000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004', '2020-01-01', '2021-12-31', 'Demodata.'),
  ('60000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000003', '2022-01-01', '2023-12-31', 'Demodata.'),
  ('60000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004', '2024-01-01', '2025-12-31', 'Demodata.'),
  ('60000000-0000-4000-8000-000000000007', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', '2026-01-01', '2027-12-31', 'Demodata: Herlev Kommune har formandskabet og sekretariatet i dag.')
ON CONFLICT DO NOTHING;

INSERT INTO focus_area (id, partnership_id, number, title, description) VALUES
  ('70000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 1, 'Anvendelse af risikoprofiler',
   'En større viden og fælles forståelse af, hvilke målgrupper af børn og unge der er i særlig risiko for at blive rekrutteret til bandemiljøerne, så politi og kommuner i tide kan handle forebyggende. Kun på aggregeret niveau (målgrupper), aldrig om enkeltpersoner.'),
  ('70000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', 2, 'Systematik i brugen af indsatser',
   'Øget systematik i arbejdet med børn og unge under og over 18 år og deres nærmiljø, og viden om hvilke metoder og indsatser der er særligt effektive i forhold til forskellige risikoprofiler, med henblik på en fælles tilgang til metode og værktøjer.'),
  ('70000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001', 3, 'Udvikling af nye indsatser og metoder',
   'Identificere huller i det kriminalitetsforebyggende arbejde og udvikle nye indsatser og metoder, herunder afprøve indsatser der øger den oplevede tryghed, fx tryghedsvandringer, dit lokale politi og hotspot.'),
  ('70000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000001', 4, 'Dialog og kommunikation',
   'Løbende dialog med boligområderne og boligforeningerne m.fl. og tydelig kommunikation om de mange tiltag, der er i gang for at bekæmpe bandekriminaliteten.'),
  ('70000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000001', 5, 'Trygge boligområder',
   'Gennem det tværfaglige projekt Forebyggelse i Fællesskab styrkes samarbejdet mellem kommune, politi, boligforeninger og lokalsamfund om forebyggelse af kriminalitet og mistrivsel.'),
  ('70000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000001', 6, 'Digitale medier',
   'Temadage hvor forældre og unge får undervisning i, hvordan man færdes sikkert på nettet.')
ON CONFLICT DO NOTHING;

INSERT INTO milestone (id, partnership_id, occurs_on, date_precision, title, description) VALUES
  ('80000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', '2013-09-01', 'DAY', 'Partnerskabet indgås', 'Aftalen gælder for perioden 1. september 2013 – 31. december 2015.'),
  ('80000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', '2019-12-12', 'DAY', 'Ny partnerskabsaftale underskrevet', 'Underskrevet af politidirektøren og borgmestrene fra Herlev, Gladsaxe og Ballerup; løber frem til udgangen af 2021.')
ON CONFLICT DO NOTHING;

-- 2. Herlev passer på Herlev (seed 000)
INSERT INTO partnership (id, name, description, status, min_meetings_per_year) VALUES
  ('20000000-0000-4000-8000-000000000002', 'Herlev passer på Herlev',
   'Et samarbejde på tværs af Herlev Kommune, Københavns Vestegns Politi og kommunens borgere om at bevare Herlev som et trygt lokalsamfund. Starter som et pilotprojekt, hvor borgerne inviteres til at spille en mere aktiv rolle, fx gennem tryghedsvandringer og nabohjælp.',
   'ACTIVE', 4)
ON CONFLICT DO NOTHING;

INSERT INTO partnership_purpose (partnership_id, position, text) VALUES
  ('20000000-0000-4000-8000-000000000002', 0, 'Bevare Herlev som et trygt og kriminalitetsfrit lokalsamfund'),
  ('20000000-0000-4000-8000-000000000002', 1, 'Inddrage borgerne aktivt i at skabe tryghed i fællesskab')
ON CONFLICT DO NOTHING;

INSERT INTO partnership_principle (partnership_id, position, name) VALUES
  ('20000000-0000-4000-8000-000000000002', 0, 'Tryghed skaber vi i fællesskab'),
  ('20000000-0000-4000-8000-000000000002', 1, 'Borgerne påtager sig ikke politiets opgaver')
ON CONFLICT DO NOTHING;

INSERT INTO term (id, partnership_id, start_date, end_date, kind, note) VALUES
  ('30000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000002', '2016-10-01', '2017-12-31', 'INITIAL', 'Pilotprojekt. Demodata: slutdatoen fremgår ikke af kilderne.'),
  ('30000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000002', '2024-01-01', '2027-12-31', 'RENEWAL', 'Demodata: aftaleperioden er opfundet, så partnerskabet er aktivt i dag.')
ON CONFLICT DO NOTHING;

INSERT INTO party (id, partnership_id, organisation_id, position) VALUES
  ('40000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', 0),
  ('40000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 1)
ON CONFLICT DO NOTHING;

INSERT INTO chair_period (id, partnership_id, organisation_id, start_date, end_date, note) VALUES
  ('60000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', '2016-10-01', '2027-12-31', 'Herlev Kommune driver samarbejdet.')
ON CONFLICT DO NOTHING;

INSERT INTO focus_area (id, partnership_id, number, title, description) VALUES
  ('70000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000002', 1, 'Tryghedsvandringer og fælles aktiviteter',
   'Borgere der i fællesskab lufter hunde, løbeklubben der fast lægger ruten forbi stationen, tryghedsvandringer.'),
  ('70000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000002', 2, 'Nabohjælp',
   'Bolig-, andels- og grundejerforeninger kommer i gang med Nabohjælp.'),
  ('70000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000002', 3, 'SSP-indsats hvor borgerne føler sig utrygge',
   'Kommunen intensiverer SSP-indsatsen der, hvor borgerne kan føle sig utrygge.'),
  ('70000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000002', 4, 'Borgerpanel og borgermøder',
   'Et borgerpanel med repræsentanter fra Ældrerådet, grundejerforeninger, afdelingsbestyrelser, sportsklubber og Handelstandsforeningen.')
ON CONFLICT DO NOTHING;

INSERT INTO milestone (id, partnership_id, occurs_on, date_precision, title, description) VALUES
  ('80000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000002', '2016-10-01', 'MONTH', 'Borgermøde i samarbejde med Københavns Vestegns Politi', 'Introduktion af samarbejdet mellem kommune, borger og politi.'),
  ('80000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000002', '2016-11-01', 'MONTH', 'Nedsættelse af et borgerpanel', 'Repræsentanter fra Ældrerådet, grundejerforeninger, afdelingsbestyrelser, sportsklubber og Handelstandsforeningen.'),
  ('80000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000002', '2017-01-01', 'MONTH', 'Møde i borgerpanelet', 'Forberedelse af tryghedsskabende indsatser, der fungerer som pilotprojekter.'),
  ('80000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000002', '2017-02-01', 'MONTH', 'Borgermøde', 'Præsentation af tryghedsskabende indsatser, som frivillige kan tilmelde sig.'),
  ('80000000-0000-4000-8000-000000000015', '20000000-0000-4000-8000-000000000002', '2017-03-28', 'DAY', 'Møde om Nabohjælp', 'Møde med bolig-, andels- og grundejerforeninger om mulighederne med Nabohjælp.')
ON CONFLICT DO NOTHING;

-- 3. Trygt Furesø (seed 003)
INSERT INTO partnership (id, name, description, status, min_meetings_per_year) VALUES
  ('20000000-0000-4000-8000-000000000003', 'Trygt Furesø',
   'Furesøs strategi og indsatser for færre indbrud og øget tryghed, med forankring i Furesøs Lokalråd. Indsatsen er opdelt i to spor: indbrudsforebyggelse og stærke lokale fællesskaber.',
   'ACTIVE', 4)
ON CONFLICT DO NOTHING;

INSERT INTO partnership_purpose (partnership_id, position, text) VALUES
  ('20000000-0000-4000-8000-000000000003', 0, 'Øge følelsen af tryghed i hele kommunen'),
  ('20000000-0000-4000-8000-000000000003', 1, 'Sænke antallet af indbrud gennem aktivering og koordinering af fællesskabet i lokalsamfund og boligområder')
ON CONFLICT DO NOTHING;

INSERT INTO partnership_principle (partnership_id, position, name) VALUES
  ('20000000-0000-4000-8000-000000000003', 0, 'Tryghed vokser ud af vores lokale naboskab og fællesskaber')
ON CONFLICT DO NOTHING;

INSERT INTO term (id, partnership_id, start_date, end_date, kind, note) VALUES
  ('30000000-0000-4000-8000-000000000021', '20000000-0000-4000-8000-000000000003', '2024-01-01', '2027-12-31', 'INITIAL', 'Demodata: perioden fremgår ikke af kilderne.')
ON CONFLICT DO NOTHING;

INSERT INTO party (id, partnership_id, organisation_id, position) VALUES
  ('40000000-0000-4000-8000-000000000021', '20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000006', 0),
  ('40000000-0000-4000-8000-000000000022', '20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000007', 1)
ON CONFLICT DO NOTHING;

INSERT INTO chair_period (id, partnership_id, organisation_id, start_date, end_date, note) VALUES
  ('60000000-0000-4000-8000-000000000021', '20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000006', '2024-01-01', '2027-12-31', 'Demodata.')
ON CONFLICT DO NOTHING;

INSERT INTO focus_area (id, partnership_id, number, title, description) VALUES
  ('70000000-0000-4000-8000-000000000021', '20000000-0000-4000-8000-000000000003', 1, 'Indbrudsforebyggelse',
   'Nedbringe antallet af indbrud i private ejendomme, offentlige bygninger og virksomheder; øge antallet af nabohjælpere og gøre dem mere aktive; kampagner og information; mærkning af ejendele.'),
  ('70000000-0000-4000-8000-000000000022', '20000000-0000-4000-8000-000000000003', 2, 'Stærke lokale fællesskaber',
   'Furesø forbliver en tryg kommune at bo, leve og arbejde i: kodeks for godt naboskab, inddragelse af medarbejdere og frivillige foreninger, samarbejde med Nordsjællands Politi og boligorganisationer, tidlige forebyggende indsatser.')
ON CONFLICT DO NOTHING;

-- Demo people: they log in through Keycloak (keycloak/partnerskab-realm.json) with these e-mails
-- and are bound to these rows at first login.
INSERT INTO person (id, email, username, display_name, organisation) VALUES
  ('90000000-0000-4000-8000-000000000001', 'admin@partnerskab.example', 'admin', 'Demodata: administrator', 'Partnerskabsportalen'),
  ('90000000-0000-4000-8000-000000000002', 'sekretariat@partnerskab.example', 'sekretariat', 'Demodata: sekretariat', 'Herlev Kommune'),
  ('90000000-0000-4000-8000-000000000003', 'herlev@partnerskab.example', 'herlev', 'Demodata: Herlev', 'Herlev Kommune'),
  ('90000000-0000-4000-8000-000000000004', 'ballerup@partnerskab.example', 'ballerup', 'Demodata: Ballerup', 'Ballerup Kommune'),
  ('90000000-0000-4000-8000-000000000005', 'gladsaxe@partnerskab.example', 'gladsaxe', 'Demodata: Gladsaxe', 'Gladsaxe Kommune'),
  ('90000000-0000-4000-8000-000000000006', 'politi@partnerskab.example', 'politi', 'Demodata: politi', 'Københavns Vestegns Politi'),
  ('90000000-0000-4000-8000-000000000007', 'furesoe@partnerskab.example', 'furesoe', 'Demodata: Furesø', 'Furesø Kommune'),
  ('90000000-0000-4000-8000-000000000008', 'lokalraad@partnerskab.example', 'lokalraad', 'Demodata: lokalråd', 'Herlev Lokalråd')
ON CONFLICT DO NOTHING;

INSERT INTO partnership_member (id, partnership_id, person_id, role, organisation_id) VALUES
  ('a0000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000002', 'SECRETARIAT', '10000000-0000-4000-8000-000000000002'),
  ('a0000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000003', 'MEMBER', '10000000-0000-4000-8000-000000000002'),
  ('a0000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000004', 'MEMBER', '10000000-0000-4000-8000-000000000003'),
  ('a0000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000005', 'MEMBER', '10000000-0000-4000-8000-000000000004'),
  ('a0000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000006', 'MEMBER', '10000000-0000-4000-8000-000000000001'),
  ('a0000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000008', 'OBSERVER', '10000000-0000-4000-8000-000000000005'),
  ('a0000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000002', 'SECRETARIAT', '10000000-0000-4000-8000-000000000002'),
  ('a0000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000003', 'MEMBER', '10000000-0000-4000-8000-000000000002'),
  ('a0000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000002', '90000000-0000-4000-8000-000000000006', 'MEMBER', '10000000-0000-4000-8000-000000000001'),
  ('a0000000-0000-4000-8000-000000000021', '20000000-0000-4000-8000-000000000003', '90000000-0000-4000-8000-000000000007', 'MEMBER', '10000000-0000-4000-8000-000000000006')
ON CONFLICT DO NOTHING;

-- Meetings of the Herlev–Ballerup–Gladsaxe partnership, dated from the day the demo data is loaded:
-- one held about two months ago with approved minutes, one in three weeks with its agenda out.
INSERT INTO meeting (id, partnership_id, title, starts_at, duration_minutes, place, status, agenda_published_at,
                     minutes_status, minutes_comment_deadline, minutes_sent_at, minutes_approved_at, created_at, updated_at) VALUES
  ('b0000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'Partnerskabsmøde (demodata)',
   ((current_date - 60) + time '13:00') AT TIME ZONE 'Europe/Copenhagen', 120, 'Herlev Rådhus, mødelokale 1', 'HELD',
   ((current_date - 74) + time '09:00') AT TIME ZONE 'Europe/Copenhagen',
   'APPROVED', current_date - 46, ((current_date - 58) + time '10:00') AT TIME ZONE 'Europe/Copenhagen',
   ((current_date - 45) + time '09:00') AT TIME ZONE 'Europe/Copenhagen', now(), now()),
  ('b0000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', 'Partnerskabsmøde (demodata)',
   ((current_date + 21) + time '13:00') AT TIME ZONE 'Europe/Copenhagen', 120, 'Ballerup Rådhus', 'AGENDA_PUBLISHED',
   ((current_date - 3) + time '09:00') AT TIME ZONE 'Europe/Copenhagen', 'DRAFT', NULL, NULL, NULL, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO agenda_item (id, meeting_id, position, title, background, kind, presenter, duration_minutes, focus_area_id, minutes, updated_at) VALUES
  ('b1000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 1, 'Godkendelse af dagsorden', NULL,
   'DECISION', 'Formanden', 5, NULL, '<p>Dagsordenen blev godkendt.</p>', now()),
  ('b1000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 2, 'Nyt fra parterne',
   '<p>Demodata: kort orientering fra kommunerne og politiet.</p>', 'INFORMATION', NULL, 20, NULL,
   '<p>Politiet orienterede om en rolig sommer i boligområderne. Gladsaxe fortalte om nye gadeplansmedarbejdere.</p>', now()),
  ('b1000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 3, 'Tryghedsvandringer i boligområderne',
   '<p>Demodata: forslag om fælles tryghedsvandringer med boligforeningerne i efteråret.</p>', 'DECISION', 'Sekretariatet', 30,
   '70000000-0000-4000-8000-000000000005',
   '<p>Partnerskabet drøftede erfaringerne fra Herlev og besluttede at gennemføre tryghedsvandringer i alle tre kommuner.</p>', now()),
  ('b1000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 4, 'Eventuelt', NULL,
   'INFORMATION', NULL, 5, NULL, '<p>Intet.</p>', now()),
  ('b1000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000002', 1, 'Godkendelse af dagsorden', NULL,
   'DECISION', 'Formanden', 5, NULL, NULL, now()),
  ('b1000000-0000-4000-8000-000000000012', 'b0000000-0000-4000-8000-000000000002', 2, 'Godkendelse af referat fra sidste møde', NULL,
   'DECISION', 'Sekretariatet', 5, NULL, NULL, now()),
  ('b1000000-0000-4000-8000-000000000013', 'b0000000-0000-4000-8000-000000000002', 3, 'Status på tryghedsvandringer',
   '<p>Demodata: hver kommune fortæller kort om sine vandringer og rapporterne til boligforeningerne.</p>', 'DISCUSSION',
   'Ballerup Kommune', 30, '70000000-0000-4000-8000-000000000005', NULL, now()),
  ('b1000000-0000-4000-8000-000000000014', 'b0000000-0000-4000-8000-000000000002', 4, 'Digitale medier: temadag for forældre',
   NULL, 'DECISION', 'Gladsaxe Kommune', 20, '70000000-0000-4000-8000-000000000006', NULL, now()),
  ('b1000000-0000-4000-8000-000000000015', 'b0000000-0000-4000-8000-000000000002', 5, 'Eventuelt', NULL,
   'INFORMATION', NULL, 5, NULL, NULL, now())
ON CONFLICT DO NOTHING;

INSERT INTO decision (id, partnership_id, meeting_id, agenda_item_id, text, created_at, updated_at) VALUES
  ('b2000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b1000000-0000-4000-8000-000000000003',
   'Partnerskabet gennemfører tryghedsvandringer med boligforeningerne i alle tre kommuner inden årets udgang.', now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO follow_up_item (id, partnership_id, meeting_id, agenda_item_id, title, responsible_organisation_id, due_date,
                            status, created_at, updated_at) VALUES
  ('b3000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b1000000-0000-4000-8000-000000000003', 'Ballerup planlægger tryghedsvandringen i Hedeparken og sender datoen til sekretariatet',
   '10000000-0000-4000-8000-000000000003', current_date + 14, 'OPEN', now(), now()),
  ('b3000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b1000000-0000-4000-8000-000000000003', 'Gladsaxe deler skabelonen til rapporten efter en tryghedsvandring',
   '10000000-0000-4000-8000-000000000004', current_date - 7, 'OPEN', now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO meeting_attendance (id, meeting_id, person_id, organisation_id, response, reason, presence, updated_at)
SELECT gen_random_uuid(), meeting.id, m.person_id, m.organisation_id,
       CASE WHEN meeting.held THEN 'ATTENDING' ELSE 'INVITED' END, NULL,
       CASE WHEN meeting.held THEN 'PRESENT' END, now()
FROM partnership_member m
CROSS JOIN (VALUES ('b0000000-0000-4000-8000-000000000001'::uuid, true),
                   ('b0000000-0000-4000-8000-000000000002'::uuid, false)) AS meeting (id, held)
WHERE m.partnership_id = '20000000-0000-4000-8000-000000000001' AND m.deleted_at IS NULL
ON CONFLICT DO NOTHING;

-- Working group, goals, indicators and values (issue: goals and indicators). The working group is
-- set up by the held meeting's decision; the figures are invented and say so.
INSERT INTO working_group (id, partnership_id, name, mandate, focus_area_id, lead_organisation_id, deadline, status, decision_id,
                           created_at, updated_at) VALUES
  ('c0000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'Arbejdsgruppe om tryghedsvandringer (demodata)',
   '<p>Arbejdsgruppen planlægger tryghedsvandringer med boligforeningerne i Herlev, Ballerup og Gladsaxe, samler rapporterne og foreslår partnerskabet, hvordan erfaringerne bruges i alle tre kommuner.</p>',
   '70000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000002', current_date + 120, 'ACTIVE',
   'b2000000-0000-4000-8000-000000000001', now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO working_group_member (working_group_id, person_id) VALUES
  ('c0000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000003'),
  ('c0000000-0000-4000-8000-000000000001', '90000000-0000-4000-8000-000000000004')
ON CONFLICT DO NOTHING;

INSERT INTO indicator (id, partnership_id, code, name, description, unit, up_is_good, frequency, aggregation, baseline_value,
                       baseline_period, target_value, target_period, data_source, owner_organisation_id, created_at, updated_at) VALUES
  ('c1000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'IND-01', 'Anmeldte indbrud i private hjem (demodata)',
   'Demodata: anmeldte indbrud i private hjem pr. måned i de tre kommuner.', 'anmeldelser', false, 'MONTH', 'SUM', 60,
   to_char(date_trunc('year', current_date) - interval '1 year' - interval '1 month', 'YYYY-MM'), 45,
   to_char(date_trunc('year', current_date) + interval '1 year' + interval '11 months', 'YYYY-MM'),
   'Politiets døgnrapporter (demodata)', '10000000-0000-4000-8000-000000000001', now(), now()),
  ('c1000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', 'IND-02', 'Beboere der føler sig trygge (demodata)',
   'Demodata: andel af beboerne i de udsatte boligområder, der i tryghedsmålingen svarer, at de føler sig trygge.', '% trygge', true,
   'YEAR', 'AVERAGE', 72, to_char(current_date - interval '3 years', 'YYYY'), 80, to_char(current_date + interval '1 year', 'YYYY'),
   'Tryghedsmåling (demodata)', '10000000-0000-4000-8000-000000000002', now(), now()),
  ('c1000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000003', 'NH-01', 'Aktive nabohjælpere (demodata)',
   'Demodata: tilmeldte og aktive nabohjælpere ved kvartalets udgang.', 'nabohjælpere', true, 'QUARTER', 'LAST', 400,
   to_char(current_date - interval '2 years', 'YYYY') || '-Q1', 600, to_char(current_date + interval '1 year', 'YYYY') || '-Q4',
   'Furesø Kommunes nabohjælpsliste (demodata)', '10000000-0000-4000-8000-000000000006', now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO indicator_area (id, indicator_id, name, position) VALUES
  ('c2000000-0000-4000-8000-000000000001', 'c1000000-0000-4000-8000-000000000001', 'Herlev', 0),
  ('c2000000-0000-4000-8000-000000000002', 'c1000000-0000-4000-8000-000000000001', 'Ballerup', 1),
  ('c2000000-0000-4000-8000-000000000003', 'c1000000-0000-4000-8000-000000000001', 'Gladsaxe', 2),
  ('c2000000-0000-4000-8000-000000000011', 'c1000000-0000-4000-8000-000000000002', 'Herlev', 0),
  ('c2000000-0000-4000-8000-000000000012', 'c1000000-0000-4000-8000-000000000002', 'Ballerup', 1),
  ('c2000000-0000-4000-8000-000000000013', 'c1000000-0000-4000-8000-000000000002', 'Gladsaxe', 2),
  ('c2000000-0000-4000-8000-000000000021', 'c1000000-0000-4000-8000-000000000003', 'Farum', 0),
  ('c2000000-0000-4000-8000-000000000022', 'c1000000-0000-4000-8000-000000000003', 'Værløse', 1)
ON CONFLICT DO NOTHING;

-- Burglaries: two years of months up to two months ago, a slow fall with a seasonal wave; last
-- month is left open so "Min indberetning" has something to show.
INSERT INTO measurement (id, indicator_id, area_id, period, period_start, value, source, entered_at, entered_by)
SELECT gen_random_uuid(), 'c1000000-0000-4000-8000-000000000001', a.id, to_char(m, 'YYYY-MM'), m::date,
       greatest(0, round(a.base - 0.15 * n + 3 * sin(extract(month from m) * pi() / 6))), 'Politiets døgnrapport (demodata)',
       now(), 'Demodata'
FROM (VALUES ('c2000000-0000-4000-8000-000000000001'::uuid, 22), ('c2000000-0000-4000-8000-000000000002'::uuid, 17),
             ('c2000000-0000-4000-8000-000000000003'::uuid, 24)) AS a (id, base)
CROSS JOIN LATERAL (SELECT m, row_number() OVER (ORDER BY m) AS n
                    FROM generate_series(date_trunc('month', current_date) - interval '25 months',
                                         date_trunc('month', current_date) - interval '2 months', interval '1 month') m) AS months
ON CONFLICT DO NOTHING;

INSERT INTO measurement (id, indicator_id, area_id, period, period_start, value, source, entered_at, entered_by)
SELECT gen_random_uuid(), 'c1000000-0000-4000-8000-000000000002', a.id, to_char(y, 'YYYY'), y::date, a.base + 1.5 * n,
       'Tryghedsmåling (demodata)', now(), 'Demodata'
FROM (VALUES ('c2000000-0000-4000-8000-000000000011'::uuid, 71), ('c2000000-0000-4000-8000-000000000012'::uuid, 73),
             ('c2000000-0000-4000-8000-000000000013'::uuid, 69)) AS a (id, base)
CROSS JOIN LATERAL (SELECT y, row_number() OVER (ORDER BY y) - 1 AS n
                    FROM generate_series(date_trunc('year', current_date) - interval '3 years',
                                         date_trunc('year', current_date) - interval '1 year', interval '1 year') y) AS years
ON CONFLICT DO NOTHING;

INSERT INTO measurement (id, indicator_id, area_id, period, period_start, value, source, entered_at, entered_by)
SELECT gen_random_uuid(), 'c1000000-0000-4000-8000-000000000003', a.id,
       to_char(q, 'YYYY') || '-Q' || extract(quarter from q), q::date, a.base + 9 * n, 'Nabohjælpslisten (demodata)', now(), 'Demodata'
FROM (VALUES ('c2000000-0000-4000-8000-000000000021'::uuid, 230), ('c2000000-0000-4000-8000-000000000022'::uuid, 170)) AS a (id, base)
CROSS JOIN LATERAL (SELECT q, row_number() OVER (ORDER BY q) - 1 AS n
                    FROM generate_series(date_trunc('year', current_date) - interval '2 years',
                                         date_trunc('quarter', current_date) - interval '3 months', interval '3 months') q) AS quarters
ON CONFLICT DO NOTHING;

INSERT INTO goal (id, partnership_id, focus_area_id, working_group_id, title, description, success_criterion, due_date,
                  responsible_organisation_id, status, created_at, updated_at) VALUES
  ('c3000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', '70000000-0000-4000-8000-000000000005',
   'c0000000-0000-4000-8000-000000000001', 'Flere beboere føler sig trygge (demodata)',
   'Tryghedsvandringerne skal give beboerne og boligforeningerne konkrete forbedringer, de kan se.',
   'Andelen af trygge beboere stiger fra 72 % til 80 % (demodata)', (date_trunc('year', current_date) + interval '2 years' - interval '1 day')::date,
   '10000000-0000-4000-8000-000000000002', 'ACTIVE', now(), now()),
  ('c3000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000001', '70000000-0000-4000-8000-000000000003', NULL,
   'Færre indbrud i boligområderne (demodata)', NULL, 'Indbruddene falder med en fjerdedel (demodata)',
   (date_trunc('year', current_date) + interval '2 years' - interval '1 day')::date, '10000000-0000-4000-8000-000000000001', 'ACTIVE',
   now(), now()),
  ('c3000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000003', '70000000-0000-4000-8000-000000000021', NULL,
   'Øge antallet af nabohjælpere og gøre dem mere aktive', NULL, 'Flere aktive nabohjælpere i alle lokalområder',
   NULL, '10000000-0000-4000-8000-000000000006', 'ACTIVE', now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO goal_indicator (goal_id, indicator_id) VALUES
  ('c3000000-0000-4000-8000-000000000001', 'c1000000-0000-4000-8000-000000000002'),
  ('c3000000-0000-4000-8000-000000000002', 'c1000000-0000-4000-8000-000000000001'),
  ('c3000000-0000-4000-8000-000000000003', 'c1000000-0000-4000-8000-000000000003')
ON CONFLICT DO NOTHING;

-- Trygt Furesø's activity tables (seed 003), row for row; status and dates are the demo's.
INSERT INTO activity (id, partnership_id, title, description, kind, track, focus_area_id, target_group, responsible,
                      intended_outcome, special_focus, status, created_at, updated_at) VALUES
  ('c4000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003', 'Følge udviklingen i indbrudsstatistikkerne',
   'Månedlige statistiske rapporter over antallet af indbrud i lokalområderne, hvorfra hotspots udpeges til en særlig målrettet indsats.',
   'HOTSPOT', 'Indbrudsforebyggelse', '70000000-0000-4000-8000-000000000021', 'Den samlede indsats', 'Indsatsens koordinator',
   'At ressourcerne bruges bedst', false, 'ONGOING', now(), now()),
  ('c4000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000003', 'Borgerfølgegruppe',
   '12 udvalgte grundejerforeningsrepræsentanter fra hele kommunen, der skal kvalificere, udvikle og følge indbrudsindsatsen.',
   'COLLABORATION', 'Indbrudsforebyggelse', '70000000-0000-4000-8000-000000000021', 'Borgere i hele kommunen', 'Lokalrådet',
   'Sikre at der tænkes hele vejen rundt om problematikken. Flere tryghedsvandringer, flere aktive nabohjælpere.', false, 'ONGOING', now(), now()),
  ('c4000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000003', 'Tryghedsvandringer',
   'En tur rundt i lokalområdet med samtaler om nabohjælp mellem naboer. Der gives konkrete forslag til praktiske løsninger, der nedsætter risikoen for indbrud. Tryghedsvandringen omsættes til en rapport til foreningen.',
   'SAFETY_WALK', 'Indbrudsforebyggelse', '70000000-0000-4000-8000-000000000021', 'Grundejer-, beboer- og andelsforeninger',
   'Lokalrådet', 'At antallet af nabohjælpere stiger i området, og at beboerne tager aktivt stilling til indbrudsforebyggelse. Indbrudstallet i området falder.',
   true, 'ONGOING', now(), now()),
  ('c4000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000003', 'Borgermøder',
   'Årlige borgermøder, der skal øge viden om indbrudsforebyggelse og brede budskabet ud: selv små praktiske ændringer kan mindske risikoen betydeligt.',
   'CITIZENS_MEETING', 'Indbrudsforebyggelse', '70000000-0000-4000-8000-000000000021', 'Beboere i hele kommunen', 'Lokalrådet',
   'Flere borgere skalsikrer deres husstande. Flere tilmeldte nabohjælpere.', true, 'PLANNED', now(), now()),
  ('c4000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000003', 'Tryghedsskabende samarbejde i Farum Midtpunkt',
   'Politi, boligselskab, beboere og kommune samarbejder om udvikling af tryghedsskabende initiativer og kommunikationen heraf.',
   'COLLABORATION', 'Stærke lokale fællesskaber', '70000000-0000-4000-8000-000000000022', 'Beboere og medarbejdere i Farum Midtpunkt',
   'Politi og kommune', 'Færre klager over utryghedsskabende adfærd i Farum Midtpunkt. Færre anmeldelser i området.', false, 'ONGOING', now(), now()),
  ('c4000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000003', 'Lommepengeprojekt',
   'Farum Kulturhus og Biblioteket var blevet tilholdssted for grupper af unge; nu arbejder de i kulturhuset og får løn for det.',
   'OTHER', 'Stærke lokale fællesskaber', '70000000-0000-4000-8000-000000000022', 'Unge med uhensigtsmæssig og utryghedsskabende adfærd',
   'Kommunen', 'Stoppe utryghedsskabende adfærd, og de unge begynder at føle ansvar for fællesskabet.', false, 'ONGOING', now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO activity_goal (activity_id, goal_id) VALUES
  ('c4000000-0000-4000-8000-000000000003', 'c3000000-0000-4000-8000-000000000003'),
  ('c4000000-0000-4000-8000-000000000004', 'c3000000-0000-4000-8000-000000000003')
ON CONFLICT DO NOTHING;
INSERT INTO activity_indicator (activity_id, indicator_id) VALUES
  ('c4000000-0000-4000-8000-000000000003', 'c1000000-0000-4000-8000-000000000003')
ON CONFLICT DO NOTHING;

INSERT INTO proposal (id, partnership_id, kind, title, description, proposed_by, proposed_at, status, updated_at) VALUES
  ('c5000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'ACTIVITY',
   'Tryghedsvandringer i Skovlunde (demodata)', 'Herlev Lokalråd foreslår, at vandringerne også omfatter Skovlunde.',
   '90000000-0000-4000-8000-000000000008', now() - interval '5 days', 'SUBMITTED', now())
ON CONFLICT DO NOTHING;
