-- Bank holidays and the days the school is closed, as the DSL records them: a referral's
-- acknowledgement is counted in working days and a child's file's transfer in school days
-- (domain/calendar.py). A note is a short label ("Christmas holiday"), never a name.
CREATE TABLE closure_days (
    day  TEXT PRIMARY KEY
         CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('bank_holiday', 'school_closed')),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 60)
) WITHOUT ROWID;
