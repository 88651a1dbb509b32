-- Version 6 of a team workbook, as migrations/0006: the integrity branch. Own our part records whether the facts show we were at fault, the facts we
-- can show them, and when they will have the facts while it is not yet known; the Apologise step records the
-- response given instead of an apology when none was warranted. New columns with defaults: existing rows read
-- as "not asked yet".
ALTER TABLE ownership ADD COLUMN fault_finding TEXT CHECK (fault_finding IN ('at_fault', 'not_at_fault', 'not_yet_known'));
ALTER TABLE ownership ADD COLUMN facts_for_them TEXT NOT NULL DEFAULT '';
ALTER TABLE ownership ADD COLUMN facts_expected_on TEXT;
ALTER TABLE reconciliation ADD COLUMN response_instead TEXT NOT NULL DEFAULT '';
