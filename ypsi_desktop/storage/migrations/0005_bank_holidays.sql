-- The bank holidays the DSL records: deadlines counted in working days skip them
-- (domain/calendar.py). A note is the holiday's name ("Good Friday"), never a person's.
CREATE TABLE bank_holidays (
    day  TEXT PRIMARY KEY
         CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 60)
) WITHOUT ROWID;
