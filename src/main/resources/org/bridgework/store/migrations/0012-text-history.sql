-- Version 12 of a workbook file: nothing changes. Its team-workbook twin keeps every earlier text of a repair,
-- written by the server for everyone who edits it; a workbook file is one person's, and its way back to an
-- earlier state is the daily backups and File → Restore from backup… (docs/data-safety.md, 2).
SELECT 1;
