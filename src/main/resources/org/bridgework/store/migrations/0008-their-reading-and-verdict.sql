-- Version 8: the first response, their reading of the breach and the verdict's further inputs (issue 14,
-- points 3, 4, 6 and 7).
-- Understand records what they conclude about us and whether they expect a repeat; a breach can now question
-- our goodwill (benevolence), with three new kinds of incident; Assess records whether the door is still open,
-- who was at fault, their trustworthiness and the chance of a repeat; a repair can end "continued with
-- safeguards". SQLite cannot change a CHECK constraint in place, so the three tables whose constraints widen
-- are rebuilt with the same columns in the same order and every row copied, column by column; nothing refers
-- to their rows.
CREATE TABLE understanding_v8 (
    relationship_id    INTEGER PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    breach_override    TEXT    CHECK (breach_override IN ('competence', 'benevolence', 'integrity')),
    their_account      TEXT    NOT NULL DEFAULT '',
    our_account        TEXT    NOT NULL DEFAULT '',
    root_cause         TEXT    NOT NULL DEFAULT '',
    wider_problem      INTEGER NOT NULL DEFAULT 0 CHECK (wider_problem IN (0, 1)),
    wider_problem_note TEXT    NOT NULL DEFAULT ''
);
INSERT INTO understanding_v8 (relationship_id, breach_override, their_account, our_account, root_cause, wider_problem,
                              wider_problem_note)
    SELECT relationship_id, breach_override, their_account, our_account, root_cause, wider_problem, wider_problem_note
    FROM understanding;
DROP TABLE understanding;
ALTER TABLE understanding_v8 RENAME TO understanding;
ALTER TABLE understanding ADD COLUMN their_reading TEXT CHECK (their_reading IN ('cannot_do_it', 'do_not_care', 'not_straight'));
ALTER TABLE understanding ADD COLUMN repeat_expected TEXT CHECK (repeat_expected IN ('yes', 'no', 'not_sure'));
CREATE TABLE incident_v8 (
    relationship_id INTEGER NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    happened_on     TEXT,
    description     TEXT    NOT NULL DEFAULT '',
    kind            TEXT    NOT NULL DEFAULT 'other'
                            CHECK (kind IN ('missed_deadline', 'deal_fell_through', 'below_expectations',
                                            'miscommunication', 'misunderstanding', 'breach_of_trust',
                                            'another_client_put_first', 'indifference', 'concealment', 'other')),
    PRIMARY KEY (relationship_id, position)
);
INSERT INTO incident_v8 (relationship_id, position, happened_on, description, kind)
    SELECT relationship_id, position, happened_on, description, kind FROM incident;
DROP TABLE incident;
ALTER TABLE incident_v8 RENAME TO incident;
CREATE TABLE rebuilding_v8 (
    relationship_id INTEGER PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    outcome         TEXT    CHECK (outcome IN ('restored', 'stronger_than_before', 'continued_with_safeguards',
                                               'let_go')),
    lessons_learned TEXT    NOT NULL DEFAULT ''
);
INSERT INTO rebuilding_v8 (relationship_id, outcome, lessons_learned)
    SELECT relationship_id, outcome, lessons_learned FROM rebuilding;
DROP TABLE rebuilding;
ALTER TABLE rebuilding_v8 RENAME TO rebuilding;
ALTER TABLE assessment ADD COLUMN door TEXT CHECK (door IN ('still_talking', 'gone_quiet', 'signed_elsewhere'));
ALTER TABLE assessment ADD COLUMN at_fault TEXT CHECK (at_fault IN ('us', 'them', 'both'));
ALTER TABLE assessment ADD COLUMN their_trustworthiness INTEGER;
ALTER TABLE assessment ADD COLUMN chance_of_repeat INTEGER;
-- The first response (issue 14, point 3): the immediate reply before any analysis, kept with the assessment.
ALTER TABLE assessment ADD COLUMN first_response_acknowledged_on TEXT;
ALTER TABLE assessment ADD COLUMN first_response_regret_expressed INTEGER NOT NULL DEFAULT 0
    CHECK (first_response_regret_expressed IN (0, 1));
ALTER TABLE assessment ADD COLUMN first_response_account_promised_by TEXT;
ALTER TABLE assessment ADD COLUMN first_response_harm_contained TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment ADD COLUMN first_response_who_calls TEXT NOT NULL DEFAULT '';
