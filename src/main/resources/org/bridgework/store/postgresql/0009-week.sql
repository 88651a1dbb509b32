-- Version 9 of a team workbook, as migrations/0009: the manager's week (the check-in rhythm, snoozed agenda
-- items, and an index for the open commitments due soon).
ALTER TABLE rebuilding ADD COLUMN check_in_every_weeks INTEGER CHECK (check_in_every_weeks >= 0);
CREATE TABLE agenda_snooze (
    relationship_id BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    item_key        TEXT    NOT NULL,
    until           TEXT    NOT NULL,
    reason          TEXT    NOT NULL DEFAULT '',
    snoozed_at      TEXT    NOT NULL,
    PRIMARY KEY (relationship_id, item_key)
);
CREATE INDEX commitment_open_due ON commitment (due_on) WHERE status IN ('planned', 'in_progress');
