-- Version 4: the Trash. Deleting a relationship keeps its row, and everything recorded about it, and notes
-- when it was deleted in deleted_at (ISO-8601 text in UTC); NULL means it is in the portfolio. Restoring sets
-- it back to NULL; deleting for good, or emptying the Trash, removes the row and its repair goes with it
-- (ON DELETE CASCADE).
ALTER TABLE relationship ADD COLUMN deleted_at TEXT CHECK (deleted_at IS NULL OR length(deleted_at) > 0);
-- Names stay unique, ignoring case, among the relationships not in the Trash only: a new relationship may take
-- the name of one in the Trash (restoring that one then gives it a free name).
DROP INDEX relationship_name_unique;
CREATE UNIQUE INDEX relationship_name_unique ON relationship (name COLLATE NOCASE) WHERE deleted_at IS NULL;
