-- Version 11 of a workbook file: nothing changes. Its team-workbook twin makes the server record who created and
-- last changed every row; a workbook file has one writer at a time (the lock of docs/data-safety.md, 4), on one
-- person's computer, so "who" would be the same name on every row, and "when" a relationship last changed is
-- already its updated_at. The version number still advances, so both kinds of workbook count alike.
SELECT 1;
