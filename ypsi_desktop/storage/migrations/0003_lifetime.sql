-- 0003: records over their lifetime: school transfers sent and received, subject access
-- requests and the redactions released in them, retention reviews, legal holds, and the
-- tombstones disposal leaves behind.
-- Dates are ISO 8601 text ("2026-03-04"); date-times are UTC ISO 8601 as audit.py writes them.

-- Disposal keeps a blank row for a disposed person or incident (so its reference, printed on
-- old paperwork, can still be traced to the tombstone) and marks it here.
ALTER TABLE people ADD COLUMN disposed_at TEXT;
ALTER TABLE incidents ADD COLUMN disposed_at TEXT;
-- A stand-in for another child or adult in a file received from another setting: a pseudonym
-- ("Child A") and the age, never their details. Never listed for retention on its own: it
-- goes when the incidents it appears in go.
ALTER TABLE people ADD COLUMN placeholder INTEGER NOT NULL DEFAULT 0
    CHECK (placeholder IN (0, 1));

-- The governors' report counts every incident on file by date, category, route and repeat,
-- and every child by age: these two narrow indexes hold all it reads, so it never reads a
-- whole record (storage/governors_figures.py names them).
CREATE INDEX incidents_for_report ON incidents
    (came_to_light_at, latest_category, latest_route, multiple_incidents);
CREATE INDEX people_for_report ON people (kind, date_of_birth, age_years, age_recorded_on);

-- Assessments stay append-only, with one sanctioned change: when a person is disposed of,
-- their name is replaced in the free text and reasons of the assessments they shared with
-- others. Each such change counts up `redactions`; nothing else may change.
ALTER TABLE assessments ADD COLUMN redactions INTEGER NOT NULL DEFAULT 0
    CHECK (redactions >= 0);

DROP TRIGGER assessments_no_update;

CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments
WHEN NOT (
        NEW.redactions = OLD.redactions + 1
    AND NEW.id IS OLD.id AND NEW.incident_id IS OLD.incident_id
    AND NEW.rules_version IS OLD.rules_version AND NEW.facts IS OLD.facts
    AND NEW.suggestion IS OLD.suggestion AND NEW.category IS OLD.category
    AND NEW.route IS OLD.route AND NEW.accepted_suggestion IS OLD.accepted_suggestion
    AND NEW.decided_by IS OLD.decided_by AND NEW.decided_at IS OLD.decided_at
    AND NEW.review_meeting_on IS OLD.review_meeting_on
)
BEGIN
    SELECT RAISE(ABORT, 'assessments cannot be changed; record a new decision instead');
END;

-- A child's file sent to another school or college (KCSIE: within five school days of the
-- child starting there, separately from the main pupil file, receipt confirmed). One row per
-- sending; the due view lists it until receipt is recorded.
CREATE TABLE transfers_out (
    id                  INTEGER PRIMARY KEY,
    person_id           INTEGER NOT NULL REFERENCES people (id),
    recipient           TEXT    NOT NULL CHECK (length(trim(recipient)) BETWEEN 1 AND 200),
    method              TEXT    NOT NULL CHECK (length(trim(method)) BETWEEN 1 AND 500),
    package_kind        TEXT    NOT NULL CHECK (package_kind IN ('encrypted', 'printed')),
    package_id          TEXT    NOT NULL DEFAULT '',
    fingerprint         TEXT    NOT NULL DEFAULT '',
    starts_on           TEXT    NOT NULL,
    due_on              TEXT    NOT NULL,
    sent_on             TEXT    NOT NULL,
    sent_by             INTEGER NOT NULL REFERENCES users (id),
    recorded_at         TEXT    NOT NULL,
    received_on         TEXT,
    received_by_name    TEXT    NOT NULL DEFAULT '',
    receipt_recorded_by INTEGER REFERENCES users (id),
    receipt_recorded_at TEXT
) STRICT;

CREATE INDEX transfers_out_by_person ON transfers_out (person_id);
CREATE INDEX transfers_out_awaiting_receipt ON transfers_out (due_on) WHERE received_on IS NULL;

-- A child's file received from another setting: where it came from, as the package said.
-- A package can be imported once (package_id is unique).
CREATE TABLE transfers_in (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES people (id),
    package_id       TEXT    NOT NULL UNIQUE,
    fingerprint      TEXT    NOT NULL,
    from_setting     TEXT    NOT NULL DEFAULT '',
    from_urn         TEXT    NOT NULL DEFAULT '',
    sent_by_name     TEXT    NOT NULL DEFAULT '',
    sent_on          TEXT    NOT NULL,
    source_reference TEXT    NOT NULL DEFAULT '',
    source_anchor    TEXT    NOT NULL DEFAULT '',
    imported_by      INTEGER NOT NULL REFERENCES users (id),
    imported_at      TEXT    NOT NULL
) STRICT;

CREATE INDEX transfers_in_by_person ON transfers_in (person_id);

-- Incidents that arrived in a transfer: which transfer, and their reference at the sender.
CREATE TABLE transferred_incidents (
    incident_id      INTEGER PRIMARY KEY REFERENCES incidents (id),
    transfer_in_id   INTEGER NOT NULL REFERENCES transfers_in (id),
    source_reference TEXT    NOT NULL
) STRICT;

-- Subject access requests (UK GDPR art. 15): answered within one month of receipt.
CREATE TABLE subject_access_requests (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people (id),
    received_on  TEXT    NOT NULL,
    due_on       TEXT    NOT NULL,
    requested_by TEXT    NOT NULL DEFAULT '',
    completed_on TEXT,
    recorded_by  INTEGER NOT NULL REFERENCES users (id),
    recorded_at  TEXT    NOT NULL
) STRICT;

CREATE INDEX subject_access_by_person ON subject_access_requests (person_id);
CREATE INDEX subject_access_open ON subject_access_requests (due_on) WHERE completed_on IS NULL;

-- A redaction the DSL released in one request's response, and why. item_key names what was
-- withheld by default (e.g. "person:12" for another child's name, "reporter:5").
CREATE TABLE subject_access_releases (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES subject_access_requests (id),
    item_key    TEXT    NOT NULL CHECK (length(item_key) BETWEEN 1 AND 100),
    reason      TEXT    NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
    released_by INTEGER NOT NULL REFERENCES users (id),
    released_at TEXT    NOT NULL,
    UNIQUE (request_id, item_key)
) STRICT;

-- A review of a person's record at (or before) its retention date that decided to keep it
-- for longer, until keep_until, and why.
CREATE TABLE retention_reviews (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    keep_until  TEXT    NOT NULL,
    reason      TEXT    NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
    reviewed_by INTEGER NOT NULL REFERENCES users (id),
    reviewed_at TEXT    NOT NULL
) STRICT;

CREATE INDEX retention_reviews_by_person ON retention_reviews (person_id, keep_until);

-- A legal hold (an inquiry, proceedings, a police request) on a person or an incident:
-- while it is in force nothing it covers can be disposed of.
CREATE TABLE legal_holds (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER REFERENCES people (id),
    incident_id INTEGER REFERENCES incidents (id),
    reason      TEXT    NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
    placed_by   INTEGER NOT NULL REFERENCES users (id),
    placed_at   TEXT    NOT NULL,
    lifted_by   INTEGER REFERENCES users (id),
    lifted_at   TEXT,
    lift_reason TEXT    NOT NULL DEFAULT '',
    CHECK ((person_id IS NULL) <> (incident_id IS NULL))
) STRICT;

CREATE INDEX legal_holds_by_person ON legal_holds (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX legal_holds_by_incident ON legal_holds (incident_id) WHERE incident_id IS NOT NULL;

-- A hold in force is never removed behind the DSL's back: only lifting it (once, with a
-- reason) is allowed, and only a lifted hold can be deleted (when its person is disposed of).
CREATE TRIGGER legal_holds_only_lifted BEFORE UPDATE ON legal_holds
WHEN NOT (
        OLD.lifted_at IS NULL AND NEW.lifted_at IS NOT NULL AND NEW.lifted_by IS NOT NULL
    AND length(trim(NEW.lift_reason)) > 0
    AND NEW.id IS OLD.id AND NEW.person_id IS OLD.person_id
    AND NEW.incident_id IS OLD.incident_id AND NEW.reason IS OLD.reason
    AND NEW.placed_by IS OLD.placed_by AND NEW.placed_at IS OLD.placed_at
)
BEGIN
    SELECT RAISE(ABORT, 'a legal hold can only be lifted, once, with a reason');
END;

CREATE TRIGGER legal_holds_no_delete_in_force BEFORE DELETE ON legal_holds
WHEN OLD.lifted_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a legal hold in force cannot be removed; lift it first');
END;

-- What disposal leaves: no name, no date of birth, no narrative. The reference of the
-- disposed record, when and why, by whom, and what was done. `digest` (SHA-256 over these
-- fields) is also the ref_digest of the audit entry that records the disposal, so the
-- tombstone is sealed into the audit chain. Append-only.
CREATE TABLE disposals (
    id                 INTEGER PRIMARY KEY,
    person_id          INTEGER NOT NULL REFERENCES people (id),
    reference          TEXT    NOT NULL,
    record_kind        TEXT    NOT NULL CHECK (record_kind IN ('child', 'adult')),
    review_due_on      TEXT,
    basis              TEXT    NOT NULL,
    reason             TEXT    NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
    incidents_disposed INTEGER NOT NULL CHECK (incidents_disposed >= 0),
    incidents_redacted INTEGER NOT NULL CHECK (incidents_redacted >= 0),
    entries_erased     INTEGER NOT NULL CHECK (entries_erased >= 0),
    disposed_by        INTEGER NOT NULL REFERENCES users (id),
    disposed_at        TEXT    NOT NULL,
    digest             TEXT    NOT NULL CHECK (length(digest) = 64)
) STRICT;

CREATE TRIGGER disposals_no_update BEFORE UPDATE ON disposals
BEGIN
    SELECT RAISE(ABORT, 'the record of a disposal cannot be changed');
END;

CREATE TRIGGER disposals_no_delete BEFORE DELETE ON disposals
BEGIN
    SELECT RAISE(ABORT, 'the record of a disposal cannot be removed');
END;

-- Disposals a restored (older) backup brought back: found when the backup was restored over
-- a file that had disposed of them, kept until the DSL disposes of them again.
CREATE TABLE disposals_undone (
    id                   INTEGER PRIMARY KEY,
    person_id            INTEGER NOT NULL REFERENCES people (id),
    reference            TEXT    NOT NULL,
    original_disposed_at TEXT    NOT NULL,
    original_reason      TEXT    NOT NULL,
    found_at             TEXT    NOT NULL,
    resolved_at          TEXT
) STRICT;
