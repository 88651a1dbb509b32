-- Version 16 of a team workbook: nothing changes. Its workbook-file twin numbers each text of the FTS5 index by
-- where it is, so a search reads the index alone; PostgreSQL's GIN index is searched together with search_entry's
-- rows in one plan, and a team workbook's search was not what the benchmark measured.
SELECT 1;
