-- Version 3 of a team workbook: the day each repair step was first complete, as migrations/0003.
CREATE TABLE step_milestone (
    relationship_id BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    step            TEXT    NOT NULL
                            CHECK (step IN ('assess', 'understand', 'own', 'prepare', 'talk', 'apologise',
                                            'act', 'rebuild')),
    reached_on      TEXT    NOT NULL,
    PRIMARY KEY (relationship_id, step)
);
