-- History guards, part 1: INSERT OR REPLACE (and UPSERT-style REPLACE) settles a clash on a key by deleting the row
-- that is there and inserting the new one. The delete triggers above refuse deletes, but
-- SQLite fires them for such a hidden delete only when recursive_triggers is on, which the app
-- sets and a database tool may not. These refuse the insert itself when the key is taken, so
-- the permanent records cannot be rewritten that way on any connection. (The audit log is
-- already safe: it accepts only the next sequence number.)

CREATE TRIGGER meta_no_replace BEFORE INSERT ON meta
WHEN EXISTS (SELECT 1 FROM meta WHERE singleton = NEW.singleton)
BEGIN
    SELECT RAISE(ABORT, 'the case file''s identity cannot be replaced');
END;

CREATE TRIGGER users_no_replace BEFORE INSERT ON users
WHEN EXISTS (SELECT 1 FROM users WHERE id = NEW.id)
    OR (NEW.slot_id IS NOT NULL AND EXISTS (SELECT 1 FROM users WHERE slot_id = NEW.slot_id))
BEGIN
    SELECT RAISE(ABORT, 'users are never replaced');
END;

CREATE TRIGGER chronology_no_replace BEFORE INSERT ON chronology
WHEN EXISTS (SELECT 1 FROM chronology WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'chronology entries cannot be replaced; add a correction instead');
END;

CREATE TRIGGER assessments_no_replace BEFORE INSERT ON assessments
WHEN EXISTS (SELECT 1 FROM assessments WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'assessments cannot be replaced; record a new decision instead');
END;

CREATE TRIGGER person_merges_no_replace BEFORE INSERT ON person_merges
WHEN EXISTS (SELECT 1 FROM person_merges WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the record of a merge cannot be replaced');
END;

CREATE TRIGGER disposals_no_replace BEFORE INSERT ON disposals
WHEN EXISTS (SELECT 1 FROM disposals WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the record of a disposal cannot be replaced');
END;

CREATE TRIGGER legal_holds_no_replace BEFORE INSERT ON legal_holds
WHEN EXISTS (SELECT 1 FROM legal_holds WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a legal hold cannot be replaced');
END;

-- The latest time the clock was known good: a new entry earlier than it is flagged clock_back,
-- even when the entry just before was flagged too (a clock set back by a day, then moved
-- on by an hour, is still behind). Found by this index without reading the whole log.
CREATE INDEX audit_log_good_times ON audit_log (seq) WHERE clock_back = 0;
