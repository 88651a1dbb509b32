-- Version 7 of a team workbook, as migrations/0007: a trust check-in can be a baseline, a reading of how things stood before the incident, recorded
-- afterwards as the mark the repair is measured against. Existing check-ins were taken during the repair.
ALTER TABLE trust_check_in ADD COLUMN baseline INTEGER NOT NULL DEFAULT 0 CHECK (baseline IN (0, 1));
