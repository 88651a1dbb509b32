-- Version 13 of a workbook file: nothing changes. Its team-workbook twin lets the server decide who may read
-- and change each relationship; a workbook file is one person's, and who may open it is the computer's file
-- permissions' business, as for any of their files.
SELECT 1;
