-- Version 14 of a workbook file: nothing changes. Its team-workbook twin gives every row a version so that two
-- people's saves cannot overwrite each other unseen; a workbook file has one writer at a time (the lock of
-- docs/data-safety.md, 4), so no save can come between another's read and write.
SELECT 1;
