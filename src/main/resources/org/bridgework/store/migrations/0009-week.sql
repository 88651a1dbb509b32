-- Version 9: the manager's week.
-- Each repair's check-in rhythm: a trust check-in is due this many weeks after the last one. NULL means the
-- default rhythm chosen in Preferences; 0 means no check-ins are asked for.
ALTER TABLE rebuilding ADD COLUMN check_in_every_weeks INTEGER CHECK (check_in_every_weeks >= 0);
-- Items of the This week agenda put aside until a day, with the manager's reason. item_key names the item
-- among the relationship's others (e.g. 'commitment:2026-12-01:Send the revised terms', 'check-in:2026-12-07').
CREATE TABLE agenda_snooze (
    relationship_id INTEGER NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    item_key        TEXT    NOT NULL,
    until           TEXT    NOT NULL,
    reason          TEXT    NOT NULL DEFAULT '',
    snoozed_at      TEXT    NOT NULL,
    PRIMARY KEY (relationship_id, item_key)
);
-- This week reads the open commitments due by the end of the week, without looking at the others.
CREATE INDEX commitment_open_due ON commitment (due_on) WHERE status IN ('planned', 'in_progress');
