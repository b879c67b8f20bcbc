-- 0001: the core of every case file: identity, users, the audit chain, the chronology and
-- autosaved drafts. The runner wraps this file in one transaction and sets user_version.
-- Times are UTC ISO 8601 text ("2025-01-31T09:15:00.000000Z"), which sorts as it reads.

-- One row: which file this is. Written once at creation, never changed.
CREATE TABLE meta (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    file_id     TEXT    NOT NULL CHECK (length(file_id) = 32),
    created_at  TEXT    NOT NULL,
    is_training INTEGER NOT NULL CHECK (is_training IN (0, 1))
) STRICT;

CREATE TRIGGER meta_no_update BEFORE UPDATE ON meta
BEGIN
    SELECT RAISE(ABORT, 'the case file''s identity cannot be changed');
END;

CREATE TRIGGER meta_no_delete BEFORE DELETE ON meta
BEGIN
    SELECT RAISE(ABORT, 'the case file''s identity cannot be removed');
END;

-- Per-file settings (school name, marking, retention choices). Not for key material.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
    value TEXT NOT NULL
) STRICT;

-- People who use this file. Never deleted: a user who leaves gets removed_at, so every
-- audit entry and chronology entry keeps a valid author.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role       TEXT    NOT NULL CHECK (role IN ('dsl', 'deputy', 'readonly')),
    -- The user's key slot in the key header (storage/keys.py); the header holds no names.
    slot_id    TEXT    UNIQUE,
    created_at TEXT    NOT NULL,
    removed_at TEXT
) STRICT;

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'users are never deleted; set removed_at instead');
END;

-- The verifiable history. seq is assigned by the app (previous + 1) and the hash links each
-- entry to the one before: hash = SHA-256(prev_hash || content_digest || seq), see sealing.py.
-- detail is short and never holds personal data; it enters the digest through a salted
-- commitment (detail_commit), so erasing detail and salt leaves the rest verifiable.
-- ref_digest carries the digest of a chronology entry whose creation this entry records.
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY CHECK (seq >= 1),
    at             TEXT    NOT NULL,
    user_id        INTEGER REFERENCES users (id),
    action         TEXT    NOT NULL,
    record_type    TEXT    NOT NULL DEFAULT '',
    record_id      INTEGER,
    detail         TEXT    NOT NULL DEFAULT '',
    detail_salt    TEXT    NOT NULL,
    detail_commit  TEXT    NOT NULL CHECK (length(detail_commit) = 64),
    ref_digest     TEXT,
    clock_back     INTEGER NOT NULL DEFAULT 0 CHECK (clock_back IN (0, 1)),
    content_digest TEXT    NOT NULL CHECK (length(content_digest) = 64),
    hash           TEXT    NOT NULL CHECK (length(hash) = 64),
    erased         INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1))
) STRICT;

CREATE INDEX audit_log_by_record ON audit_log (record_type, record_id);

-- Entries are only ever added at the end.
CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
BEGIN
    SELECT RAISE(ABORT, 'audit entries can only be added at the end');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;

-- The one sanctioned change: blank the detail and its salt and set erased, all else unchanged.
CREATE TRIGGER audit_log_only_erasure BEFORE UPDATE ON audit_log
WHEN NOT (
        OLD.erased = 0 AND NEW.erased = 1 AND NEW.detail = '' AND NEW.detail_salt = ''
    AND NEW.detail_commit IS OLD.detail_commit
    AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.user_id IS OLD.user_id
    AND NEW.action IS OLD.action AND NEW.record_type IS OLD.record_type
    AND NEW.record_id IS OLD.record_id AND NEW.ref_digest IS OLD.ref_digest
    AND NEW.clock_back IS OLD.clock_back AND NEW.content_digest IS OLD.content_digest
    AND NEW.hash IS OLD.hash
)
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;

-- The dated chronology of every action. incident_id has no foreign key yet: incidents arrive
-- in 0002. A correction is a new entry pointing at the one it corrects.
CREATE TABLE chronology (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    person_id   INTEGER,
    occurred_at TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    author_id   INTEGER NOT NULL REFERENCES users (id),
    kind        TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
    body        TEXT    NOT NULL,
    body_salt   TEXT    NOT NULL,
    body_commit TEXT    NOT NULL CHECK (length(body_commit) = 64),
    corrects_id INTEGER REFERENCES chronology (id),
    digest      TEXT    NOT NULL CHECK (length(digest) = 64),
    erased      INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1))
) STRICT;

CREATE INDEX chronology_by_incident ON chronology (incident_id, occurred_at);
CREATE INDEX chronology_by_person ON chronology (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX chronology_corrections ON chronology (corrects_id) WHERE corrects_id IS NOT NULL;

CREATE TRIGGER chronology_no_delete BEFORE DELETE ON chronology
BEGIN
    SELECT RAISE(ABORT, 'chronology entries cannot be deleted');
END;

-- The one sanctioned change: blank the body and its salt and set erased, all else unchanged.
CREATE TRIGGER chronology_only_erasure BEFORE UPDATE ON chronology
WHEN NOT (
        OLD.erased = 0 AND NEW.erased = 1 AND NEW.body = '' AND NEW.body_salt = ''
    AND NEW.body_commit IS OLD.body_commit
    AND NEW.id IS OLD.id AND NEW.incident_id IS OLD.incident_id
    AND NEW.person_id IS OLD.person_id AND NEW.occurred_at IS OLD.occurred_at
    AND NEW.recorded_at IS OLD.recorded_at AND NEW.author_id IS OLD.author_id
    AND NEW.kind IS OLD.kind AND NEW.corrects_id IS OLD.corrects_id
    AND NEW.digest IS OLD.digest
)
BEGIN
    SELECT RAISE(ABORT, 'chronology entries cannot be changed; add a correction instead');
END;

-- Autosaved work in progress, one per user and record (record_id 0: not yet saved). The
-- whole file is encrypted, so drafts are encrypted at rest like everything else; secure_delete
-- overwrites each replaced draft.
CREATE TABLE drafts (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    record_type TEXT    NOT NULL CHECK (length(record_type) BETWEEN 1 AND 60),
    record_id   INTEGER NOT NULL DEFAULT 0,
    content     TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (user_id, record_type, record_id)
) STRICT;
