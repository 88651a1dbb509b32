-- Version 4 of a team workbook: the Trash, as migrations/0004. Names stay unique (ignoring the case of ASCII
-- letters) among the relationships not in the Trash only.
ALTER TABLE relationship ADD COLUMN deleted_at TEXT CHECK (deleted_at IS NULL OR length(deleted_at) > 0);
DROP INDEX relationship_name_unique;
CREATE UNIQUE INDEX relationship_name_unique
    ON relationship (translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))
    WHERE deleted_at IS NULL;
