-- Version 5: a commitment can be dropped by agreement with them ('dropped_by_agreement'), which counts neither
-- for nor against the follow-through; 'dropped' now means dropped by us alone and counts as not kept. SQLite
-- cannot change a CHECK constraint in place, so the table is rebuilt with the same columns, in the same order,
-- and every row copied. Nothing refers to commitment rows, so dropping the old table loses no link.
CREATE TABLE commitment_v5 (
    relationship_id       INTEGER NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    what                  TEXT    NOT NULL DEFAULT '',
    owner                 TEXT    NOT NULL DEFAULT '',
    due_on                TEXT,
    measure_of_success    TEXT    NOT NULL DEFAULT '',
    status                TEXT    NOT NULL DEFAULT 'planned'
                                  CHECK (status IN ('planned', 'in_progress', 'done', 'missed', 'dropped',
                                                    'dropped_by_agreement')),
    completed_on          TEXT,
    evidence              TEXT    NOT NULL DEFAULT '',
    beyond_what_was_asked INTEGER NOT NULL DEFAULT 0 CHECK (beyond_what_was_asked IN (0, 1)),
    kind                  TEXT    CHECK (kind IN ('support', 'process_change', 'resources', 'compensation',
                                                  'check_in', 'safeguard')),
    PRIMARY KEY (relationship_id, position)
);
INSERT INTO commitment_v5 SELECT * FROM commitment;
DROP TABLE commitment;
ALTER TABLE commitment_v5 RENAME TO commitment;
