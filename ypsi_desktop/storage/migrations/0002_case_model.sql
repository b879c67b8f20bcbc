-- 0002: the case model (domain/case.py): people, incidents and what was done about them,
-- assessments, the setting and its contacts, person merges, and the full-text index.
-- Dates are ISO 8601 text ("2026-03-04"); date-times are ISO 8601 text as the app wrote them.
-- Tri-state answers are INTEGER 1 / 0 / NULL, where NULL always means "not known yet".
-- Columns the case list reads come first in each row, so a list query never reads the
-- overflow pages that long narratives spill into.

-- Children and adults known to the file. A child's details belong here, not to one incident.
-- A record merged into another (two records of one child) is tombstoned: its details are
-- blanked, merged_into_id points at the record that absorbed it, and its reference stays so
-- anything printed with it can still be traced.
CREATE TABLE people (
    id                      INTEGER PRIMARY KEY,
    kind                    TEXT    NOT NULL CHECK (kind IN ('child', 'adult')),
    ref_number              INTEGER NOT NULL CHECK (ref_number >= 1),
    reference               TEXT    NOT NULL UNIQUE,
    name_key                TEXT    NOT NULL DEFAULT '',  -- folded "first last", for duplicates
    search_key              TEXT    NOT NULL DEFAULT '',  -- folded names, reference and UPN
    merged_into_id          INTEGER REFERENCES people (id),
    merged_at               TEXT,
    first_name              TEXT    NOT NULL DEFAULT '',
    last_name               TEXT    NOT NULL DEFAULT '',
    known_as                TEXT    NOT NULL DEFAULT '',
    date_of_birth           TEXT    CHECK (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    age_years               INTEGER CHECK (age_years BETWEEN 0 AND 120),
    age_recorded_on         TEXT    CHECK (age_recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    year_group              TEXT    NOT NULL DEFAULT '',
    school                  TEXT    NOT NULL DEFAULT '',
    gender                  TEXT    NOT NULL DEFAULT '',
    ethnicity               TEXT    NOT NULL DEFAULT '',
    first_language          TEXT    NOT NULL DEFAULT '',
    interpreter_needed      INTEGER CHECK (interpreter_needed IN (0, 1)),
    address                 TEXT    NOT NULL DEFAULT '',
    upn                     TEXT    NOT NULL DEFAULT '',
    sen                     TEXT    NOT NULL DEFAULT 'unknown'
                                    CHECK (sen IN ('unknown', 'none', 'sen_support', 'ehcp')),
    looked_after            INTEGER CHECK (looked_after IN (0, 1)),
    plan                    TEXT    NOT NULL DEFAULT 'unknown'
                                    CHECK (plan IN ('unknown', 'none', 'child_in_need', 'child_protection')),
    vulnerable              INTEGER CHECK (vulnerable IN (0, 1)),
    vulnerability_notes     TEXT    NOT NULL DEFAULT '',
    social_worker           TEXT    NOT NULL DEFAULT '',
    household               TEXT    NOT NULL DEFAULT '',
    parental_responsibility TEXT    NOT NULL DEFAULT '',
    other_professionals     TEXT    NOT NULL DEFAULT '',
    agency_involvement      INTEGER CHECK (agency_involvement IN (0, 1)),
    agency_details          TEXT    NOT NULL DEFAULT '',
    works_with_children     INTEGER CHECK (works_with_children IN (0, 1)),
    role_or_relationship    TEXT    NOT NULL DEFAULT '',
    created_at              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL,
    UNIQUE (kind, ref_number)
) STRICT;

-- Serves the duplicate check (a seek on name and birth date) and covers a name search, which
-- scans this narrow index in name order and never reads the wide rows.
CREATE INDEX people_by_name_key ON people (kind, name_key, date_of_birth, search_key)
    WHERE merged_into_id IS NULL;
CREATE INDEX people_by_upn ON people (upn) WHERE upn <> '' AND merged_into_id IS NULL;
CREATE INDEX people_by_birth ON people (date_of_birth) WHERE date_of_birth IS NOT NULL;
CREATE INDEX people_merged_into ON people (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- One row per incident. latest_category, latest_route and next_due are copies the repository
-- keeps up to date in the same transaction as the change they follow (the newest assessment;
-- the earliest open follow-up), so the case list sorts and filters without joins.
CREATE TABLE incidents (
    id                           INTEGER PRIMARY KEY,
    ref_year                     INTEGER NOT NULL CHECK (ref_year BETWEEN 2000 AND 9999),
    ref_number                   INTEGER NOT NULL CHECK (ref_number >= 1),
    reference                    TEXT    NOT NULL UNIQUE,
    status                       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    owner                        TEXT    NOT NULL DEFAULT '',
    came_to_light_at             TEXT,
    latest_category              TEXT,
    latest_route                 TEXT,
    next_due                     TEXT,
    closed_on                    TEXT,
    reported_by                  TEXT    NOT NULL DEFAULT '',
    how_came_to_light            TEXT    NOT NULL DEFAULT '',
    imagery_description          TEXT    NOT NULL DEFAULT '',
    viewed                       INTEGER CHECK (viewed IN (0, 1)),
    viewed_by                    TEXT    NOT NULL DEFAULT '',
    viewed_at                    TEXT,
    viewing_reason               TEXT    NOT NULL DEFAULT '',
    viewing_others_present       TEXT    NOT NULL DEFAULT '',
    apps_services                TEXT    NOT NULL DEFAULT '',
    shared_publicly              INTEGER CHECK (shared_publicly IN (0, 1)),
    sharing_extent               TEXT    NOT NULL DEFAULT '',
    multiple_incidents           INTEGER CHECK (multiple_incidents IN (0, 1)),
    review_held_on               TEXT,
    review_attendees             TEXT    NOT NULL DEFAULT '',
    review_triggers_considered   TEXT    NOT NULL DEFAULT '',
    review_notes                 TEXT    NOT NULL DEFAULT '',
    device_steps                 TEXT    NOT NULL DEFAULT '',
    parents_contacted            INTEGER CHECK (parents_contacted IN (0, 1)),
    parents_contact_details      TEXT    NOT NULL DEFAULT '',
    parents_not_contacted_reason TEXT    NOT NULL DEFAULT '',
    advice_report_remove         INTEGER CHECK (advice_report_remove IN (0, 1)),
    advice_ceop                  INTEGER CHECK (advice_ceop IN (0, 1)),
    support_given                TEXT    NOT NULL DEFAULT '',
    outcome                      TEXT    NOT NULL DEFAULT '',
    created_by                   INTEGER NOT NULL REFERENCES users (id),
    created_at                   TEXT    NOT NULL,
    updated_at                   TEXT    NOT NULL,
    UNIQUE (ref_year, ref_number)
) STRICT;

-- The case list sorts on one of these and pages with LIMIT/OFFSET over the index. A nullable
-- column has two indexes: ascending sorts on ifnull(column, '~') so blanks come last, and
-- descending sorts on the column itself, where NULL is already last.
CREATE INDEX incidents_by_status ON incidents (status);
-- The default view: open incidents, newest first, read straight off this index.
CREATE INDEX incidents_by_status_came_to_light ON incidents (status, came_to_light_at);
CREATE INDEX incidents_by_owner ON incidents (owner);
CREATE INDEX incidents_by_came_to_light ON incidents (came_to_light_at);
CREATE INDEX incidents_by_came_to_light_asc ON incidents (ifnull(came_to_light_at, '~'));
CREATE INDEX incidents_by_category ON incidents (latest_category);
CREATE INDEX incidents_by_category_asc ON incidents (ifnull(latest_category, '~'));
CREATE INDEX incidents_by_route ON incidents (latest_route);
CREATE INDEX incidents_by_route_asc ON incidents (ifnull(latest_route, '~'));
CREATE INDEX incidents_by_next_due ON incidents (next_due);
CREATE INDEX incidents_by_next_due_asc ON incidents (ifnull(next_due, '~'));
-- Every column the list filters or sorts on, in one narrow index: a count, or a page with
-- filters no single index above serves, scans this (a few MB at 50,000 incidents) and sorts
-- the matches, instead of reading wide rows one by one (storage/case_list.py names it).
CREATE INDEX incidents_list_filters ON incidents
    (status, latest_category, latest_route, owner, came_to_light_at, next_due, ref_year,
     ref_number);

-- A person's part in one incident. roles is the set of Role values, sorted, comma-separated.
CREATE TABLE incident_people (
    incident_id                 INTEGER NOT NULL REFERENCES incidents (id),
    person_id                   INTEGER NOT NULL REFERENCES people (id),
    position                    INTEGER NOT NULL,
    roles                       TEXT    NOT NULL DEFAULT ''
                                        CHECK (roles NOT GLOB '*[^a-z,]*'),
    own_words                   TEXT    NOT NULL DEFAULT '',
    parents_aware               INTEGER CHECK (parents_aware IN (0, 1)),
    parents_consent             INTEGER CHECK (parents_consent IN (0, 1)),
    parents_not_informed_reason TEXT    NOT NULL DEFAULT '',
    notes                       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX incident_people_by_person ON incident_people (person_id);

CREATE TABLE referrals (
    id               INTEGER PRIMARY KEY,
    incident_id      INTEGER NOT NULL REFERENCES incidents (id),
    position         INTEGER NOT NULL,
    agency           TEXT    NOT NULL CHECK (agency IN ('mash', 'police', 'lado', 'ceop', 'other')),
    made_on          TEXT,
    acknowledged_on  TEXT,
    telephone_first  INTEGER CHECK (telephone_first IN (0, 1)),
    spoken_to        TEXT    NOT NULL DEFAULT '',
    agency_reference TEXT    NOT NULL DEFAULT '',
    risk_rating      TEXT    NOT NULL DEFAULT 'unknown'
                             CHECK (risk_rating IN ('unknown', 'low', 'medium', 'high')),
    risk_reasons     TEXT    NOT NULL DEFAULT '',
    agency_decision  TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX referrals_by_incident ON referrals (incident_id, position);
-- The due view: referrals made and not yet acknowledged.
CREATE INDEX referrals_awaiting_acknowledgement ON referrals (made_on)
    WHERE acknowledged_on IS NULL AND made_on IS NOT NULL;

CREATE TABLE referral_children (
    referral_id INTEGER NOT NULL REFERENCES referrals (id),
    person_id   INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (referral_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX referral_children_by_person ON referral_children (person_id);

CREATE TABLE follow_ups (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    position    INTEGER NOT NULL,
    due_on      TEXT,
    done_on     TEXT,
    owner       TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX follow_ups_by_incident ON follow_ups (incident_id, position);
-- The due view and next_due: open follow-ups by due date.
CREATE INDEX follow_ups_open_by_due ON follow_ups (due_on) WHERE done_on IS NULL;

-- Each completed run of the wizard with the DSL's decision. Never changed once saved: a new
-- decision is a new row, and the incident's latest_category/latest_route follow the newest.
CREATE TABLE assessments (
    id                  INTEGER PRIMARY KEY,
    incident_id         INTEGER NOT NULL REFERENCES incidents (id),
    rules_version       TEXT    NOT NULL CHECK (length(rules_version) BETWEEN 1 AND 100),
    facts               TEXT    NOT NULL CHECK (json_valid(facts)),
    free_text           TEXT    NOT NULL CHECK (json_valid(free_text)),
    suggestion          TEXT    NOT NULL CHECK (json_valid(suggestion)),
    category            TEXT    NOT NULL CHECK (length(category) BETWEEN 1 AND 100),
    route               TEXT    NOT NULL CHECK (length(route) BETWEEN 1 AND 100),
    accepted_suggestion INTEGER NOT NULL CHECK (accepted_suggestion IN (0, 1)),
    reasons             TEXT    NOT NULL DEFAULT '',
    decided_by          INTEGER NOT NULL REFERENCES users (id),
    decided_at          TEXT    NOT NULL,
    review_meeting_on   TEXT
) STRICT;

CREATE INDEX assessments_by_incident ON assessments (incident_id, id);

CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments
BEGIN
    SELECT RAISE(ABORT, 'assessments cannot be changed; record a new decision instead');
END;

CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
BEGIN
    SELECT RAISE(ABORT, 'assessments cannot be deleted');
END;

-- The school or college itself, printed on every form. One row at most.
CREATE TABLE setting_details (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    name       TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    telephone  TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    urn        TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT;

-- Local agency contacts the forms print.
CREATE TABLE contacts (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('mash', 'police', 'lado', 'ceop', 'other')),
    name       TEXT NOT NULL DEFAULT '',
    telephone  TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT;

-- Every merge of two records of one child, kept for good.
CREATE TABLE person_merges (
    id                 INTEGER PRIMARY KEY,
    survivor_id        INTEGER NOT NULL REFERENCES people (id),
    absorbed_id        INTEGER NOT NULL REFERENCES people (id),
    absorbed_reference TEXT    NOT NULL,
    links_moved        INTEGER NOT NULL CHECK (links_moved >= 0),
    merged_by          INTEGER NOT NULL REFERENCES users (id),
    merged_at          TEXT    NOT NULL,
    CHECK (survivor_id <> absorbed_id)
) STRICT;

CREATE TRIGGER person_merges_no_update BEFORE UPDATE ON person_merges
BEGIN
    SELECT RAISE(ABORT, 'the record of a merge cannot be changed');
END;

CREATE TRIGGER person_merges_no_delete BEFORE DELETE ON person_merges
BEGIN
    SELECT RAISE(ABORT, 'the record of a merge cannot be deleted');
END;

-- 0001 left chronology.incident_id without a foreign key; now incidents exist, refuse an
-- entry for an incident or person that does not exist (a rebuild of an append-only table
-- would be riskier than this check).
CREATE TRIGGER chronology_incident_exists BEFORE INSERT ON chronology
WHEN NOT EXISTS (SELECT 1 FROM incidents WHERE id = NEW.incident_id)
    OR (NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM people WHERE id = NEW.person_id))
BEGIN
    SELECT RAISE(ABORT, 'chronology entries must belong to an existing incident and person');
END;

-- The full-text index. incident_search_text holds each incident's searchable text as written
-- (for snippets); the FTS5 index itself is fed a folded copy (lower case, accents removed in
-- every script, one character for one character) by storage/search.py, so "Elena" finds
-- "Eléna" and "ελενη" finds "Ελένη". Token positions are the same in both, so snippets mark
-- the right words. secure-delete removes a deleted row's tokens from the index at once, and
-- PRAGMA secure_delete zeroes the freed pages, so erased text does not linger.
CREATE TABLE incident_search_text (
    incident_id INTEGER PRIMARY KEY REFERENCES incidents (id),
    reference   TEXT    NOT NULL DEFAULT '',
    names       TEXT    NOT NULL DEFAULT '',
    narrative   TEXT    NOT NULL DEFAULT '',
    chronology  TEXT    NOT NULL DEFAULT '',
    stale       INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1))
) STRICT;

CREATE INDEX incident_search_text_stale ON incident_search_text (incident_id) WHERE stale = 1;

CREATE VIRTUAL TABLE incident_search USING fts5 (
    reference, names, narrative, chronology,
    content = 'incident_search_text',
    content_rowid = 'incident_id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

INSERT INTO incident_search (incident_search, rank) VALUES ('secure-delete', 1);
INSERT INTO incident_search (incident_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 1.0)');

-- A chronology entry added or erased outside the repositories (through storage/audit.py
-- directly) marks its incident's index row stale; the search refreshes stale rows before it
-- answers, so an erased entry's text leaves the index then at the latest.
CREATE TRIGGER chronology_search_insert AFTER INSERT ON chronology
BEGIN
    UPDATE incident_search_text SET stale = 1 WHERE incident_id = NEW.incident_id;
END;

CREATE TRIGGER chronology_search_erase AFTER UPDATE ON chronology
BEGIN
    UPDATE incident_search_text SET stale = 1 WHERE incident_id = NEW.incident_id;
END;
