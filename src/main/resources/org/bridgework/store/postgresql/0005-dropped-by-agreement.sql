-- Version 5 of a team workbook: a commitment can be dropped by agreement, as migrations/0005. PostgreSQL
-- changes the CHECK constraint in place; the table need not be rebuilt.
ALTER TABLE commitment DROP CONSTRAINT commitment_status;
ALTER TABLE commitment ADD CONSTRAINT commitment_status
    CHECK (status IN ('planned', 'in_progress', 'done', 'missed', 'dropped', 'dropped_by_agreement'));
