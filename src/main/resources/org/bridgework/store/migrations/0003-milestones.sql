-- Version 3: the day each repair step was first complete, for the timeline.
CREATE TABLE step_milestone (
    relationship_id INTEGER NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    step            TEXT    NOT NULL
                            CHECK (step IN ('assess', 'understand', 'own', 'prepare', 'talk', 'apologise',
                                            'act', 'rebuild')),
    reached_on      TEXT    NOT NULL,
    PRIMARY KEY (relationship_id, step)
);
