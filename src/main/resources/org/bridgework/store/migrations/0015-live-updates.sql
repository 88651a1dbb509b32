-- Live updates (0015): nothing changes in a workbook file. In a team workbook (postgresql/0015) this version makes the
-- server tell the other Bridgeworks which relationship changed; a workbook file has one writer at a time, so
-- there is no one to tell. The version stays the same in both, so one number names one format.
SELECT 1;
