-- Saved decisions (assessments) are sealed in the history like chronology entries: each
-- version's digest goes into an audit entry, through a salt of the decision's own, replaced
-- at each redaction. The decisions already on file get their salt here and are sealed by the
-- migration runner straight after this script (storage/schema.py), in the same transaction.
ALTER TABLE assessments ADD COLUMN seal_salt TEXT NOT NULL DEFAULT '';

DROP TRIGGER assessments_no_update;

UPDATE assessments SET seal_salt = lower(hex(randomblob(16)));

-- As in 0003: only a redaction may change a decision, counting up `redactions`; a new salt
-- comes with it.
CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments
WHEN NOT (
        NEW.redactions = OLD.redactions + 1
    AND NEW.seal_salt <> '' AND NEW.seal_salt IS NOT OLD.seal_salt
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
